/** Market data: live quotes merged from ticks, order books, bars. */
@NullMarked
package io.github.jmt5.client.market;

import org.jspecify.annotations.NullMarked;

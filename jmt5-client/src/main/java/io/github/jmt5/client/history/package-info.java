/** Trade history: deals and orders over a time range. */
@NullMarked
package io.github.jmt5.client.history;

import org.jspecify.annotations.NullMarked;

/** ta4j bar series, live series and a strategy runner. */
@NullMarked
package io.github.jmt5.ta4j;

import org.jspecify.annotations.NullMarked;

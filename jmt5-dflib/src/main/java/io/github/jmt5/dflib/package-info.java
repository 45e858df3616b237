/** DFLib DataFrame views of bars, ticks, deals, orders, positions and symbols. */
@NullMarked
package io.github.jmt5.dflib;

import org.jspecify.annotations.NullMarked;

/** {@code jmt5 demo}: the library's tour on an in-process emulator. */
@NullMarked
package io.github.jmt5.cli.demo;

import org.jspecify.annotations.NullMarked;

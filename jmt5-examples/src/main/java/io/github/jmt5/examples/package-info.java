/** Small runnable programs against the embedded emulator. */
@NullMarked
package io.github.jmt5.examples;

import org.jspecify.annotations.NullMarked;

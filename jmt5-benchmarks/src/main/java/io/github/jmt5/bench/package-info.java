/** JMH benchmarks of the codec, the client and the emulator. */
@NullMarked
package io.github.jmt5.bench;

import org.jspecify.annotations.NullMarked;

/** The standalone emulator: {@code java -jar jmt5-server.jar}. */
@NullMarked
package io.github.jmt5.server.cli;

import org.jspecify.annotations.NullMarked;

/** A JUnit 5 extension that runs the emulator around each test. */
@NullMarked
package io.github.jmt5.server.junit;

import org.jspecify.annotations.NullMarked;

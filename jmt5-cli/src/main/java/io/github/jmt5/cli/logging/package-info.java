/** Programmatic logback setup: text or JSON log lines on standard error. */
@NullMarked
package io.github.jmt5.cli.logging;

import org.jspecify.annotations.NullMarked;

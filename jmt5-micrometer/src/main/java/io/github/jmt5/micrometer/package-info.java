/** Micrometer metrics for the client's instrumentation SPI. */
@NullMarked
package io.github.jmt5.micrometer;

import org.jspecify.annotations.NullMarked;

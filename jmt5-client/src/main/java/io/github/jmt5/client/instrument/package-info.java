/**
 * The instrumentation SPI: a session reports what it does to an {@link
 * io.github.jmt5.client.instrument.Instrumentation}, which metrics bindings implement.
 */
@NullMarked
package io.github.jmt5.client.instrument;

import org.jspecify.annotations.NullMarked;

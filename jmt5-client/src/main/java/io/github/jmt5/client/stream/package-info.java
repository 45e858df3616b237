/**
 * Events as streams: a {@link java.util.concurrent.Flow.Publisher} with back-pressure, or a
 * blocking iterator for scripts, both closable handles.
 */
@NullMarked
package io.github.jmt5.client.stream;

import org.jspecify.annotations.NullMarked;

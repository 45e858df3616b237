/** Reconnection settings and the jittered exponential backoff between reconnection attempts. */
@NullMarked
package io.github.jmt5.client.reconnect;

import org.jspecify.annotations.NullMarked;

/**
 * The transport SPI (layer 1): open a WebSocket, send whole binary messages in order, receive whole
 * binary messages with demand, close. {@link io.github.jmt5.client.transport.JdkTransport} is the
 * default implementation on {@code java.net.http.WebSocket}; another library can be plugged in by
 * implementing {@link io.github.jmt5.client.transport.Transport} in a separate module.
 */
@NullMarked
package io.github.jmt5.client.transport;

import org.jspecify.annotations.NullMarked;

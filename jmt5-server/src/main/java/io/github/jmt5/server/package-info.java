/**
 * The embedded MT5 server emulator: WebSocket endpoint, market simulator, broker and matching
 * engine, fault injection and scripted mode. It depends only on {@code jmt5-protocol}, Netty and
 * SLF4J, never on the client.
 */
@NullMarked
package io.github.jmt5.server;

import org.jspecify.annotations.NullMarked;

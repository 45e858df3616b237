/**
 * The emulator's WebSocket endpoint on Netty: binding, TLS, limits, and one handler per socket.
 *
 * <p>Internal: not part of the emulator's API and may change in any release.
 */
@NullMarked
package io.github.jmt5.server.internal.transport;

import org.jspecify.annotations.NullMarked;

/** The emulator's WebSocket endpoint on Netty: binding, TLS, limits, and one handler per socket. */
@NullMarked
package io.github.jmt5.server.transport;

import org.jspecify.annotations.NullMarked;

/**
 * Framing: the outer header, inner request and reply frames, the bootstrap, and per-socket
 * encryption.
 */
@NullMarked
package io.github.jmt5.protocol.frame;

import org.jspecify.annotations.NullMarked;

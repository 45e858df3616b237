/**
 * The emulator's sessions: one per socket, its state, the handlers of each command and the frames
 * they reply and push.
 *
 * <p>Internal: not part of the emulator's API and may change in any release.
 */
package io.github.jmt5.server.internal.session;

/**
 * The session (layer 2): bootstrap and key switch, login, the connection state machine, single
 * flight per command id with deadlines, push dispatch, heartbeat, rate limits, reconnect with
 * restored subscriptions, and graceful shutdown. {@link io.github.jmt5.client.session.Session} is
 * the entry point.
 */
@NullMarked
package io.github.jmt5.client.session;

import org.jspecify.annotations.NullMarked;

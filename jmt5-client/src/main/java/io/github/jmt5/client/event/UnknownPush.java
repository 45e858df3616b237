package io.github.jmt5.client.event;

import io.github.jmt5.protocol.wire.Bytes;

/**
 * A server frame that no request was waiting for and no decoder knows: kept, never dropped, so a
 * tool can show it.
 *
 * @param command the command id
 * @param code the frame's result code
 * @param body the raw body
 */
public record UnknownPush(int command, int code, Bytes body) implements PushEvent {}

package io.github.jmt5.client.event;

/**
 * Something that happened on a session: a server push ({@link PushEvent}) or a change of the
 * connection ({@link ConnectionEvent}). Switch over it exhaustively, or listen for one record type.
 */
public sealed interface Mt5Event permits PushEvent, ConnectionEvent {}

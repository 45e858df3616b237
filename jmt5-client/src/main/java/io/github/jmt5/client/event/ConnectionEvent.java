package io.github.jmt5.client.event;

/** A change of the connection. These events are never dropped. */
public sealed interface ConnectionEvent extends Mt5Event
    permits StateChanged, ReconnectScheduled, Resubscribed {}

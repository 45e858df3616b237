package io.github.jmt5.client.event;

import java.time.Duration;

/**
 * A reconnect attempt was scheduled.
 *
 * @param attempt 1 for the first attempt after a lost link
 * @param delay the (jittered) wait before it
 * @param cause why the link was lost, or why the previous attempt failed
 */
public record ReconnectScheduled(int attempt, Duration delay, Throwable cause)
    implements ConnectionEvent {}

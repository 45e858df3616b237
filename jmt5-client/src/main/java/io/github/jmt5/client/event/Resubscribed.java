package io.github.jmt5.client.event;

/**
 * The session is back after a lost link: logged in again, tick and book subscriptions restored.
 * Every listener and subscription handle registered before stays valid. State cached from the old
 * link (quotes, books, account) may be stale until refreshed.
 *
 * @param attempts attempts this reconnect took
 * @param tickSymbols symbols re-subscribed for ticks
 * @param bookSymbols symbols re-subscribed for order books
 */
public record Resubscribed(int attempts, int tickSymbols, int bookSymbols)
    implements ConnectionEvent {}

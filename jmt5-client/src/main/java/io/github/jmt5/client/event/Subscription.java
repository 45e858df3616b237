package io.github.jmt5.client.event;

/**
 * A handle on something registered: a listener, or a tick or book subscription. Closing it
 * unregisters; closing twice does nothing. Handles stay valid across reconnects.
 */
public interface Subscription extends AutoCloseable {
  /** Unregisters. Idempotent. */
  @Override
  void close();

  /** {@return false once closed (or once the owning session is closed)} */
  boolean isActive();
}

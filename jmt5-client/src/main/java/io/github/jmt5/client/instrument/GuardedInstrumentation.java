package io.github.jmt5.client.instrument;

import io.github.jmt5.client.event.ConnectionState;
import io.github.jmt5.client.event.Mt5Event;
import java.net.URI;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Calls an {@link Instrumentation} and logs, instead of propagating, whatever it throws. */
public final class GuardedInstrumentation implements Instrumentation {
  private static final Logger LOG = LoggerFactory.getLogger(GuardedInstrumentation.class);

  private final Instrumentation delegate;

  private GuardedInstrumentation(Instrumentation delegate) {
    this.delegate = delegate;
  }

  /**
   * Wraps {@code delegate} unless it is already guarded or is {@link Instrumentation#NONE}.
   *
   * @param delegate the instrumentation to protect
   * @return an instrumentation that logs and swallows what {@code delegate} throws
   */
  public static Instrumentation of(Instrumentation delegate) {
    return delegate == NONE || delegate instanceof GuardedInstrumentation
        ? delegate
        : new GuardedInstrumentation(delegate);
  }

  @Override
  public void connectStarted(URI uri) {
    try {
      delegate.connectStarted(uri);
    } catch (RuntimeException e) {
      LOG.warn("instrumentation connectStarted failed", e);
    }
  }

  @Override
  public void connected(URI uri, Duration took) {
    try {
      delegate.connected(uri, took);
    } catch (RuntimeException e) {
      LOG.warn("instrumentation connected failed", e);
    }
  }

  @Override
  public void connectFailed(URI uri, Throwable error) {
    try {
      delegate.connectFailed(uri, error);
    } catch (RuntimeException e) {
      LOG.warn("instrumentation connectFailed failed", e);
    }
  }

  @Override
  public void handshakeCompleted(long login, Duration took) {
    try {
      delegate.handshakeCompleted(login, took);
    } catch (RuntimeException e) {
      LOG.warn("instrumentation handshakeCompleted failed", e);
    }
  }

  @Override
  public void stateChanged(ConnectionState from, ConnectionState to) {
    try {
      delegate.stateChanged(from, to);
    } catch (RuntimeException e) {
      LOG.warn("instrumentation stateChanged failed", e);
    }
  }

  @Override
  public void requestStarted(int command) {
    try {
      delegate.requestStarted(command);
    } catch (RuntimeException e) {
      LOG.warn("instrumentation requestStarted failed", e);
    }
  }

  @Override
  public void requestSucceeded(int command, Duration latency) {
    try {
      delegate.requestSucceeded(command, latency);
    } catch (RuntimeException e) {
      LOG.warn("instrumentation requestSucceeded failed", e);
    }
  }

  @Override
  public void requestFailed(int command, Duration latency, Throwable error) {
    try {
      delegate.requestFailed(command, latency, error);
    } catch (RuntimeException e) {
      LOG.warn("instrumentation requestFailed failed", e);
    }
  }

  @Override
  public void pushReceived(int command, int bytes) {
    try {
      delegate.pushReceived(command, bytes);
    } catch (RuntimeException e) {
      LOG.warn("instrumentation pushReceived failed", e);
    }
  }

  @Override
  public void rateLimited(int command, Duration wait) {
    try {
      delegate.rateLimited(command, wait);
    } catch (RuntimeException e) {
      LOG.warn("instrumentation rateLimited failed", e);
    }
  }

  @Override
  public void reconnectScheduled(int attempt, Duration delay, Throwable cause) {
    try {
      delegate.reconnectScheduled(attempt, delay, cause);
    } catch (RuntimeException e) {
      LOG.warn("instrumentation reconnectScheduled failed", e);
    }
  }

  @Override
  public void reconnected(int attempts) {
    try {
      delegate.reconnected(attempts);
    } catch (RuntimeException e) {
      LOG.warn("instrumentation reconnected failed", e);
    }
  }

  @Override
  public void listenerFailed(Mt5Event event, Throwable error) {
    try {
      delegate.listenerFailed(event, error);
    } catch (RuntimeException e) {
      LOG.warn("instrumentation listenerFailed failed", e);
    }
  }

  @Override
  public void ticksCoalesced(int ticks) {
    try {
      delegate.ticksCoalesced(ticks);
    } catch (RuntimeException e) {
      LOG.warn("instrumentation ticksCoalesced failed", e);
    }
  }

  @Override
  public void bookUpdatesDropped(int updates) {
    try {
      delegate.bookUpdatesDropped(updates);
    } catch (RuntimeException e) {
      LOG.warn("instrumentation bookUpdatesDropped failed", e);
    }
  }
}

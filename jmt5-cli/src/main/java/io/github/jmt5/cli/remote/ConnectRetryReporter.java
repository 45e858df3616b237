package io.github.jmt5.cli.remote;

import io.github.jmt5.client.event.ConnectionState;
import io.github.jmt5.client.event.Mt5Event;
import io.github.jmt5.client.instrument.Instrumentation;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Passes every callback on to the command's own instrumentation and, until the first connect has
 * finished, says on standard error when it is retried and remembers why, so a connect deadline can
 * name the last failure.
 */
final class ConnectRetryReporter implements Instrumentation {
  private final Instrumentation delegate;
  private final PrintWriter err;
  private volatile boolean connecting = true;
  private volatile @Nullable Throwable lastFailure;

  ConnectRetryReporter(Instrumentation delegate, PrintWriter err) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.err = Objects.requireNonNull(err, "err");
  }

  /** The first connect is over: later reconnects are the command's to report. */
  void connected() {
    connecting = false;
  }

  /** {@return why the last retry was needed, if one was} */
  @Nullable Throwable lastFailure() {
    return lastFailure;
  }

  @Override
  public void reconnectScheduled(int attempt, Duration delay, Throwable cause) {
    if (connecting) {
      lastFailure = cause;
      err.println(
          "cannot connect yet ("
              + cause.getMessage()
              + "); retrying, attempt "
              + attempt
              + " in "
              + delay.toMillis()
              + " ms");
      err.flush();
    }
    delegate.reconnectScheduled(attempt, delay, cause);
  }

  @Override
  public void connectStarted(URI uri) {
    delegate.connectStarted(uri);
  }

  @Override
  public void connected(URI uri, Duration took) {
    delegate.connected(uri, took);
  }

  @Override
  public void connectFailed(URI uri, Throwable error) {
    delegate.connectFailed(uri, error);
  }

  @Override
  public void handshakeCompleted(long login, Duration took) {
    delegate.handshakeCompleted(login, took);
  }

  @Override
  public void stateChanged(ConnectionState from, ConnectionState to) {
    delegate.stateChanged(from, to);
  }

  @Override
  public void requestStarted(int command) {
    delegate.requestStarted(command);
  }

  @Override
  public void requestSucceeded(int command, Duration latency) {
    delegate.requestSucceeded(command, latency);
  }

  @Override
  public void requestFailed(int command, Duration latency, Throwable error) {
    delegate.requestFailed(command, latency, error);
  }

  @Override
  public void pushReceived(int command, int bytes) {
    delegate.pushReceived(command, bytes);
  }

  @Override
  public void rateLimited(int command, Duration wait) {
    delegate.rateLimited(command, wait);
  }

  @Override
  public void reconnected(int attempts) {
    delegate.reconnected(attempts);
  }

  @Override
  public void listenerFailed(Mt5Event event, Throwable error) {
    delegate.listenerFailed(event, error);
  }

  @Override
  public void ticksCoalesced(int ticks) {
    delegate.ticksCoalesced(ticks);
  }

  @Override
  public void bookUpdatesDropped(int updates) {
    delegate.bookUpdatesDropped(updates);
  }
}

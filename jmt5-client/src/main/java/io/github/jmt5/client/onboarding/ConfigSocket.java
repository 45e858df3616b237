package io.github.jmt5.client.onboarding;

import static io.github.jmt5.client.internal.Futures.unwrap;

import io.github.jmt5.client.error.ConnectionException;
import io.github.jmt5.client.error.RequestTimeoutException;
import io.github.jmt5.client.error.ServerErrorException;
import io.github.jmt5.client.internal.SecureChannel;
import io.github.jmt5.client.transport.ConnectionOptions;
import io.github.jmt5.client.transport.JdkTransport;
import io.github.jmt5.client.transport.Transport;
import io.github.jmt5.client.transport.TransportConnection;
import io.github.jmt5.client.transport.TransportListener;
import io.github.jmt5.protocol.ProtocolException;
import io.github.jmt5.protocol.command.BodyCodec;
import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.command.CommandId;
import io.github.jmt5.protocol.frame.BootstrapReply;
import io.github.jmt5.protocol.frame.InnerResponse;
import io.github.jmt5.protocol.message.onboarding.InitRequest;
import io.github.jmt5.protocol.wire.Bytes;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One onboarding or configuration socket (PROTOCOL.md 5.8): connected and bootstrapped (cmd 0, then
 * the session key for both directions), never logged in. Requests go out one at a time, in call
 * order; each waits for the previous one's reply (or failure) and has a deadline from the moment it
 * is sent.
 *
 * <p>What may follow the bootstrap: {@link #init(Bytes)} (cmd 29) and then account opening (cmd 27,
 * 40, 30, 39) or trader parameters (cmd 41); or, with no cmd 29, the two-factor setup (cmd 43),
 * after which the web terminal closes the socket. {@link Onboarding} runs these flows.
 *
 * <p>Failures: {@link ConnectionException} when the socket cannot be opened or is lost (every
 * waiting request fails with it, and so does every later one), {@link ServerErrorException} for a
 * reply with a non-zero frame code, {@link RequestTimeoutException} when no reply came in time (the
 * socket stays usable; a late reply is dropped), {@link ProtocolException} for a body that does not
 * decode. Thread-safe; replies complete on the transport's thread, so continuations must not block.
 */
public final class ConfigSocket implements AutoCloseable {
  /** The web terminal's deadline per request. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

  private static final Logger LOG = LoggerFactory.getLogger(ConfigSocket.class);
  private static final Duration CLOSE_GRACE = Duration.ofSeconds(2);

  private final Duration requestTimeout;
  private final @Nullable JdkTransport ownedTransport;
  private final Object lock = new Object();
  private final CompletableFuture<Void> ended = new CompletableFuture<>();

  // guarded by lock
  private @Nullable SecureChannel channel;
  private @Nullable Pending<?> pending;
  private @Nullable ConnectionException closedCause;
  private CompletableFuture<?> tail = CompletableFuture.completedFuture(null);
  private boolean initSent;

  private ConfigSocket(Duration requestTimeout, @Nullable JdkTransport ownedTransport) {
    this.requestTimeout = requestTimeout;
    this.ownedTransport = ownedTransport;
  }

  /**
   * Opens and bootstraps a socket on a transport of its own (a {@link JdkTransport} released by
   * {@link #close()}), with the default request timeout.
   *
   * @param options the endpoint and TLS settings
   * @return completes with the bootstrapped socket
   */
  public static CompletableFuture<ConfigSocket> open(ConnectionOptions options) {
    return open(options, null, DEFAULT_REQUEST_TIMEOUT);
  }

  /**
   * Opens and bootstraps a socket on {@code transport}, which stays the caller's.
   *
   * @param options the endpoint and TLS settings
   * @param transport the transport to open the socket on
   * @return completes with the bootstrapped socket
   */
  public static CompletableFuture<ConfigSocket> open(
      ConnectionOptions options, Transport transport) {
    return open(options, Objects.requireNonNull(transport, "transport"), DEFAULT_REQUEST_TIMEOUT);
  }

  /**
   * Opens a socket and sends the bootstrap (64 zero bytes under the initial key). Completes once
   * the session key is installed.
   *
   * @param options where and how to connect
   * @param transport the transport to use (stays the caller's), or null for a {@link JdkTransport}
   *     owned by the socket
   * @param requestTimeout default deadline of each request, the bootstrap included
   * @return the bootstrapped socket; fails with {@link ConnectionException} (the socket is then
   *     closed) or {@link RequestTimeoutException}
   */
  public static CompletableFuture<ConfigSocket> open(
      ConnectionOptions options, @Nullable Transport transport, Duration requestTimeout) {
    Objects.requireNonNull(options, "options");
    requirePositive(requestTimeout);
    JdkTransport owned = transport == null ? new JdkTransport(options) : null;
    ConfigSocket socket = new ConfigSocket(requestTimeout, owned);
    Transport t = transport != null ? transport : owned;
    CompletableFuture<TransportConnection> connected;
    try {
      connected =
          Objects.requireNonNull(t).connect(options.uri(), options.headers(), socket.listener());
    } catch (RuntimeException e) {
      connected = CompletableFuture.failedFuture(e);
    }
    return connected
        .thenCompose(
            c -> {
              socket.attach(c);
              return socket.request(
                  CommandId.BOOTSTRAP,
                  Codecs.BOOTSTRAP_TOKEN.encode(Bytes.zeros(BootstrapReply.TOKEN_LENGTH)),
                  Codecs.BOOTSTRAP_REPLY);
            })
        .handle(
            (reply, e) -> {
              if (e != null) {
                socket.close();
                Throwable cause = unwrap(e);
                throw new CompletionException(
                    cause instanceof RuntimeException
                        ? cause
                        : new ConnectionException("cannot open " + options.uri(), cause));
              }
              return socket;
            });
  }

  /**
   * Sends cmd 29 (INIT_REQ) as the web terminal does on onboarding sockets: version 0, empty
   * password and OTP, the client id. Must precede cmd 27, 40, 30, 39 and 41; must not be sent
   * before cmd 43.
   *
   * @param clientId the 16-byte client id
   * @return completes when the request was sent
   */
  public CompletableFuture<Void> init(Bytes clientId) {
    Objects.requireNonNull(clientId, "clientId");
    InitRequest init = new InitRequest(0, "", "", clientId, "", "", 0, "", 0, "", 0);
    synchronized (lock) {
      initSent = true;
    }
    return request(CommandId.INIT, Codecs.INIT_REQUEST.encode(init), Codecs.EMPTY)
        .thenApply(ignored -> (Void) null);
  }

  /** {@return true once {@link #init} was called on this socket} */
  public boolean initSent() {
    synchronized (lock) {
      return initSent;
    }
  }

  /**
   * Sends a request with an empty payload; see {@link #request(CommandId, byte[], BodyCodec)}.
   *
   * @param <R> the reply type
   * @param command the command
   * @param reply decodes the reply body
   * @return the decoded reply
   */
  public <R> CompletableFuture<R> request(CommandId command, BodyCodec<R> reply) {
    return request(command, new byte[0], reply);
  }

  /**
   * Sends a request with the socket's default deadline.
   *
   * @param <R> the reply type
   * @param command the command
   * @param payload the request payload
   * @param reply decodes the reply body
   * @return the decoded reply
   */
  public <R> CompletableFuture<R> request(CommandId command, byte[] payload, BodyCodec<R> reply) {
    return request(command, payload, reply, requestTimeout);
  }

  /**
   * Queues a request behind the ones already submitted; it is sent once they are answered or have
   * failed, and the next reply carrying its command id answers it.
   *
   * @param command the command id
   * @param payload the encoded payload (not copied; do not change it until the future completes)
   * @param reply decodes the reply body
   * @param timeout deadline counted from the moment the request is sent
   * @param <R> the reply type
   * @return the decoded reply; see the class description for failures
   */
  public <R> CompletableFuture<R> request(
      CommandId command, byte[] payload, BodyCodec<R> reply, Duration timeout) {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(reply, "reply");
    requirePositive(timeout);
    CompletableFuture<R> result = new CompletableFuture<>();
    CompletableFuture<?> previous;
    synchronized (lock) {
      previous = tail;
      tail = result.handle((r, e) -> null);
    }
    var unused =
        previous.whenComplete((r, e) -> dispatch(command, payload, reply, timeout, result));
    return result;
  }

  /**
   * Closes the socket (close frame 1000); a request still waiting fails with {@link
   * ConnectionException}. An owned transport is released once the server has answered the close, or
   * after a short grace. Idempotent.
   */
  @Override
  public void close() {
    Pending<?> p;
    SecureChannel c;
    ConnectionException cause = new ConnectionException("onboarding socket closed");
    synchronized (lock) {
      if (closedCause == null) {
        closedCause = cause;
      }
      p = pending;
      pending = null;
      c = channel;
    }
    if (p != null) {
      p.result.completeExceptionally(cause);
    }
    if (c != null) {
      c.close(1000, "");
    } else {
      ended.complete(null);
    }
    JdkTransport owned = ownedTransport;
    if (owned == null) {
      return;
    }
    // Off the transport's own threads, which shutting it down interrupts.
    var unused =
        ended
            .completeOnTimeout(null, CLOSE_GRACE.toMillis(), TimeUnit.MILLISECONDS)
            .thenRunAsync(owned::close);
  }

  /**
   * Completes when the connection has ended (closed by either side or failed).
   *
   * @return a future completed when the connection ends; never exceptionally
   */
  public CompletableFuture<Void> whenEnded() {
    return ended.copy();
  }

  @Override
  public String toString() {
    synchronized (lock) {
      SecureChannel c = channel;
      return "ConfigSocket[bootstrapped="
          + (c != null && c.keySwitched())
          + ", init="
          + initSent
          + ", closed="
          + (closedCause != null)
          + "]";
    }
  }

  // ---------------------------------------------------------------- internals

  private void attach(TransportConnection c) {
    boolean alreadyClosed;
    synchronized (lock) {
      alreadyClosed = closedCause != null;
      if (!alreadyClosed) {
        channel = new SecureChannel(c);
      }
    }
    if (alreadyClosed) {
      c.abort();
    }
  }

  private <R> void dispatch(
      CommandId command,
      byte[] payload,
      BodyCodec<R> reply,
      Duration timeout,
      CompletableFuture<R> result) {
    if (result.isDone()) {
      return; // cancelled while queued
    }
    Pending<R> p = new Pending<>(command.id(), reply, result);
    SecureChannel c;
    ConnectionException cause;
    synchronized (lock) {
      c = channel;
      cause = closedCause;
      if (cause == null && c != null) {
        pending = p;
      }
    }
    if (cause != null || c == null) {
      result.completeExceptionally(
          new ConnectionException(
              CommandId.describe(command.id()) + " not sent: the socket is closed", cause));
      return;
    }
    LOG.atDebug().addKeyValue("command", CommandId.describe(command.id())).log("request sent");
    CompletableFuture.delayedExecutor(timeout.toNanos(), TimeUnit.NANOSECONDS)
        .execute(() -> expire(p, timeout));
    var unused =
        c.send(command.id(), payload)
            .whenComplete(
                (v, e) -> {
                  if (e != null) {
                    fail(
                        p,
                        new ConnectionException(
                            "cannot send " + CommandId.describe(command.id()), unwrap(e)));
                  }
                });
  }

  private void expire(Pending<?> p, Duration timeout) {
    if (take(p)) {
      p.result.completeExceptionally(new RequestTimeoutException(p.command, timeout));
    }
  }

  private void fail(Pending<?> p, Throwable error) {
    if (take(p)) {
      p.result.completeExceptionally(error);
    }
  }

  /** Removes {@code p} if it is still the outstanding request. */
  private boolean take(Pending<?> p) {
    synchronized (lock) {
      if (pending != p) {
        return false;
      }
      pending = null;
      return true;
    }
  }

  private void receive(byte[] message) {
    SecureChannel c;
    synchronized (lock) {
      c = channel;
    }
    if (c == null) {
      return; // not attached yet, or never: nothing was sent
    }
    InnerResponse frame;
    try {
      frame = c.decode(message);
    } catch (ProtocolException | IllegalArgumentException e) {
      lost(SecureChannel.unreadable(e));
      c.abort();
      return;
    }
    Pending<?> p;
    synchronized (lock) {
      p = pending;
      if (p == null || p.command != frame.command()) {
        p = null;
      } else {
        pending = null;
      }
    }
    if (p == null) {
      LOG.atDebug()
          .addKeyValue("command", CommandId.describe(frame.command()))
          .log("frame with no request waiting for it dropped");
      return;
    }
    p.complete(frame);
  }

  private void lost(ConnectionException cause) {
    Pending<?> p;
    synchronized (lock) {
      if (closedCause == null) {
        closedCause = cause;
      }
      p = pending;
      pending = null;
    }
    if (p != null) {
      p.result.completeExceptionally(cause);
    }
  }

  private TransportListener listener() {
    return new TransportListener() {
      @Override
      public void onMessage(byte[] message) {
        try {
          receive(message);
        } catch (RuntimeException e) {
          LOG.atWarn().setCause(e).log("frame handling failed");
          lost(SecureChannel.handlingFailed(e));
        }
      }

      @Override
      public void onClosed(int code, String reason) {
        lost(SecureChannel.closedByServer(code, reason));
        ended.complete(null);
      }

      @Override
      public void onError(Throwable error) {
        lost(SecureChannel.broken(error));
        ended.complete(null);
      }
    };
  }

  private static void requirePositive(Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
  }

  /** The request on the wire and how to finish it. */
  private static final class Pending<R> {
    final int command;
    final BodyCodec<R> codec;
    final CompletableFuture<R> result;

    Pending(int command, BodyCodec<R> codec, CompletableFuture<R> result) {
      this.command = command;
      this.codec = codec;
      this.result = result;
    }

    void complete(InnerResponse frame) {
      R value;
      try {
        value = SecureChannel.reply(frame, codec);
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
        return;
      }
      result.complete(value);
    }
  }
}

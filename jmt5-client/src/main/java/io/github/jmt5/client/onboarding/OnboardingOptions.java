package io.github.jmt5.client.onboarding;

import io.github.jmt5.client.transport.ConnectionOptions;
import io.github.jmt5.client.transport.Transport;
import io.github.jmt5.protocol.crypto.ClientId;
import io.github.jmt5.protocol.wire.Bytes;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Options of {@link Onboarding}. Immutable; build with {@link #builder(ConnectionOptions)}.
 *
 * <p>Defaults: a random client id ({@link ClientId#random()}; persist one per installation and pass
 * it instead, as for sessions), request timeout 30 s (the web terminal's), web-terminal build 0 in
 * cmd 27, and a {@link io.github.jmt5.client.transport.JdkTransport} owned by the {@link
 * Onboarding}.
 */
public final class OnboardingOptions {
  private final ConnectionOptions connection;
  private final Bytes clientId;
  private final Duration requestTimeout;
  private final int build;
  private final @Nullable Transport transport;

  private OnboardingOptions(Builder b) {
    this.connection = b.connection;
    this.clientId = b.clientId;
    this.requestTimeout = b.requestTimeout;
    this.build = b.build;
    this.transport = b.transport;
  }

  /**
   * {@return options with every default, for the endpoint of {@code connection}}
   *
   * @param connection the endpoint and TLS settings
   */
  public static OnboardingOptions of(ConnectionOptions connection) {
    return builder(connection).build();
  }

  /**
   * {@return a builder}
   *
   * @param connection URI, TLS, proxy and headers: the same options as a session's
   */
  public static Builder builder(ConnectionOptions connection) {
    return new Builder(connection);
  }

  /** {@return the endpoint and TLS settings} */
  public ConnectionOptions connection() {
    return connection;
  }

  /** {@return the 16-byte client id sent in cmd 29, cmd 27 and cmd 43} */
  public Bytes clientId() {
    return clientId;
  }

  /** {@return deadline of each request, counted from the moment it is sent} */
  public Duration requestTimeout() {
    return requestTimeout;
  }

  /** {@return the web-terminal build sent in cmd 27 (0 if unknown)} */
  public int build() {
    return build;
  }

  /** {@return the caller's transport, or null for one owned by the {@link Onboarding}} */
  public @Nullable Transport transport() {
    return transport;
  }

  @Override
  public String toString() {
    return "OnboardingOptions[uri="
        + connection.uri()
        + ", requestTimeout="
        + requestTimeout
        + ", build="
        + build
        + ", customTransport="
        + (transport != null)
        + "]";
  }

  /** Builder of {@link OnboardingOptions}. */
  public static final class Builder {
    private final ConnectionOptions connection;
    private Bytes clientId = ClientId.random();
    private Duration requestTimeout = ConfigSocket.DEFAULT_REQUEST_TIMEOUT;
    private int build;
    private @Nullable Transport transport;

    private Builder(ConnectionOptions connection) {
      this.connection = Objects.requireNonNull(connection, "connection");
    }

    /**
     * The client id, exactly 16 bytes.
     *
     * @param clientId 16 bytes
     * @return this builder
     */
    public Builder clientId(Bytes clientId) {
      Objects.requireNonNull(clientId, "clientId");
      if (clientId.length() != 16) {
        throw new IllegalArgumentException("clientId must be 16 bytes, was " + clientId.length());
      }
      this.clientId = clientId;
      return this;
    }

    /**
     * Deadline of each request, positive.
     *
     * @param timeout the deadline, positive
     * @return this builder
     */
    public Builder requestTimeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("requestTimeout must be positive, was " + timeout);
      }
      this.requestTimeout = timeout;
      return this;
    }

    /**
     * The web-terminal build sent in cmd 27, 0 to 32767.
     *
     * @param build 0..32767
     * @return this builder
     */
    public Builder build(int build) {
      if (build < 0 || build > Short.MAX_VALUE) {
        throw new IllegalArgumentException("build must be in [0, 32767], was " + build);
      }
      this.build = build;
      return this;
    }

    /**
     * Opens the sockets on {@code transport}, which stays the caller's to close.
     *
     * @param transport the transport
     * @return this builder
     */
    public Builder transport(Transport transport) {
      this.transport = Objects.requireNonNull(transport, "transport");
      return this;
    }

    /** {@return the options} */
    public OnboardingOptions build() {
      return new OnboardingOptions(this);
    }
  }
}

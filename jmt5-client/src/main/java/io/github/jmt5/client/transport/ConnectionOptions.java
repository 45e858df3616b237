package io.github.jmt5.client.transport;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * Where and how to connect. Immutable; build with {@link #builder(URI)}.
 *
 * <p>Defaults: {@code Origin: https://web.metatrader.app} (the web terminal's origin; servers
 * expect one), {@code User-Agent: jmt5}, connect timeout 10 s, the JDK's default {@link SSLContext}
 * (certificates and host names are verified), no proxy, messages up to 64 MiB (the uncompressed
 * symbol list of a large broker is several MB), I/O threads created on demand.
 */
public final class ConnectionOptions {
  /** The public web terminal's origin. */
  public static final String DEFAULT_ORIGIN = "https://web.metatrader.app";

  private final URI uri;
  private final String origin;
  private final String userAgent;
  private final Duration connectTimeout;
  private final @Nullable SSLContext sslContext;
  private final @Nullable InetSocketAddress proxy;
  private final int maxMessageBytes;
  private final Map<String, String> extraHeaders;
  private final int ioThreads;

  private ConnectionOptions(Builder b) {
    this.uri = b.uri;
    this.origin = b.origin;
    this.userAgent = b.userAgent;
    this.connectTimeout = b.connectTimeout;
    this.sslContext = b.sslContext;
    this.proxy = b.proxy;
    this.maxMessageBytes = b.maxMessageBytes;
    this.extraHeaders = Map.copyOf(b.extraHeaders);
    this.ioThreads = b.ioThreads;
  }

  /**
   * {@return a builder for the endpoint {@code uri}}
   *
   * @param uri {@code wss://host/terminal} (or {@code ws://} for a local emulator)
   */
  public static Builder builder(URI uri) {
    return new Builder(uri);
  }

  /** {@return the endpoint, {@code ws://} or {@code wss://}} */
  public URI uri() {
    return uri;
  }

  /** {@return the Origin header sent with the handshake} */
  public String origin() {
    return origin;
  }

  /** {@return the User-Agent header sent with the handshake} */
  public String userAgent() {
    return userAgent;
  }

  /** {@return the deadline of opening the socket} */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** {@return the TLS context, or null for the JDK default (which verifies certificates)} */
  public @Nullable SSLContext sslContext() {
    return sslContext;
  }

  /** {@return the HTTP proxy to tunnel through, or null for a direct connection} */
  public @Nullable InetSocketAddress proxy() {
    return proxy;
  }

  /** {@return the largest incoming message accepted, in bytes} */
  public int maxMessageBytes() {
    return maxMessageBytes;
  }

  /**
   * Every handshake header: Origin, User-Agent and the extras.
   *
   * @return header name to value, in sending order
   */
  public Map<String, String> headers() {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Origin", origin);
    h.put("User-Agent", userAgent);
    h.putAll(extraHeaders);
    return h;
  }

  /**
   * The number of I/O threads a {@link JdkTransport} built from these options keeps.
   *
   * @return 0 for a pool that grows with demand and lets idle threads go (the default), otherwise
   *     the fixed number of threads shared by every connection of that transport
   */
  public int ioThreads() {
    return ioThreads;
  }

  @Override
  public String toString() {
    return "ConnectionOptions[uri="
        + uri
        + ", origin="
        + origin
        + ", connectTimeout="
        + connectTimeout
        + ", customTls="
        + (sslContext != null)
        + ", proxy="
        + proxy
        + ", maxMessageBytes="
        + maxMessageBytes
        + ", ioThreads="
        + (ioThreads == 0 ? "on demand" : ioThreads)
        + "]";
  }

  /** Builder of {@link ConnectionOptions}. */
  public static final class Builder {
    private final URI uri;
    private String origin = DEFAULT_ORIGIN;
    private String userAgent = "jmt5";
    private Duration connectTimeout = Duration.ofSeconds(10);
    private @Nullable SSLContext sslContext;
    private @Nullable InetSocketAddress proxy;
    private int maxMessageBytes = 64 << 20;
    private final Map<String, String> extraHeaders = new LinkedHashMap<>();
    private int ioThreads;

    private Builder(URI uri) {
      Objects.requireNonNull(uri, "uri");
      String scheme = uri.getScheme();
      if (!"ws".equalsIgnoreCase(scheme) && !"wss".equalsIgnoreCase(scheme)) {
        throw new IllegalArgumentException("uri must use ws:// or wss://, was " + uri);
      }
      this.uri = uri;
    }

    /**
     * Sets the Origin header.
     *
     * @param origin the header value
     * @return this builder
     */
    public Builder origin(String origin) {
      this.origin = Objects.requireNonNull(origin, "origin");
      return this;
    }

    /**
     * Sets the User-Agent header.
     *
     * @param userAgent the header value
     * @return this builder
     */
    public Builder userAgent(String userAgent) {
      this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
      return this;
    }

    /**
     * Sets the deadline of opening the socket.
     *
     * @param timeout the deadline, positive
     * @return this builder
     * @throws IllegalArgumentException if {@code timeout} is not positive
     */
    public Builder connectTimeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("connectTimeout must be positive, was " + timeout);
      }
      this.connectTimeout = timeout;
      return this;
    }

    /**
     * A custom TLS context, for a private CA or client certificates. Verification stays on unless
     * the context itself disables it.
     *
     * @param sslContext the TLS context
     * @return this builder
     */
    public Builder sslContext(SSLContext sslContext) {
      this.sslContext = Objects.requireNonNull(sslContext, "sslContext");
      return this;
    }

    /**
     * Tunnels through an HTTP proxy (CONNECT).
     *
     * @param proxy the proxy's address
     * @return this builder
     */
    public Builder proxy(InetSocketAddress proxy) {
      this.proxy = Objects.requireNonNull(proxy, "proxy");
      return this;
    }

    /**
     * Sets the size limit of one incoming message.
     *
     * @param bytes the largest message accepted, 1 KiB to 1 GiB; a larger one closes the connection
     *     with an error
     * @return this builder
     * @throws IllegalArgumentException for a size outside 1 KiB to 1 GiB
     */
    public Builder maxMessageBytes(int bytes) {
      if (bytes < 1024 || bytes > (1 << 30)) {
        throw new IllegalArgumentException(
            "maxMessageBytes must be in [1024, 1073741824], was " + bytes);
      }
      this.maxMessageBytes = bytes;
      return this;
    }

    /**
     * Caps the I/O threads of a {@link JdkTransport} built from these options. Many sessions that
     * share one transport then share this many threads, instead of a pool that grows under bursts
     * (1,000 sessions measured 68 to 175 threads on demand). The threads only move bytes and hand
     * messages over, so a few serve many connections.
     *
     * @param threads 1 to 256 for a fixed pool, or 0 for threads on demand (the default)
     * @return this builder
     */
    public Builder ioThreads(int threads) {
      if (threads < 0 || threads > 256) {
        throw new IllegalArgumentException("ioThreads must be in [0, 256], was " + threads);
      }
      this.ioThreads = threads;
      return this;
    }

    /**
     * Adds a handshake header (not Origin or User-Agent, which have their own setters).
     *
     * @param name header name
     * @param value header value
     * @return this builder
     * @throws IllegalArgumentException for Origin or User-Agent
     */
    public Builder header(String name, String value) {
      if (name.equalsIgnoreCase("Origin") || name.equalsIgnoreCase("User-Agent")) {
        throw new IllegalArgumentException("use origin() or userAgent() for " + name);
      }
      extraHeaders.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
      return this;
    }

    /** {@return the options} */
    public ConnectionOptions build() {
      return new ConnectionOptions(this);
    }
  }
}

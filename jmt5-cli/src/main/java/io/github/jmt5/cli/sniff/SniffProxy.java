package io.github.jmt5.cli.sniff;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * A transparent WebSocket proxy for the web-terminal protocol: accepts clients on {@code
 * ws://host:port/terminal}, opens one upstream socket per client and forwards every message both
 * ways unchanged, while a {@link FrameTap} per client decrypts and decodes each frame into the
 * {@link FrameSink}.
 */
public final class SniffProxy implements AutoCloseable {
  /** The path clients connect to. */
  public static final String PATH = "/terminal";

  /**
   * How to run the proxy.
   *
   * @param host address to bind
   * @param port port to bind, 0 for any free one
   * @param upstream the server to forward to ({@code ws://} or {@code wss://})
   * @param origin the Origin header sent upstream; null to pass on the client's (or the web
   *     terminal's default when the client sent none)
   * @param maxMessageBytes largest message accepted from a client
   * @param connectTimeout how long to wait for the upstream handshake
   * @param clock timestamps of the frames
   * @param upstreamTls the TLS context for a {@code wss://} upstream, null for the JDK default
   */
  public record Options(
      String host,
      int port,
      URI upstream,
      @Nullable String origin,
      int maxMessageBytes,
      Duration connectTimeout,
      Clock clock,
      @Nullable SSLContext upstreamTls) {
    /**
     * Checks that {@code host}, {@code upstream}, {@code connectTimeout} and {@code clock} are not
     * null.
     *
     * @param host address to bind
     * @param port port to bind, 0 for any free one
     * @param upstream the server to forward to ({@code ws://} or {@code wss://})
     * @param origin the Origin header sent upstream
     * @param maxMessageBytes largest message accepted from a client
     * @param connectTimeout how long to wait for the upstream handshake
     * @param clock timestamps of the frames
     * @param upstreamTls the TLS context for a {@code wss://} upstream, null for the JDK default
     * @throws NullPointerException if any of them is null
     * @throws IllegalArgumentException if {@code upstream} is not a ws:// or wss:// URI or {@code
     *     port} is outside 0..65535
     */
    public Options {
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(upstream, "upstream");
      Objects.requireNonNull(connectTimeout, "connectTimeout");
      Objects.requireNonNull(clock, "clock");
      String scheme = upstream.getScheme();
      if (!"ws".equalsIgnoreCase(scheme) && !"wss".equalsIgnoreCase(scheme)) {
        throw new IllegalArgumentException(
            "upstream must be a ws:// or wss:// URI, was " + upstream);
      }
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535, was " + port);
      }
    }

    /**
     * Options that reach a {@code wss://} upstream with the JDK's default trust.
     *
     * @param host address to bind
     * @param port port to bind, 0 for any free one
     * @param upstream the server to forward to ({@code ws://} or {@code wss://})
     * @param origin the Origin header sent upstream
     * @param maxMessageBytes largest message accepted from a client
     * @param connectTimeout how long to wait for the upstream handshake
     * @param clock timestamps of the frames
     */
    public Options(
        String host,
        int port,
        URI upstream,
        @Nullable String origin,
        int maxMessageBytes,
        Duration connectTimeout,
        Clock clock) {
      this(host, port, upstream, origin, maxMessageBytes, connectTimeout, clock, null);
    }

    /**
     * Defaults: 64 MB messages, 10 s connect timeout, the system clock, the client's Origin.
     *
     * @param host address to listen on
     * @param port port to listen on, 0 for any free port
     * @param upstream the server to forward to, a ws:// or wss:// URI
     * @return the options
     */
    public static Options of(String host, int port, URI upstream) {
      return new Options(
          host, port, upstream, null, 64 << 20, Duration.ofSeconds(10), Clock.systemUTC());
    }
  }

  /** The Origin sent upstream when the client sent none. */
  public static final String DEFAULT_ORIGIN = "https://web.metatrader.app";

  private final Options options;
  private final EventLoopGroup boss;
  private final EventLoopGroup workers;
  private final Channel serverChannel;
  private final HttpClient http;
  private final AtomicInteger connections = new AtomicInteger();

  private SniffProxy(Options options, FrameSink sink) throws InterruptedException {
    this.options = options;
    HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(options.connectTimeout());
    SSLContext tls = options.upstreamTls();
    if (tls != null) {
      client.sslContext(tls);
    }
    this.http = client.build();
    this.boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    this.workers = new MultiThreadIoEventLoopGroup(0, NioIoHandler.newFactory());
    FrameDecoder decoder = new FrameDecoder();
    try {
      ServerBootstrap b =
          new ServerBootstrap()
              .group(boss, workers)
              .channel(NioServerSocketChannel.class)
              .option(ChannelOption.SO_REUSEADDR, true)
              .childOption(ChannelOption.TCP_NODELAY, true)
              .childHandler(
                  new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                      int id = connections.incrementAndGet();
                      FrameTap tap = new FrameTap(id, decoder, options.clock());
                      configure(ch, new ProxyConnection(id, tap, sink, http, options));
                    }
                  });
      this.serverChannel = b.bind(options.host(), options.port()).sync().channel();
    } catch (Exception e) {
      // also a BindException, which Netty throws without declaring it
      shutdownGroups();
      throw e;
    }
  }

  /**
   * Binds and starts forwarding.
   *
   * @param options where to listen and where to forward
   * @param sink receives every frame, from several threads
   * @return the running proxy; close it to stop
   * @throws UncheckedIOException when the address cannot be bound
   * @throws IllegalStateException when interrupted while binding
   */
  public static SniffProxy start(Options options, FrameSink sink) {
    try {
      return new SniffProxy(options, sink);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while binding", e);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      IOException io = e instanceof IOException i ? i : new IOException(e.getMessage(), e);
      throw new UncheckedIOException(
          "cannot listen on " + options.host() + ":" + options.port() + ": " + e.getMessage(), io);
    }
  }

  private void configure(SocketChannel ch, ProxyConnection connection) {
    ChannelPipeline p = ch.pipeline();
    p.addLast("http", new HttpServerCodec());
    p.addLast("http-aggregate", new HttpObjectAggregator(64 * 1024));
    p.addLast(
        "websocket",
        new WebSocketServerProtocolHandler(
            WebSocketServerProtocolConfig.newBuilder()
                .websocketPath(PATH)
                .maxFramePayloadLength(options.maxMessageBytes())
                .handleCloseFrames(true)
                .dropPongFrames(true)
                .build()));
    p.addLast("ws-aggregate", new WebSocketFrameAggregator(options.maxMessageBytes()));
    p.addLast("proxy", connection);
  }

  /** {@return the bound port} */
  public int port() {
    return ((InetSocketAddress) serverChannel.localAddress()).getPort();
  }

  /** {@return {@code ws://host:port/terminal}: where clients connect} */
  public URI uri() {
    return URI.create("ws://" + options.host() + ":" + port() + PATH);
  }

  /** {@return the server frames are forwarded to} */
  public URI upstream() {
    return options.upstream();
  }

  /** {@return client connections accepted so far} */
  public int connectionCount() {
    return connections.get();
  }

  @Override
  public void close() {
    serverChannel.close().addListener(ChannelFutureListener.FIRE_EXCEPTION_ON_FAILURE);
    shutdownGroups();
  }

  private void shutdownGroups() {
    var unusedBoss = boss.shutdownGracefully(0, 2, TimeUnit.SECONDS);
    var unusedWorkers = workers.shutdownGracefully(0, 2, TimeUnit.SECONDS);
    unusedBoss.awaitUninterruptibly(5, TimeUnit.SECONDS);
    unusedWorkers.awaitUninterruptibly(5, TimeUnit.SECONDS);
  }
}

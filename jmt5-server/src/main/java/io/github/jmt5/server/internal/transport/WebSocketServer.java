package io.github.jmt5.server.internal.transport;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A Netty WebSocket server that accepts binary messages on one path. Each socket gets its own
 * {@link PeerHandler} from the factory; all of its events arrive on that socket's event-loop
 * thread.
 *
 * <p>Thread-safe. {@link #close()} closes every socket and stops the threads.
 */
public final class WebSocketServer implements AutoCloseable {
  private final ServerOptions options;
  private final EventLoopGroup boss;
  private final EventLoopGroup workers;
  private final ChannelGroup channels = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
  private final Channel serverChannel;
  private final AtomicInteger open = new AtomicInteger();

  private WebSocketServer(ServerOptions options, Supplier<PeerHandler> handlers)
      throws InterruptedException {
    this.options = options;
    this.boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    this.workers = new MultiThreadIoEventLoopGroup(0, NioIoHandler.newFactory());
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
                      configure(ch, handlers.get());
                    }
                  });
      this.serverChannel = b.bind(options.host(), options.port()).sync().channel();
    } catch (InterruptedException | RuntimeException e) {
      shutdownGroups();
      throw e;
    }
  }

  /**
   * Binds and starts serving.
   *
   * @param options where to listen and the limits
   * @param handlers makes one handler per socket
   * @return the running server; close it to stop
   */
  public static WebSocketServer start(ServerOptions options, Supplier<PeerHandler> handlers) {
    try {
      return new WebSocketServer(options, handlers);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while binding", e);
    }
  }

  private void configure(SocketChannel ch, PeerHandler handler) {
    ChannelPipeline p = ch.pipeline();
    p.addLast("limit", new ConnectionLimit());
    if (options.ssl() != null) {
      p.addLast("tls", options.ssl().newHandler(ch.alloc()));
    }
    long idle = options.idleTimeout().toMillis();
    if (idle > 0) {
      p.addLast("idle", new IdleStateHandler(idle, 0, 0, TimeUnit.MILLISECONDS));
    }
    p.addLast("http", new HttpServerCodec());
    p.addLast("http-aggregate", new HttpObjectAggregator(64 * 1024));
    p.addLast(
        "websocket",
        new WebSocketServerProtocolHandler(
            WebSocketServerProtocolConfig.newBuilder()
                .websocketPath(options.path())
                .maxFramePayloadLength(options.maxMessageBytes())
                .handleCloseFrames(true)
                .dropPongFrames(true)
                .build()));
    p.addLast("ws-aggregate", new WebSocketFrameAggregator(options.maxMessageBytes()));
    p.addLast("messages", new MessageHandler(handler));
  }

  /** Counts sockets and turns away those beyond the limit before any handshake. */
  private final class ConnectionLimit extends ChannelInboundHandlerAdapter {
    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
      if (open.incrementAndGet() > options.maxConnections()) {
        ctx.close().addListener(ChannelFutureListener.FIRE_EXCEPTION_ON_FAILURE);
        return;
      }
      channels.add(ctx.channel());
      super.channelActive(ctx);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
      open.decrementAndGet();
      super.channelInactive(ctx);
    }
  }

  /** {@return the port bound, the actual one when 0 was asked for} */
  public int port() {
    return ((InetSocketAddress) serverChannel.localAddress()).getPort();
  }

  /** {@return {@code ws://host:port/terminal}, or {@code wss://} with TLS} */
  public URI uri() {
    String scheme = options.ssl() != null ? "wss" : "ws";
    return URI.create(scheme + "://" + options.host() + ":" + port() + options.path());
  }

  /** {@return sockets currently open} */
  public int openConnections() {
    return Math.max(0, open.get());
  }

  /** Drops every client socket without a close frame (to exercise reconnects). */
  public void dropAll() {
    // waits, so that once this returns every socket of the moment is gone
    channels.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    serverChannel.close().syncUninterruptibly();
    channels.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
    shutdownGroups();
  }

  private void shutdownGroups() {
    boss.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
  }
}

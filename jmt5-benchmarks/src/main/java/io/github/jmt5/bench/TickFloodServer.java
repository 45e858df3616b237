package io.github.jmt5.bench;

import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.frame.BootstrapReply;
import io.github.jmt5.protocol.frame.FrameCodec;
import io.github.jmt5.protocol.frame.InnerRequest;
import io.github.jmt5.protocol.message.session.LoginResponse;
import io.github.jmt5.protocol.wire.Bytes;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.TimeUnit;

/**
 * A minimal MT5 endpoint that answers the handshake for real (bootstrap with a session key, login,
 * tick subscription, ping) and then sends the same pre-encrypted 100-tick cmd 8 push back to back
 * for as long as the socket is writable. It measures how fast the client takes pushes in, with a
 * server that costs next to nothing per frame: the emulator computes a market, encodes and encrypts
 * per socket, and tops out far below the client's rate.
 */
final class TickFloodServer implements AutoCloseable {
  private final EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
  private final EventLoopGroup workers =
      new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
  private final Channel server;
  private final byte[] sessionKey = Fixtures.sessionKey();
  private final byte[] tickFrame = Fixtures.tickFrame();

  TickFloodServer() {
    ServerBootstrap b =
        new ServerBootstrap()
            .group(boss, workers)
            .channel(NioServerSocketChannel.class)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    ch.pipeline()
                        .addLast(new HttpServerCodec())
                        .addLast(new HttpObjectAggregator(64 * 1024))
                        .addLast(
                            new WebSocketServerProtocolHandler(
                                WebSocketServerProtocolConfig.newBuilder()
                                    .websocketPath("/terminal")
                                    .maxFramePayloadLength(1 << 20)
                                    .build()))
                        .addLast(new WebSocketFrameAggregator(1 << 20))
                        .addLast(new Handler());
                  }
                });
    this.server = b.bind("127.0.0.1", 0).syncUninterruptibly().channel();
  }

  URI uri() {
    InetSocketAddress a = (InetSocketAddress) server.localAddress();
    return URI.create("ws://127.0.0.1:" + a.getPort() + "/terminal");
  }

  @Override
  public void close() {
    server.close().syncUninterruptibly();
    workers.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    boss.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
  }

  /** One socket: the handshake, then the flood. */
  private final class Handler extends SimpleChannelInboundHandler<WebSocketFrame> {
    private final FrameCodec codec = new FrameCodec();
    private boolean flooding;

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
      if (!(frame instanceof BinaryWebSocketFrame)) {
        return;
      }
      InnerRequest request = codec.decodeRequest(ByteBufUtil.getBytes(frame.content()));
      switch (request.command()) {
        case 0 -> {
          BootstrapReply reply =
              new BootstrapReply(
                  Bytes.zeros(2), Bytes.zeros(BootstrapReply.TOKEN_LENGTH), Bytes.of(sessionKey));
          send(ctx, codec.encodeResponse(0, 0, reply.encode()));
          codec.switchKey(sessionKey);
        }
        case 28 ->
            send(
                ctx,
                codec.encodeResponse(
                    28, 0, Codecs.LOGIN_RESPONSE.encode(new LoginResponse(Bytes.zeros(160), 1))));
        case 7 -> {
          send(ctx, codec.encodeResponse(7, 0, new byte[0]));
          flooding = true;
          flood(ctx);
        }
        default -> send(ctx, codec.encodeResponse(request.command(), 0, new byte[0]));
      }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
      flooding = false;
      super.channelInactive(ctx);
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) throws Exception {
      flood(ctx);
      super.channelWritabilityChanged(ctx);
    }

    /** Writes the tick push until the socket's buffer is full; resumes when it drains. */
    private void flood(ChannelHandlerContext ctx) {
      if (!flooding) {
        return;
      }
      Channel ch = ctx.channel();
      while (flooding && ch.isActive() && ch.isWritable()) {
        ChannelFuture written =
            ch.write(new BinaryWebSocketFrame(Unpooled.wrappedBuffer(tickFrame)));
        if (written.isDone() && !written.isSuccess()) {
          flooding = false; // closing: the WebSocket takes no more frames
        }
      }
      ch.flush();
    }

    private void send(ChannelHandlerContext ctx, byte[] message) {
      ctx.writeAndFlush(new BinaryWebSocketFrame(Unpooled.wrappedBuffer(message)))
          .addListener(ChannelFutureListener.FIRE_EXCEPTION_ON_FAILURE);
    }
  }
}

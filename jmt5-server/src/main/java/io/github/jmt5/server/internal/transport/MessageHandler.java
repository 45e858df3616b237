package io.github.jmt5.server.internal.transport;

import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.handler.timeout.IdleStateEvent;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands complete binary messages of one socket to its {@link PeerHandler}; text messages are
 * ignored.
 */
final class MessageHandler extends SimpleChannelInboundHandler<WebSocketFrame> {
  private static final Logger log = LoggerFactory.getLogger(MessageHandler.class);

  private final PeerHandler handler;
  private @Nullable NettyPeer peer;
  private boolean open;

  MessageHandler(PeerHandler handler) {
    this.handler = handler;
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) throws Exception {
    peer(ctx);
    super.channelActive(ctx);
  }

  /** The socket's peer, created with the channel. */
  private NettyPeer peer(ChannelHandlerContext ctx) {
    NettyPeer p = peer;
    if (p == null) {
      p = new NettyPeer(ctx.channel());
      peer = p;
    }
    return p;
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
    if (evt instanceof WebSocketServerProtocolHandler.HandshakeComplete) {
      open = true;
      handler.onOpen(peer(ctx));
    } else if (evt instanceof IdleStateEvent) {
      log.atDebug().addKeyValue("peer", peer(ctx).id()).log("closing idle socket");
      ctx.close().addListener(ChannelFutureListener.FIRE_EXCEPTION_ON_FAILURE);
    }
    super.userEventTriggered(ctx, evt);
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
    if (frame instanceof BinaryWebSocketFrame && open) {
      handler.onMessage(peer(ctx), ByteBufUtil.getBytes(frame.content()));
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    if (open) {
      open = false;
      handler.onClose(peer(ctx));
    }
    super.channelInactive(ctx);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    log.atDebug()
        .addKeyValue("peer", ctx.channel().id().asShortText())
        .setCause(cause)
        .log("socket error");
    ctx.close().addListener(ChannelFutureListener.FIRE_EXCEPTION_ON_FAILURE);
  }
}

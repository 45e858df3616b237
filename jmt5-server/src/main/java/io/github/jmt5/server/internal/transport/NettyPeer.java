package io.github.jmt5.server.internal.transport;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import java.net.SocketAddress;
import java.util.concurrent.Executor;

/** A {@link Peer} over a Netty channel. */
final class NettyPeer implements Peer {
  private final Channel channel;

  NettyPeer(Channel channel) {
    this.channel = channel;
  }

  @Override
  public String id() {
    return channel.id().asShortText();
  }

  @Override
  public SocketAddress remoteAddress() {
    return channel.remoteAddress();
  }

  @Override
  public void send(byte[] message) {
    // a socket that cannot take a frame is broken: close it, as the network would
    channel
        .writeAndFlush(new BinaryWebSocketFrame(Unpooled.wrappedBuffer(message)))
        .addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
  }

  @Override
  public void close(boolean withCloseFrame) {
    if (withCloseFrame) {
      channel.writeAndFlush(new CloseWebSocketFrame()).addListener(ChannelFutureListener.CLOSE);
    } else {
      channel.close().addListener(ChannelFutureListener.FIRE_EXCEPTION_ON_FAILURE);
    }
  }

  @Override
  public void setReading(boolean reading) {
    channel
        .eventLoop()
        .execute(
            () -> {
              channel.config().setAutoRead(reading);
              if (reading) {
                channel.read();
              }
            });
  }

  @Override
  public Executor executor() {
    return channel.eventLoop();
  }

  @Override
  public boolean isOpen() {
    return channel.isActive();
  }
}

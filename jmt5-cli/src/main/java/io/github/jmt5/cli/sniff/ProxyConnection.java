package io.github.jmt5.cli.sniff;

import io.github.jmt5.cli.output.FrameRecord;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client socket and its upstream twin. Client messages are tapped on the socket's event loop
 * and sent upstream in order (each send waits for the previous one, as the JDK WebSocket demands);
 * upstream messages are tapped on the HTTP client's thread and written to the client before the
 * next one is requested.
 */
final class ProxyConnection extends SimpleChannelInboundHandler<WebSocketFrame> {
  private static final Logger log = LoggerFactory.getLogger(ProxyConnection.class);

  private final int id;
  private final FrameTap tap;
  private final FrameSink sink;
  private final HttpClient http;
  private final SniffProxy.Options options;
  // touched on the channel's event loop only
  private @Nullable CompletableFuture<WebSocket> upstream;
  private @Nullable CompletableFuture<WebSocket> sends;

  ProxyConnection(
      int id, FrameTap tap, FrameSink sink, HttpClient http, SniffProxy.Options options) {
    this.id = id;
    this.tap = tap;
    this.sink = sink;
    this.http = http;
    this.options = options;
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
    if (evt instanceof WebSocketServerProtocolHandler.HandshakeComplete hc) {
      String origin = options.origin();
      if (origin == null) {
        String fromClient = hc.requestHeaders().get(HttpHeaderNames.ORIGIN);
        origin = fromClient != null ? fromClient : SniffProxy.DEFAULT_ORIGIN;
      }
      log.atInfo()
          .addKeyValue("connection", id)
          .addKeyValue("client", ctx.channel().remoteAddress())
          .addKeyValue("upstream", options.upstream())
          .log("client connected, opening upstream");
      Channel client = ctx.channel();
      CompletableFuture<WebSocket> up =
          http.newWebSocketBuilder()
              .header("Origin", origin)
              .connectTimeout(options.connectTimeout())
              .buildAsync(options.upstream(), new Upstream(client))
              .toCompletableFuture()
              .whenComplete(
                  (ws, e) -> {
                    if (e != null) {
                      log.atWarn()
                          .addKeyValue("connection", id)
                          .addKeyValue("upstream", options.upstream())
                          .log("cannot connect upstream: {}", FrameDecoder.message(rootCause(e)));
                      client.close().addListener(ChannelFutureListener.FIRE_EXCEPTION_ON_FAILURE);
                    }
                  });
      upstream = up;
      sends = up;
    }
    super.userEventTriggered(ctx, evt);
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
    if (frame instanceof BinaryWebSocketFrame) {
      byte[] message = ByteBufUtil.getBytes(frame.content());
      emit(tap.fromClient(message));
      forward(ctx, ws -> ws.sendBinary(ByteBuffer.wrap(message), true));
    } else if (frame instanceof TextWebSocketFrame text) {
      String s = text.text();
      log.atDebug().addKeyValue("connection", id).log("forwarding a text message upstream");
      forward(ctx, ws -> ws.sendText(s, true));
    }
  }

  private void forward(
      ChannelHandlerContext ctx, Function<WebSocket, CompletionStage<WebSocket>> send) {
    CompletableFuture<WebSocket> chain = sends;
    if (chain == null) {
      return; // not upgraded yet: nothing can arrive
    }
    sends =
        chain
            .thenCompose(send)
            .whenComplete(
                (ws, e) -> {
                  if (e != null && ctx.channel().isActive()) {
                    log.atDebug()
                        .addKeyValue("connection", id)
                        .log("upstream send failed: {}", FrameDecoder.message(rootCause(e)));
                    ctx.close().addListener(ChannelFutureListener.FIRE_EXCEPTION_ON_FAILURE);
                  }
                });
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    log.atInfo().addKeyValue("connection", id).log("client closed");
    CompletableFuture<WebSocket> chain = sends;
    CompletableFuture<WebSocket> up = upstream;
    if (chain != null && up != null) {
      sends =
          chain
              .thenCompose(ws -> ws.sendClose(WebSocket.NORMAL_CLOSURE, ""))
              .whenComplete(
                  (ws, e) -> {
                    if (e != null && up.isDone() && !up.isCompletedExceptionally()) {
                      up.join().abort();
                    }
                  });
    }
    super.channelInactive(ctx);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    log.atDebug().addKeyValue("connection", id).setCause(cause).log("client socket error");
    ctx.close().addListener(ChannelFutureListener.FIRE_EXCEPTION_ON_FAILURE);
  }

  private void emit(FrameRecord record) {
    try {
      sink.accept(record);
    } catch (RuntimeException e) {
      log.atWarn().addKeyValue("connection", id).setCause(e).log("frame output failed");
    }
  }

  private static Throwable rootCause(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null && c.getCause() != c) {
      c = c.getCause();
    }
    return c;
  }

  /** The upstream socket's listener: taps and relays server messages to the client. */
  private final class Upstream implements WebSocket.Listener {
    private final Channel client;
    private final ByteArrayOutputStream binary = new ByteArrayOutputStream();
    private final StringBuilder text = new StringBuilder();

    Upstream(Channel client) {
      this.client = client;
    }

    @Override
    public void onOpen(WebSocket ws) {
      log.atDebug().addKeyValue("connection", id).log("upstream open");
      ws.request(1);
    }

    @Override
    public @Nullable CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
      byte[] chunk = new byte[data.remaining()];
      data.get(chunk);
      binary.write(chunk, 0, chunk.length);
      if (!last) {
        ws.request(1);
        return null;
      }
      byte[] message = binary.toByteArray();
      binary.reset();
      emit(tap.fromServer(message));
      relay(ws, new BinaryWebSocketFrame(Unpooled.wrappedBuffer(message)));
      return null;
    }

    @Override
    public @Nullable CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      text.append(data);
      if (!last) {
        ws.request(1);
        return null;
      }
      String message = text.toString();
      text.setLength(0);
      relay(ws, new TextWebSocketFrame(Unpooled.copiedBuffer(message, StandardCharsets.UTF_8)));
      return null;
    }

    private void relay(WebSocket ws, WebSocketFrame frame) {
      client
          .writeAndFlush(frame)
          .addListener(
              f -> {
                if (f.isSuccess()) {
                  ws.request(1);
                } else {
                  ws.abort();
                }
              });
    }

    @Override
    public @Nullable CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
      log.atInfo()
          .addKeyValue("connection", id)
          .addKeyValue("status", statusCode)
          .log("upstream closed");
      if (client.isActive()) {
        int status =
            WebSocketCloseStatus.isValidStatusCode(statusCode)
                ? statusCode
                : WebSocketCloseStatus.NORMAL_CLOSURE.code();
        client
            .writeAndFlush(new CloseWebSocketFrame(status, reason))
            .addListener(ChannelFutureListener.CLOSE);
      }
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      log.atWarn()
          .addKeyValue("connection", id)
          .log("upstream error: {}", FrameDecoder.message(rootCause(error)));
      client.close().addListener(ChannelFutureListener.FIRE_EXCEPTION_ON_FAILURE);
    }
  }
}

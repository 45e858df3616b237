package io.github.jmt5.cli.sniff;

import io.github.jmt5.cli.output.Direction;
import io.github.jmt5.cli.output.FrameRecord;
import io.github.jmt5.protocol.frame.BootstrapReply;
import io.github.jmt5.protocol.frame.FrameCodec;
import io.github.jmt5.protocol.frame.InnerRequest;
import io.github.jmt5.protocol.frame.InnerResponse;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Decrypts one socket's traffic as a third party: a codec per direction, both starting with the
 * initial key and switching to the session key the bootstrap reply carries. Server frames count as
 * replies while a request of their command is outstanding, otherwise as pushes.
 *
 * <p>Call {@link #fromServer} before forwarding the message to the client, so the key switch is in
 * place before the client can answer. Thread-safe (one lock per socket).
 */
public final class FrameTap {
  private final int connection;
  private final FrameDecoder decoder;
  private final Clock clock;
  private final FrameCodec requests = new FrameCodec();
  private final FrameCodec responses = new FrameCodec();
  private final Map<Integer, Integer> outstanding = new HashMap<>();

  /**
   * A tap for one proxied connection, starting on the initial key.
   *
   * @param connection number of the connection, for the records
   * @param decoder decodes bodies into fields
   * @param clock timestamps the records
   */
  public FrameTap(int connection, FrameDecoder decoder, Clock clock) {
    this.connection = connection;
    this.decoder = decoder;
    this.clock = clock;
  }

  /**
   * {@return the record of a client message} Never throws for bad input.
   *
   * @param message a whole WebSocket message from the client
   */
  public synchronized FrameRecord fromClient(byte[] message) {
    InnerRequest r;
    try {
      r = requests.decodeRequest(message);
    } catch (RuntimeException e) {
      return FrameDecoder.undecryptable(
          clock.instant(), connection, Direction.C2S, message.length, FrameDecoder.message(e));
    }
    outstanding.merge(r.command(), 1, Integer::sum);
    return decoder.request(clock.instant(), connection, r.command(), r.payload().toArray());
  }

  /**
   * {@return the record of a server message; switches keys on the bootstrap reply} Never throws.
   *
   * @param message a whole WebSocket message from the server
   */
  public synchronized FrameRecord fromServer(byte[] message) {
    InnerResponse r;
    try {
      r = responses.decodeResponse(message);
    } catch (RuntimeException e) {
      return FrameDecoder.undecryptable(
          clock.instant(), connection, Direction.S2C, message.length, FrameDecoder.message(e));
    }
    String kind = FrameDecoder.PUSH;
    Integer n = outstanding.get(r.command());
    if (n != null && n > 0) {
      kind = FrameDecoder.REPLY;
      if (n == 1) {
        outstanding.remove(r.command());
      } else {
        outstanding.put(r.command(), n - 1);
      }
    }
    byte[] body = r.body().toArray();
    FrameRecord record =
        decoder.server(clock.instant(), connection, r.command(), r.code(), kind, body);
    if (r.command() == 0 && r.code() == 0 && responses.usesInitialKey()) {
      try {
        byte[] key = BootstrapReply.decode(body).sessionKey().toArray();
        requests.switchKey(key);
        responses.switchKey(key);
        java.util.Arrays.fill(key, (byte) 0);
      } catch (RuntimeException e) {
        return new FrameRecord(
            record.ts(),
            record.connection(),
            record.direction(),
            record.command(),
            record.code(),
            record.kind(),
            record.size(),
            record.body(),
            record.fields(),
            "no session key: " + FrameDecoder.message(e));
      }
    }
    java.util.Arrays.fill(body, (byte) 0);
    return record;
  }

  /** {@return true once the session key is in use} */
  public synchronized boolean switched() {
    return !responses.usesInitialKey();
  }
}

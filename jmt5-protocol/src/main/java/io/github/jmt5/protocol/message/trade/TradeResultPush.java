package io.github.jmt5.protocol.message.trade;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.Objects;

/**
 * The cmd 19 push: the request as the server processed it and its result. Clients match it to their
 * request by {@link TradeRequest#actionId()}.
 *
 * @param head leading u32 of unknown meaning
 * @param request the echoed request
 * @param result the outcome
 */
public record TradeResultPush(int head, TradeRequest request, TradeResult result) {
  /** Size in bytes: u32 head, the echoed request and the result. */
  public static final int SIZE = 4 + TradeRequest.SIZE + TradeResult.SIZE;

  /**
   * The echo is the request layout as the web terminal reads it: {@code trade_order} as i64 (it is
   * written as u64; the bytes are the same) and the last field as 4 raw bytes.
   */
  public static final Layout ECHO_LAYOUT = echoLayout();

  /** The layout: {@code head}, {@code request} (as {@link #ECHO_LAYOUT}) and {@code result}. */
  public static final Layout LAYOUT =
      Layout.builder("TRADE_RESULT_PUSH")
          .u32("head")
          .nested("request", ECHO_LAYOUT)
          .nested("result", TradeResult.LAYOUT)
          .build();

  /**
   * Checks that {@code request} and {@code result} are not null.
   *
   * @param head leading u32 of unknown meaning
   * @param request the echoed request
   * @param result the outcome
   * @throws NullPointerException if any of them is null
   */
  public TradeResultPush {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(result, "result");
  }

  private static Layout echoLayout() {
    var fields = TradeRequest.LAYOUT.fields();
    Layout.Builder b = Layout.builder("TRADE_ECHO");
    for (int i = 0; i < fields.size() - 1; i++) {
      var f = fields.get(i);
      switch (f.type()) {
        case U32 -> b.u32(f.name());
        case U64 -> {
          if (f.name().equals("trade_order")) {
            b.i64(f.name());
          } else {
            b.u64(f.name());
          }
        }
        case F64 -> b.f64(f.name());
        case UTF16 -> b.utf16(f.name(), f.size());
        default -> throw new IllegalStateException("unexpected type in TRADE_REQUEST: " + f.type());
      }
    }
    return b.bytes("time_expiration_raw", 4).build();
  }

  /**
   * {@return the push at {@code off}}
   *
   * @param r reader over the body
   * @param off byte offset of the record
   * @throws io.github.jmt5.protocol.ProtocolException if the record runs past the end of the body
   */
  public static TradeResultPush read(WireReader r, int off) {
    return new TradeResultPush(
        r.u32(off, "head"),
        TradeRequest.read(r, off + 4),
        TradeResult.read(r, off + 4 + TradeRequest.SIZE));
  }

  /**
   * Appends the head, the echoed request and the result.
   *
   * @param w the writer
   */
  public void write(WireWriter w) {
    w.u32(head);
    request.write(w);
    result.write(w);
  }
}

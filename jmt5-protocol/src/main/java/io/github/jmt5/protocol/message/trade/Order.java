package io.github.jmt5.protocol.message.trade;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.Objects;

/**
 * An order: open (cmd 4) or historical (cmd 5), and in cmd 10 transactions.
 *
 * <p>Wire record ORDER, 356 bytes. Unsigned 32-bit fields hold their raw bits in an {@code int} and
 * unsigned 64-bit fields in a {@code long}; volumes are lots x 10^8.
 *
 * @param tradeOrder order ticket
 * @param orderId external order id
 * @param tradeSymbol trade symbol
 * @param timeSetup Unix seconds
 * @param timeExpiration Unix seconds
 * @param timeDone Unix seconds
 * @param orderType ORDER_TYPE, see 9.3
 * @param typeFilling see 9.4
 * @param typeTime see 9.5
 * @param typeReason type reason
 * @param priceOrder price order
 * @param priceTrigger stop-limit trigger
 * @param priceCurrent price current
 * @param priceSl price sl
 * @param priceTp price tp
 * @param volumeInitial lots x 1e8
 * @param volumeCurrent lots x 1e8
 * @param orderState see 9.8
 * @param expert magic
 * @param positionId position id
 * @param comment comment
 * @param contractSize contract size
 * @param digits digits
 * @param digitsCurrency digits currency
 * @param commissionDaily commission daily
 * @param commissionMonthly commission monthly
 * @param marginRate margin rate
 * @param activationMode activation mode
 * @param timeSetupMs ms part of time_setup
 * @param timeDoneMs ms part of time_done
 */
public record Order(
    long tradeOrder,
    String orderId,
    String tradeSymbol,
    int timeSetup,
    int timeExpiration,
    int timeDone,
    int orderType,
    int typeFilling,
    int typeTime,
    int typeReason,
    double priceOrder,
    double priceTrigger,
    double priceCurrent,
    double priceSl,
    double priceTp,
    long volumeInitial,
    long volumeCurrent,
    int orderState,
    long expert,
    long positionId,
    String comment,
    double contractSize,
    int digits,
    int digitsCurrency,
    double commissionDaily,
    double commissionMonthly,
    double marginRate,
    int activationMode,
    int timeSetupMs,
    int timeDoneMs) {

  /** Size of the record on the wire. */
  public static final int SIZE = 356;

  /** The wire layout. */
  public static final Layout LAYOUT =
      Layout.builder("ORDER")
          .i64("trade_order")
          .utf16("order_id", 64)
          .utf16("trade_symbol", 64)
          .u32("time_setup")
          .u32("time_expiration")
          .u32("time_done")
          .u32("order_type")
          .u32("type_filling")
          .u32("type_time")
          .u32("type_reason")
          .f64("price_order")
          .f64("price_trigger")
          .f64("price_current")
          .f64("price_sl")
          .f64("price_tp")
          .i64("volume_initial")
          .i64("volume_current")
          .u32("order_state")
          .i64("expert")
          .i64("position_id")
          .utf16("comment", 64)
          .f64("contract_size")
          .u32("digits")
          .u32("digits_currency")
          .f64("commission_daily")
          .f64("commission_monthly")
          .f64("margin_rate")
          .u32("activation_mode")
          .i32("time_setup_ms")
          .i32("time_done_ms")
          .build();

  /**
   * Checks that {@code orderId}, {@code tradeSymbol} and {@code comment} are not null.
   *
   * @param tradeOrder order ticket
   * @param orderId external order id
   * @param tradeSymbol trade symbol
   * @param timeSetup Unix seconds
   * @param timeExpiration Unix seconds
   * @param timeDone Unix seconds
   * @param orderType ORDER_TYPE, see 9.3
   * @param typeFilling see 9.4
   * @param typeTime see 9.5
   * @param typeReason type reason
   * @param priceOrder price order
   * @param priceTrigger stop-limit trigger
   * @param priceCurrent price current
   * @param priceSl price sl
   * @param priceTp price tp
   * @param volumeInitial lots x 1e8
   * @param volumeCurrent lots x 1e8
   * @param orderState see 9.8
   * @param expert magic
   * @param positionId position id
   * @param comment comment
   * @param contractSize contract size
   * @param digits digits
   * @param digitsCurrency digits currency
   * @param commissionDaily commission daily
   * @param commissionMonthly commission monthly
   * @param marginRate margin rate
   * @param activationMode activation mode
   * @param timeSetupMs ms part of time_setup
   * @param timeDoneMs ms part of time_done
   * @throws NullPointerException if any of them is null
   */
  public Order {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(tradeSymbol, "tradeSymbol");
    Objects.requireNonNull(comment, "comment");
  }

  /**
   * Reads one record at byte {@code off} of {@code r}.
   *
   * @param r reader over the body
   * @param off byte offset of the record in the body
   * @return the record
   * @throws io.github.jmt5.protocol.ProtocolException if the record runs past the end of the body
   */
  public static Order read(WireReader r, int off) {
    return new Order(
        r.i64(off, "trade_order"),
        r.utf16(off + 8, 64, "order_id"),
        r.utf16(off + 72, 64, "trade_symbol"),
        r.u32(off + 136, "time_setup"),
        r.u32(off + 140, "time_expiration"),
        r.u32(off + 144, "time_done"),
        r.u32(off + 148, "order_type"),
        r.u32(off + 152, "type_filling"),
        r.u32(off + 156, "type_time"),
        r.u32(off + 160, "type_reason"),
        r.f64(off + 164, "price_order"),
        r.f64(off + 172, "price_trigger"),
        r.f64(off + 180, "price_current"),
        r.f64(off + 188, "price_sl"),
        r.f64(off + 196, "price_tp"),
        r.i64(off + 204, "volume_initial"),
        r.i64(off + 212, "volume_current"),
        r.u32(off + 220, "order_state"),
        r.i64(off + 224, "expert"),
        r.i64(off + 232, "position_id"),
        r.utf16(off + 240, 64, "comment"),
        r.f64(off + 304, "contract_size"),
        r.u32(off + 312, "digits"),
        r.u32(off + 316, "digits_currency"),
        r.f64(off + 320, "commission_daily"),
        r.f64(off + 328, "commission_monthly"),
        r.f64(off + 336, "margin_rate"),
        r.u32(off + 344, "activation_mode"),
        r.i32(off + 348, "time_setup_ms"),
        r.i32(off + 352, "time_done_ms"));
  }

  /**
   * Appends this record, exactly {@link #SIZE} bytes.
   *
   * @param w writer the bytes are appended to
   */
  public void write(WireWriter w) {
    w.i64(tradeOrder);
    w.utf16(orderId, 64);
    w.utf16(tradeSymbol, 64);
    w.u32(timeSetup);
    w.u32(timeExpiration);
    w.u32(timeDone);
    w.u32(orderType);
    w.u32(typeFilling);
    w.u32(typeTime);
    w.u32(typeReason);
    w.f64(priceOrder);
    w.f64(priceTrigger);
    w.f64(priceCurrent);
    w.f64(priceSl);
    w.f64(priceTp);
    w.i64(volumeInitial);
    w.i64(volumeCurrent);
    w.u32(orderState);
    w.i64(expert);
    w.i64(positionId);
    w.utf16(comment, 64);
    w.f64(contractSize);
    w.u32(digits);
    w.u32(digitsCurrency);
    w.f64(commissionDaily);
    w.f64(commissionMonthly);
    w.f64(marginRate);
    w.u32(activationMode);
    w.i32(timeSetupMs);
    w.i32(timeDoneMs);
  }
}

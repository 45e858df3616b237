package io.github.jmt5.dflib;

import io.github.jmt5.client.market.SymbolQuote;
import io.github.jmt5.protocol.enums.OrderType;
import io.github.jmt5.protocol.message.market.Bar;
import io.github.jmt5.protocol.message.market.SymbolBasic;
import io.github.jmt5.protocol.message.trade.Deal;
import io.github.jmt5.protocol.message.trade.Order;
import io.github.jmt5.protocol.message.trade.Position;
import io.github.jmt5.protocol.wire.Volume;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.dflib.DataFrame;
import org.dflib.Extractor;
import org.dflib.csv.Csv;
import org.jspecify.annotations.Nullable;

/**
 * Converters from jmt5 records to DFLib {@link DataFrame}s.
 *
 * <p>Column names follow the DataFrames of the official MetaTrader5 Python package ({@code
 * pd.DataFrame(mt5.copy_rates_range(...))} and friends), so analysis code reads the same. Times are
 * {@link LocalDateTime} in UTC (the form DFLib's date-time expressions work on), prices and lots
 * are primitive {@code double} columns, tickets and volumes counted in units primitive {@code long}
 * columns, enumerations their wire values in primitive {@code int} columns. Volumes are in lots.
 *
 * <p>Every method takes the list as it is (no sorting) and returns a new frame; an empty list gives
 * an empty frame with the same columns.
 */
public final class Frames {

  /** Columns of {@link #bars}. */
  public static final List<String> BAR_COLUMNS =
      List.of("time", "open", "high", "low", "close", "tick_volume", "real_volume");

  /** Columns of {@link #quotes}. */
  public static final List<String> QUOTE_COLUMNS =
      List.of("symbol", "time", "bid", "ask", "last", "volume", "spread");

  /** Columns of {@link #deals}. */
  public static final List<String> DEAL_COLUMNS =
      List.of(
          "ticket",
          "order",
          "time",
          "type",
          "entry",
          "magic",
          "position_id",
          "reason",
          "volume",
          "price",
          "commission",
          "swap",
          "profit",
          "fee",
          "symbol",
          "comment",
          "external_id");

  /** Columns of {@link #orders}. */
  public static final List<String> ORDER_COLUMNS =
      List.of(
          "ticket",
          "time_setup",
          "time_done",
          "time_expiration",
          "type",
          "type_time",
          "type_filling",
          "state",
          "magic",
          "position_id",
          "reason",
          "volume_initial",
          "volume_current",
          "price_open",
          "sl",
          "tp",
          "price_current",
          "price_stoplimit",
          "symbol",
          "comment",
          "external_id");

  /** Columns of {@link #positions}. */
  public static final List<String> POSITION_COLUMNS =
      List.of(
          "ticket",
          "time",
          "time_update",
          "type",
          "magic",
          "identifier",
          "reason",
          "volume",
          "price_open",
          "sl",
          "tp",
          "price_current",
          "swap",
          "profit",
          "symbol",
          "comment",
          "external_id");

  /** Columns of {@link #symbols}. */
  public static final List<String> SYMBOL_COLUMNS =
      List.of("name", "description", "path", "symbol_id", "digits", "calc_mode", "basis", "sector");

  private Frames() {}

  /**
   * Bars as a frame: {@code time} (bar open, UTC), {@code open}, {@code high}, {@code low}, {@code
   * close} ({@code double}), {@code tick_volume} ({@code long}), {@code real_volume} ({@code
   * double}).
   *
   * @param bars bars as received, typically oldest first; not modified
   * @return a new frame with the columns {@link #BAR_COLUMNS}, one row per bar in list order
   */
  public static DataFrame bars(List<Bar> bars) {
    return DataFrame.byRow(
            Extractor.<Bar, LocalDateTime>$col(b -> utc(b.time(), 0)),
            Extractor.<Bar>$double(Bar::open),
            Extractor.<Bar>$double(Bar::high),
            Extractor.<Bar>$double(Bar::low),
            Extractor.<Bar>$double(Bar::close),
            Extractor.<Bar>$long(b -> Integer.toUnsignedLong(b.tickVolume())),
            Extractor.<Bar>$double(Bar::realVolume))
        .columnNames(names(BAR_COLUMNS))
        .ofIterable(bars);
  }

  /**
   * Quotes as a frame: {@code symbol}, {@code time} (UTC), {@code bid}, {@code ask}, {@code last}
   * ({@code double}), {@code volume} ({@code long}), {@code spread} (ask − bid, {@code double}).
   *
   * @param quotes quotes as received; not modified
   * @return a new frame with the columns {@link #QUOTE_COLUMNS}, one row per quote in list order
   */
  public static DataFrame quotes(List<SymbolQuote> quotes) {
    return DataFrame.byRow(
            Extractor.<SymbolQuote, String>$col(SymbolQuote::symbol),
            Extractor.<SymbolQuote, LocalDateTime>$col(q -> utc(q.time())),
            Extractor.<SymbolQuote>$double(SymbolQuote::bid),
            Extractor.<SymbolQuote>$double(SymbolQuote::ask),
            Extractor.<SymbolQuote>$double(SymbolQuote::last),
            Extractor.<SymbolQuote>$long(SymbolQuote::volume),
            Extractor.<SymbolQuote>$double(SymbolQuote::spread))
        .columnNames(names(QUOTE_COLUMNS))
        .ofIterable(quotes);
  }

  /**
   * Deals as a frame, one row per deal: tickets and ids ({@code long}), {@code time} (UTC, with
   * milliseconds), {@code type}, {@code entry}, {@code reason} (wire values, {@code int}), {@code
   * volume} in lots, {@code price} and money columns ({@code double}), {@code symbol}, {@code
   * comment}, {@code external_id}.
   *
   * @param deals deals as received from the history; not modified
   * @return a new frame with the columns {@link #DEAL_COLUMNS}, one row per deal in list order
   */
  public static DataFrame deals(List<Deal> deals) {
    return DataFrame.byRow(
            Extractor.<Deal>$long(Deal::deal),
            Extractor.<Deal>$long(Deal::tradeOrder),
            Extractor.<Deal, LocalDateTime>$col(d -> utc(d.timeCreate(), d.timeCreateMs())),
            Extractor.<Deal>$int(Deal::tradeAction),
            Extractor.<Deal>$int(Deal::entry),
            Extractor.<Deal>$long(Deal::expert),
            Extractor.<Deal>$long(Deal::positionId),
            Extractor.<Deal>$int(Deal::tradeReason),
            Extractor.<Deal>$double(d -> Volume.toLots(d.tradeVolume())),
            Extractor.<Deal>$double(Deal::priceOpen),
            Extractor.<Deal>$double(Deal::commission),
            Extractor.<Deal>$double(Deal::storage),
            Extractor.<Deal>$double(Deal::profit),
            Extractor.<Deal>$double(Deal::commissionFee),
            Extractor.<Deal, String>$col(Deal::tradeSymbol),
            Extractor.<Deal, String>$col(Deal::comment),
            Extractor.<Deal, String>$col(Deal::dealId))
        .columnNames(names(DEAL_COLUMNS))
        .ofIterable(deals);
  }

  /**
   * Orders (open or historical) as a frame: {@code time_setup}, {@code time_done} and {@code
   * time_expiration} (UTC; {@code null} where the order has none), wire values of type, lifetime,
   * filling, state and reason ({@code int}), volumes in lots and prices ({@code double}). For
   * stop-limit orders {@code price_open} is the activation price and {@code price_stoplimit} the
   * limit, as in the official package.
   *
   * @param orders open or historical orders; not modified
   * @return a new frame with the columns {@link #ORDER_COLUMNS}, one row per order in list order
   */
  public static DataFrame orders(List<Order> orders) {
    return DataFrame.byRow(
            Extractor.<Order>$long(Order::tradeOrder),
            Extractor.<Order, LocalDateTime>$col(o -> utc(o.timeSetup(), o.timeSetupMs())),
            Extractor.<Order, @Nullable LocalDateTime>$col(
                o -> o.timeDone() == 0 ? null : utc(o.timeDone(), o.timeDoneMs())),
            Extractor.<Order, @Nullable LocalDateTime>$col(
                o -> o.timeExpiration() == 0 ? null : utc(o.timeExpiration(), 0)),
            Extractor.<Order>$int(Order::orderType),
            Extractor.<Order>$int(Order::typeTime),
            Extractor.<Order>$int(Order::typeFilling),
            Extractor.<Order>$int(Order::orderState),
            Extractor.<Order>$long(Order::expert),
            Extractor.<Order>$long(Order::positionId),
            Extractor.<Order>$int(Order::typeReason),
            Extractor.<Order>$double(o -> Volume.toLots(o.volumeInitial())),
            Extractor.<Order>$double(o -> Volume.toLots(o.volumeCurrent())),
            Extractor.<Order>$double(o -> stopLimit(o) ? o.priceTrigger() : o.priceOrder()),
            Extractor.<Order>$double(Order::priceSl),
            Extractor.<Order>$double(Order::priceTp),
            Extractor.<Order>$double(Order::priceCurrent),
            Extractor.<Order>$double(o -> stopLimit(o) ? o.priceOrder() : 0),
            Extractor.<Order, String>$col(Order::tradeSymbol),
            Extractor.<Order, String>$col(Order::comment),
            Extractor.<Order, String>$col(Order::orderId))
        .columnNames(names(ORDER_COLUMNS))
        .ofIterable(orders);
  }

  /**
   * Open positions as a frame: {@code ticket} and {@code identifier} ({@code long}), {@code time}
   * and {@code time_update} (UTC), {@code type} (0 buy, 1 sell) and {@code reason} ({@code int}),
   * {@code volume} in lots, prices, swap and floating profit ({@code double}).
   *
   * @param positions open positions; not modified
   * @return a new frame with the columns {@link #POSITION_COLUMNS}, one row per position in list
   *     order
   */
  public static DataFrame positions(List<Position> positions) {
    return DataFrame.byRow(
            Extractor.<Position>$long(Position::positionId),
            Extractor.<Position, LocalDateTime>$col(p -> utc(p.timeCreate(), p.timeCreateMs())),
            Extractor.<Position, LocalDateTime>$col(p -> utc(p.timeUpdate(), p.timeUpdateMs())),
            Extractor.<Position>$int(Position::tradeAction),
            Extractor.<Position>$long(Position::expert),
            Extractor.<Position>$long(Position::positionId),
            Extractor.<Position>$int(Position::tradeReason),
            Extractor.<Position>$double(p -> Volume.toLots(p.tradeVolume())),
            Extractor.<Position>$double(Position::priceOpen),
            Extractor.<Position>$double(Position::sl),
            Extractor.<Position>$double(Position::tp),
            Extractor.<Position>$double(Position::priceClose),
            Extractor.<Position>$double(Position::storage),
            Extractor.<Position>$double(Position::profit),
            Extractor.<Position, String>$col(Position::tradeSymbol),
            Extractor.<Position, String>$col(Position::comment),
            Extractor.<Position, String>$col(Position::externalId))
        .columnNames(names(POSITION_COLUMNS))
        .ofIterable(positions);
  }

  /**
   * The symbol list as a frame: {@code name}, {@code description}, {@code path}, {@code symbol_id},
   * {@code digits}, {@code calc_mode} (wire value), {@code basis}, {@code sector}.
   *
   * @param symbols symbol list entries; not modified
   * @return a new frame with the columns {@link #SYMBOL_COLUMNS}, one row per symbol in list order
   */
  public static DataFrame symbols(List<SymbolBasic> symbols) {
    return DataFrame.byRow(
            Extractor.<SymbolBasic, String>$col(SymbolBasic::tradeSymbol),
            Extractor.<SymbolBasic, String>$col(SymbolBasic::symbolDescription),
            Extractor.<SymbolBasic, String>$col(SymbolBasic::symbolPath),
            Extractor.<SymbolBasic>$int(SymbolBasic::symbolId),
            Extractor.<SymbolBasic>$int(SymbolBasic::digits),
            Extractor.<SymbolBasic>$int(SymbolBasic::tradeCalcMode),
            Extractor.<SymbolBasic, String>$col(SymbolBasic::basis),
            Extractor.<SymbolBasic>$int(SymbolBasic::sector))
        .columnNames(names(SYMBOL_COLUMNS))
        .ofIterable(symbols);
  }

  /**
   * The frame as CSV text (DFLib's {@code dflib-csv}): a header line, then one line per row; times
   * in ISO-8601 ({@code 2024-01-03T12:00}), numbers as Java prints them, {@code null} as an empty
   * field.
   *
   * @param frame any frame, for example one made by this class
   * @return the CSV text, header line first
   */
  public static String toCsv(DataFrame frame) {
    StringBuilder out = new StringBuilder();
    Csv.save(frame, out);
    return out.toString();
  }

  /**
   * Writes the frame to {@code file} as CSV (see {@link #toCsv}), creating missing directories.
   *
   * @param frame any frame, for example one made by this class
   * @param file target file; replaced if it exists
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void writeCsv(DataFrame frame, Path file) {
    try {
      Csv.saver().createMissingDirs().save(frame, file);
    } catch (RuntimeException e) {
      if (e.getCause() instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw e;
    }
  }

  /** Unix seconds (unsigned 32-bit on the wire) plus milliseconds, as UTC date-time. */
  static LocalDateTime utc(int unixSeconds, int millis) {
    return LocalDateTime.ofEpochSecond(Integer.toUnsignedLong(unixSeconds), 0, ZoneOffset.UTC)
        .plusNanos(Integer.toUnsignedLong(millis) * 1_000_000L);
  }

  static LocalDateTime utc(Instant time) {
    return LocalDateTime.ofInstant(time, ZoneOffset.UTC);
  }

  private static boolean stopLimit(Order o) {
    return o.orderType() == OrderType.BUY_STOP_LIMIT.value()
        || o.orderType() == OrderType.SELL_STOP_LIMIT.value();
  }

  private static String[] names(List<String> columns) {
    return columns.toArray(new String[0]);
  }
}

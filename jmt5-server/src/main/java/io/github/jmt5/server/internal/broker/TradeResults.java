package io.github.jmt5.server.internal.broker;

import io.github.jmt5.protocol.enums.TradeRetcode;
import io.github.jmt5.protocol.message.trade.TradeResult;
import io.github.jmt5.server.market.MarketQuote;

/** Builds the cmd 19 trade results the broker sends, by named field. */
final class TradeResults {
  private TradeResults() {}

  /** {@return a builder of the cmd 19 result with {@code retcode} at {@code timeMs}} */
  static Builder result(TradeRetcode retcode, long timeMs) {
    return new Builder(retcode, Records.seconds(timeMs));
  }

  /** {@return a builder of the cmd 19 result with {@code retcode} at Unix second {@code sec}} */
  static Builder resultAtSecond(TradeRetcode retcode, int sec) {
    return new Builder(retcode, sec);
  }

  /** A cmd 19 result by name: what is not set is 0 (or empty). */
  static final class Builder {
    private final TradeRetcode retcode;
    private final int time;
    private long deal;
    private long order;
    private long volume;
    private double price;
    private double bid;
    private double ask;
    private double last;

    private Builder(TradeRetcode retcode, int time) {
      this.retcode = retcode;
      this.time = time;
    }

    Builder deal(long ticket) {
      this.deal = ticket;
      return this;
    }

    Builder order(long ticket) {
      this.order = ticket;
      return this;
    }

    Builder volume(long v) {
      this.volume = v;
      return this;
    }

    Builder price(double p) {
      this.price = p;
      return this;
    }

    /** The bid and ask of {@code q}; the last price stays 0. */
    Builder bidAsk(MarketQuote q) {
      this.bid = q.bid();
      this.ask = q.ask();
      return this;
    }

    /** The bid, ask and last price of {@code q}. */
    Builder quote(MarketQuote q) {
      bidAsk(q);
      this.last = q.last();
      return this;
    }

    TradeResult comment(String comment) {
      return new TradeResult(
          retcode.value(), deal, order, volume, price, time, bid, ask, last, comment);
    }
  }
}

package io.github.jmt5.client;

import io.github.jmt5.client.account.MarginModel;
import io.github.jmt5.client.calc.CurrencyConverter;
import io.github.jmt5.client.calc.MarginCalculator;
import io.github.jmt5.client.calc.MissingRateException;
import io.github.jmt5.client.calc.ProfitCalculator;
import io.github.jmt5.client.calc.Quote;
import io.github.jmt5.client.calc.QuoteBook;
import io.github.jmt5.client.market.MarketData;
import io.github.jmt5.client.market.SymbolQuote;
import io.github.jmt5.client.symbols.Symbols;
import io.github.jmt5.protocol.enums.OrderType;
import io.github.jmt5.protocol.enums.PositionType;
import io.github.jmt5.protocol.message.account.Account;
import io.github.jmt5.protocol.message.market.FullSymbol;
import io.github.jmt5.protocol.message.trade.Position;
import io.github.jmt5.protocol.wire.Volume;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Margin and floating profit computed as the web terminal does: margin per position from the
 * symbol's calculation mode at the open price, with volume covered by opposite positions of a
 * hedging account charged at the symbol's hedged margin; profit at the live quote; both converted
 * to the account currency through live cross rates. Where a symbol's configuration or a needed
 * quote is not at hand yet, that position's figures as the server last reported them are used
 * instead.
 */
final class LiveMargin implements MarginModel {
  private final Symbols symbols;
  private final MarketData market;
  private final CurrencyConverter converter;
  private final MarginCalculator margins;
  private final ProfitCalculator profits;
  private final ReportedMargin reported = new ReportedMargin();

  LiveMargin(Symbols symbols, MarketData market) {
    this.symbols = symbols;
    this.market = market;
    this.converter = new CurrencyConverter(new LiveQuotes(market));
    this.margins = new MarginCalculator(converter);
    this.profits = new ProfitCalculator(converter);
  }

  @Override
  public double margin(Account account, List<Position> positions) {
    boolean hedging = account.isHedging();
    Map<String, long[]> sides = new HashMap<>(); // symbol -> {buy volume, sell volume}
    for (Position p : positions) {
      sides.computeIfAbsent(p.tradeSymbol(), k -> new long[2])[p.tradeAction() == 0 ? 0 : 1] +=
          p.tradeVolume();
    }
    double sum = 0;
    for (Position p : positions) {
      double full = marginOf(account, p);
      long[] v = Objects.requireNonNull(sides.get(p.tradeSymbol())); // filled by the loop above
      long side = p.tradeAction() == 0 ? v[0] : v[1];
      double covered = hedging && side > 0 ? (double) Math.min(v[0], v[1]) / side : 0;
      sum += full * (1 - covered) + full * covered * hedgedRatio(p);
    }
    return sum;
  }

  /**
   * The share of the full margin charged for hedged volume: the symbol's {@code margin_hedged}
   * relative to the contract size (or to the initial margin where the mode uses it).
   */
  private double hedgedRatio(Position p) {
    Optional<FullSymbol> s = symbols.cached(p.tradeSymbol());
    if (s.isEmpty()) {
      return 1;
    }
    FullSymbol f = s.get();
    double initial = f.trade().marginInitial();
    boolean byInitial =
        initial > 0
            && switch (f.tradeCalcMode()) {
              case 1, 32, 33, 34, 35, 36, 38 -> true;
              default -> false;
            };
    if (byInitial) {
      return f.trade().marginHedged() / initial;
    }
    return f.contractSize() > 0 ? f.trade().marginHedged() / f.contractSize() : 1;
  }

  @Override
  public double profit(Account account, List<Position> positions) {
    double sum = 0;
    for (Position p : positions) {
      sum += profitOf(account, p);
    }
    return sum;
  }

  /** The full margin of one position, at its open price, converted at the live rate. */
  private double marginOf(Account account, Position p) {
    Optional<FullSymbol> s = config(p);
    boolean buy = p.tradeAction() == 0;
    if (s.isEmpty() || !(p.priceOpen() > 0)) {
      return reported.margin(account, List.of(p));
    }
    try {
      return margins.margin(
          s.get(),
          buy ? OrderType.BUY : OrderType.SELL,
          Volume.toLots(p.tradeVolume()),
          p.priceOpen(),
          Math.max(1, account.main().marginLeverage()),
          account.main().accountCurrency());
    } catch (MissingRateException | IllegalArgumentException e) {
      return reported.margin(account, List.of(p));
    }
  }

  private double profitOf(Account account, Position p) {
    Optional<FullSymbol> s = config(p);
    Optional<SymbolQuote> q = market.quote(p.tradeSymbol());
    boolean buy = p.tradeAction() == 0;
    double close = q.map(v -> v.priceFor(!buy)).orElse(0.0); // a buy closes at the bid
    if (s.isEmpty() || !(close > 0)) {
      return reported.profit(account, List.of(p));
    }
    try {
      return profits.profit(
              s.get(),
              buy ? PositionType.BUY : PositionType.SELL,
              Volume.toLots(p.tradeVolume()),
              p.priceOpen(),
              close,
              account.main().accountCurrency())
          + p.storage();
    } catch (MissingRateException | IllegalArgumentException e) {
      return reported.profit(account, List.of(p));
    }
  }

  private Optional<FullSymbol> config(Position p) {
    Optional<FullSymbol> s = symbols.cached(p.tradeSymbol());
    if (s.isPresent()) {
      return s;
    }
    var unused = symbols.get(p.tradeSymbol()); // loads it for the next time
    return Optional.empty();
  }

  /** The market's live quotes as the calculator's quote book. */
  private static final class LiveQuotes implements QuoteBook {
    private final MarketData market;

    LiveQuotes(MarketData market) {
      this.market = market;
    }

    @Override
    public Optional<Quote> quote(String symbol) {
      return market
          .quote(symbol)
          .filter(q -> q.bid() > 0 && q.ask() > 0)
          .map(q -> new Quote(q.bid(), q.ask()));
    }

    @Override
    public Set<String> symbols() {
      return market.quotedSymbols();
    }
  }
}

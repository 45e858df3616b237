package io.github.jmt5.server.internal.broker;

import io.github.jmt5.protocol.message.account.Account;
import io.github.jmt5.protocol.wire.Volume;
import io.github.jmt5.server.account.AccountConfig;
import io.github.jmt5.server.account.AccountRegistry;
import io.github.jmt5.server.market.MarketQuote;
import io.github.jmt5.server.market.QuoteSource;
import io.github.jmt5.server.market.SymbolDirectory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The state the broker's parts share: one book per account, the ticket and transaction sequences,
 * the clock and the quotes, and what follows from them (prices, profit, equity, margin, account
 * bodies). Guarded by the broker's lock.
 */
final class Ledger {
  private final SymbolDirectory symbols;
  private final QuoteSource quotes;
  private final AccountRegistry accounts;
  private final LongSupplier clock;
  private final int serverBuild;
  private final Calculator calculator;
  private final Map<Long, AccountBook> books = new HashMap<>();
  private final AtomicLong tickets = new AtomicLong(100_000);
  private final AtomicInteger transactions = new AtomicInteger();

  Ledger(
      SymbolDirectory symbols,
      QuoteSource quotes,
      AccountRegistry accounts,
      LongSupplier clock,
      int serverBuild) {
    this.symbols = symbols;
    this.quotes = quotes;
    this.accounts = accounts;
    this.clock = clock;
    this.serverBuild = serverBuild;
    this.calculator = new Calculator(new CurrencyConverter(quotes));
  }

  SymbolDirectory symbols() {
    return symbols;
  }

  Calculator calculator() {
    return calculator;
  }

  /** The book of {@code login}, opened from the account's configuration on first use. */
  AccountBook book(long login) {
    return books.computeIfAbsent(
        login,
        l -> {
          AccountConfig a =
              accounts.find(l).orElseThrow(() -> new IllegalArgumentException("no account " + l));
          return new AccountBook(l, a.currency(), a.leverage(), a.hedging(), a.balance());
        });
  }

  /** Every book opened so far. */
  Collection<AccountBook> books() {
    return books.values();
  }

  long now() {
    return clock.getAsLong();
  }

  long nextTicket() {
    return tickets.incrementAndGet();
  }

  int nextTransaction() {
    return transactions.incrementAndGet();
  }

  Optional<MarketQuote> quote(String symbol) {
    return quotes.quote(symbol);
  }

  /** The latest quote of {@code symbol}, or an empty one (all prices 0) at {@code nowMs}. */
  MarketQuote quoteOrEmpty(String symbol, long nowMs) {
    return quotes.quote(symbol).orElse(new MarketQuote(symbol, 0, 0, 0, nowMs));
  }

  /** The price a position would close at now: a buy's at the bid, a sell's at the ask. */
  Optional<Double> closePrice(OpenPosition p) {
    return quotes.quote(p.symbol.tradeSymbol()).map(q -> p.buy ? q.bid() : q.ask());
  }

  /** The price an order would fill at now: a buy's at the ask, a sell's at the bid. */
  Optional<Double> currentPrice(PendingOrder o) {
    return quotes.quote(o.symbol.tradeSymbol()).map(q -> o.buy() ? q.ask() : q.bid());
  }

  /** Profit of {@code volume} of {@code p} closed at {@code close}, in the account currency. */
  double profit(AccountBook b, OpenPosition p, long volume, double close) {
    return calculator
        .profit(p.symbol, p.buy, Volume.toLots(volume), p.priceOpen, close, b.currency)
        .orElse(0.0);
  }

  /** Floating profit of the open positions at the current prices, in cents. */
  double floating(AccountBook b) {
    double sum = 0;
    for (OpenPosition p : b.positions.values()) {
      sum += profit(b, p, p.volume, closePrice(p).orElse(p.priceOpen));
    }
    return Calculator.cents(sum);
  }

  /** Collateral positions valued at the market and their liquidity rate. */
  private double assets(AccountBook b) {
    double sum = 0;
    for (OpenPosition p : b.positions.values()) {
      double price = closePrice(p).orElse(p.priceOpen);
      sum +=
          calculator
              .assets(p.symbol, p.buy, Volume.toLots(p.volume), price, b.currency)
              .orElse(0.0);
    }
    return Calculator.cents(sum);
  }

  /** Balance plus floating profit plus collateral assets. */
  double equity(AccountBook b) {
    return b.balance + floating(b) + assets(b);
  }

  /** Margin of the open positions and {@code extra} ones, hedged volume at the hedged margin. */
  double usedMargin(AccountBook b, UsedMargin.Exposure... extra) {
    List<UsedMargin.Exposure> all = new ArrayList<>(List.of(extra));
    for (OpenPosition p : b.positions.values()) {
      all.add(new UsedMargin.Exposure(p.symbol, p.buy, p.volume, p.priceOpen));
    }
    return UsedMargin.of(calculator, all, b.hedging, b.leverage, b.currency);
  }

  double freeMargin(AccountBook b) {
    return equity(b) - usedMargin(b);
  }

  /** The cmd 3 / cmd 14 body: the configured account with the book's balance. */
  Account accountBody(AccountBook b) {
    AccountConfig a = accounts.find(b.login).orElseThrow();
    AccountConfig now =
        new AccountConfig(
            a.login(),
            a.password(),
            a.name(),
            b.balance,
            a.currency(),
            a.hedging(),
            a.leverage(),
            a.otpSecret());
    return AccountBodies.of(now, serverBuild, symbols.all().size(), floating(b));
  }
}

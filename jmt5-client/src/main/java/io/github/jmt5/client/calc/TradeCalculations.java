package io.github.jmt5.client.calc;

import io.github.jmt5.protocol.enums.OrderType;
import io.github.jmt5.protocol.enums.PositionType;
import io.github.jmt5.protocol.enums.TradeRetcode;
import io.github.jmt5.protocol.message.market.FullSymbol;
import java.util.Objects;

/**
 * The local trade calculations over one account, a symbol lookup and a quote book: margin and
 * profit by symbol name, at a given price or at the current quote, currency conversion and order
 * checks. Money results are in the account currency, rounded to its {@code currency_digits}.
 *
 * <pre>{@code
 * MapQuoteBook quotes = new MapQuoteBook().put("EURUSD", 1.08500, 1.08512);
 * TradeCalculations calc =
 *     new TradeCalculations(AccountState.of(account.main(), 0), SymbolLookup.of(symbols), quotes);
 * double margin = calc.margin("EURUSD", OrderType.BUY, 0.1);
 * OrderCheckResult check = calc.check(PlannedOrder.market("EURUSD", OrderType.BUY, 0.1));
 * }</pre>
 *
 * <p>Immutable; thread-safe when the lookup and the quote book are. {@link
 * #withAccount(AccountState)} gives a copy for a changed account.
 */
public final class TradeCalculations {
  private final AccountState account;
  private final SymbolLookup symbols;
  private final QuoteBook quotes;
  private final CurrencyConverter converter;
  private final MarginCalculator margins;
  private final ProfitCalculator profits;
  private final OrderChecker checker;

  /**
   * The calculations for {@code account}.
   *
   * @param account the account's currency, leverage and money
   * @param symbols finds symbol configurations by name
   * @param quotes the latest quotes, for market prices and conversion rates
   */
  public TradeCalculations(AccountState account, SymbolLookup symbols, QuoteBook quotes) {
    this.account = Objects.requireNonNull(account, "account");
    this.symbols = Objects.requireNonNull(symbols, "symbols");
    this.quotes = Objects.requireNonNull(quotes, "quotes");
    this.converter = new CurrencyConverter(quotes);
    this.margins = new MarginCalculator(converter);
    this.profits = new ProfitCalculator(converter);
    this.checker = new OrderChecker(margins);
  }

  /** {@return the account the calculations are for} */
  public AccountState account() {
    return account;
  }

  /**
   * The same calculations for a changed account (new balance, profit or used margin).
   *
   * @param newAccount the account state
   * @return a facade over the same symbols and quotes
   */
  public TradeCalculations withAccount(AccountState newAccount) {
    return new TradeCalculations(newAccount, symbols, quotes);
  }

  /** {@return the currency converter over the quote book} */
  public CurrencyConverter converter() {
    return converter;
  }

  /** {@return the margin calculator} */
  public MarginCalculator margins() {
    return margins;
  }

  /** {@return the profit calculator} */
  public ProfitCalculator profits() {
    return profits;
  }

  /** {@return the order checker} */
  public OrderChecker checker() {
    return checker;
  }

  /**
   * The configuration of {@code name}.
   *
   * @param name symbol name
   * @return its configuration
   * @throws IllegalArgumentException for an unknown symbol
   */
  public FullSymbol symbol(String name) {
    return symbols
        .symbol(Objects.requireNonNull(name, "name"))
        .orElseThrow(
            () -> new IllegalArgumentException("symbol must be a known symbol, was " + name));
  }

  /**
   * The latest quote of {@code name}.
   *
   * @param name symbol name
   * @return its quote
   * @throws IllegalStateException if the symbol has no quote yet
   */
  public Quote quote(String name) {
    return quotes
        .quote(Objects.requireNonNull(name, "name"))
        .orElseThrow(() -> new IllegalStateException("no quote for symbol " + name));
  }

  /**
   * The margin of a market order at the current quote (the ask for a buy, the bid for a sell).
   *
   * @param symbol symbol name
   * @param type order type; pending types are priced at the quote of their side too
   * @param lots volume in lots, above 0
   * @return the margin in the account currency, rounded to its digits
   * @throws IllegalArgumentException for an unknown symbol or an argument out of range
   * @throws IllegalStateException if the symbol has no quote, or ({@link MissingRateException}) no
   *     quote converts the margin currency
   */
  public double margin(String symbol, OrderType type, double lots) {
    symbol(symbol);
    return margin(symbol, type, lots, quote(symbol).price(Side.of(type)));
  }

  /**
   * The margin of an order at {@code price}.
   *
   * @param symbol symbol name
   * @param type order type 0..7
   * @param lots volume in lots, above 0
   * @param price order price, above 0
   * @return the margin in the account currency, rounded to its digits
   * @throws IllegalArgumentException for an unknown symbol or an argument out of range
   * @throws MissingRateException if no quote converts the margin currency
   */
  public double margin(String symbol, OrderType type, double lots, double price) {
    return money(
        margins.margin(symbol(symbol), type, lots, price, account.leverage(), account.currency()));
  }

  /**
   * The profit of a position if it were closed now: at the bid for a buy, the ask for a sell.
   *
   * @param symbol symbol name
   * @param type position direction
   * @param lots volume in lots, above 0
   * @param open open price
   * @return the profit in the account currency, rounded to its digits
   * @throws IllegalArgumentException for an unknown symbol or an argument out of range
   * @throws IllegalStateException if the symbol has no quote, or ({@link MissingRateException}) no
   *     quote converts the profit currency
   */
  public double profit(String symbol, PositionType type, double lots, double open) {
    symbol(symbol);
    return profit(symbol, type, lots, open, quote(symbol).price(Side.of(type).opposite()));
  }

  /**
   * The profit of a position from {@code open} to {@code close}.
   *
   * @param symbol symbol name
   * @param type position direction
   * @param lots volume in lots, above 0
   * @param open open price
   * @param close close price
   * @return the profit in the account currency, rounded to its digits
   * @throws IllegalArgumentException for an unknown symbol or an argument out of range
   * @throws MissingRateException if no quote converts the profit currency
   */
  public double profit(String symbol, PositionType type, double lots, double open, double close) {
    return money(profits.profit(symbol(symbol), type, lots, open, close, account.currency()));
  }

  /**
   * Converts an amount into the account currency.
   *
   * @param amount finite amount in {@code from}
   * @param from its currency
   * @param side the side whose rate applies
   * @return the amount in the account currency, rounded to its digits
   * @throws MissingRateException if no quote converts {@code from}
   */
  public double toAccountCurrency(double amount, String from, Side side) {
    return money(converter.convert(amount, from, account.currency(), side));
  }

  /**
   * Checks an order locally. A request with price 0 is priced at the current quote (the ask for a
   * buy, the bid for a sell); without a quote the result is {@link TradeRetcode#PRICE_OFF}.
   *
   * @param request the order
   * @return the outcome; see {@link OrderChecker}
   * @throws IllegalArgumentException for an unknown symbol
   */
  public OrderCheckResult check(PlannedOrder request) {
    Objects.requireNonNull(request, "request");
    FullSymbol s = symbol(request.symbol());
    PlannedOrder priced = request;
    if (request.price() == 0 && request.type() != OrderType.CLOSE_BY) {
      var q = quotes.quote(request.symbol());
      if (q.isEmpty()) {
        AccountState a = account;
        int d = a.currencyDigits();
        return new OrderCheckResult(
            TradeRetcode.PRICE_OFF,
            "no quote for symbol " + request.symbol(),
            0,
            Money.round(a.balance(), d),
            Money.round(a.equity(), d),
            Money.round(a.profit(), d),
            Money.round(a.margin(), d),
            Money.round(a.freeMargin(), d),
            Money.round(a.marginLevel(), 2));
      }
      priced = request.withPrice(q.get().price(Side.of(request.type())));
    }
    return checker.check(s, priced, account);
  }

  private double money(double amount) {
    return Money.round(amount, account.currencyDigits());
  }
}

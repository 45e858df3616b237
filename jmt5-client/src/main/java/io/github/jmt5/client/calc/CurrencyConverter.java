package io.github.jmt5.client.calc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Converts amounts between currencies through the cross rates of the quoted symbols, as the web
 * terminal does (PROTOCOL.md 10.3).
 *
 * <p>The rate from A to B is searched in this order:
 *
 * <ol>
 *   <li>the same currency (RUB and RUR are the same): 1;
 *   <li>the direct pair {@code AB}: the <b>ask</b> on the buy side, the <b>bid</b> on the sell
 *       side;
 *   <li>the inverse pair {@code BA}: {@code 1 / bid} on the buy side, {@code 1 / ask} on the sell
 *       side;
 *   <li>a quoted name that starts with A and ends with B (a pair with a separator or infix), then
 *       one that starts with B and ends with A, taking the first in alphabetical order;
 *   <li>through USD, when neither currency is USD: A to USD times USD to B, both legs found by the
 *       steps above on the same side.
 * </ol>
 *
 * <p>Which side applies is the caller's choice: margin converts on the side of the order, profit of
 * forex symbols on the side of the position, and profit of other symbols on the sell side when it
 * is a gain and the buy side when it is a loss (see {@link ProfitCalculator}).
 *
 * <p>Thread-safe when the quote book is.
 */
public final class CurrencyConverter {
  private static final String USD = "USD";

  private final QuoteBook quotes;

  /**
   * A converter over {@code quotes}.
   *
   * @param quotes where the cross rates are read
   */
  public CurrencyConverter(QuoteBook quotes) {
    this.quotes = Objects.requireNonNull(quotes, "quotes");
  }

  /**
   * Finds the rate from {@code from} to {@code to}.
   *
   * @param from currency code converted from
   * @param to currency code converted to
   * @param side the side whose prices apply
   * @return the conversion, with its rate and route
   * @throws MissingRateException if no quoted symbol connects the currencies
   * @throws IllegalArgumentException if a currency code is blank
   */
  public Conversion conversion(String from, String to, Side side) {
    String a = canonical(Args.currency(from, "from"));
    String b = canonical(Args.currency(to, "to"));
    Objects.requireNonNull(side, "side");
    Optional<Conversion> single = leg(a, b, side);
    if (single.isPresent()) {
      return single.get();
    }
    if (!a.equals(USD) && !b.equals(USD)) {
      Optional<Conversion> first = leg(a, USD, side);
      Optional<Conversion> second = leg(USD, b, side);
      if (first.isPresent() && second.isPresent()) {
        List<String> used = new ArrayList<>(first.get().symbols());
        used.addAll(second.get().symbols());
        return new Conversion(
            a, b, side, first.get().rate() * second.get().rate(), Conversion.Route.VIA_USD, used);
      }
      List<String> tried = new ArrayList<>(List.of(a + b, b + a));
      if (first.isEmpty()) {
        tried.add(a + USD);
        tried.add(USD + a);
      }
      if (second.isEmpty()) {
        tried.add(USD + b);
        tried.add(b + USD);
      }
      throw new MissingRateException(a, b, tried);
    }
    throw new MissingRateException(a, b, List.of(a + b, b + a));
  }

  /**
   * The rate from {@code from} to {@code to}: units of {@code to} per unit of {@code from}.
   *
   * @param from currency code converted from
   * @param to currency code converted to
   * @param side the side whose prices apply
   * @return the rate, above 0
   * @throws MissingRateException if no quoted symbol connects the currencies
   */
  public double rate(String from, String to, Side side) {
    return conversion(from, to, side).rate();
  }

  /**
   * Converts {@code amount} from {@code from} to {@code to}.
   *
   * @param amount a finite amount in {@code from}
   * @param from currency code converted from
   * @param to currency code converted to
   * @param side the side whose prices apply
   * @return the amount in {@code to}
   * @throws MissingRateException if no quoted symbol connects the currencies
   * @throws IllegalArgumentException if the amount is not finite or a currency code is blank
   */
  public double convert(double amount, String from, String to, Side side) {
    Args.finite(amount, "amount");
    return conversion(from, to, side).apply(amount);
  }

  /**
   * True when two currency codes denote the same currency (ignoring case; RUB and RUR are one).
   *
   * @param a a currency code
   * @param b another currency code
   * @return whether no conversion is needed between them
   */
  public static boolean sameCurrency(String a, String b) {
    return canonical(a).equals(canonical(b));
  }

  private Optional<Conversion> leg(String a, String b, Side side) {
    if (a.equals(b)) {
      return Optional.of(new Conversion(a, b, side, 1, Conversion.Route.IDENTITY, List.of()));
    }
    for (String x : aliases(a)) {
      for (String y : aliases(b)) {
        Optional<Conversion> c = direct(x + y, a, b, side);
        if (c.isPresent()) {
          return c;
        }
      }
    }
    for (String x : aliases(a)) {
      for (String y : aliases(b)) {
        Optional<Conversion> c = inverse(y + x, a, b, side);
        if (c.isPresent()) {
          return c;
        }
      }
    }
    List<String> names = new ArrayList<>(quotes.symbols());
    names.sort(null);
    for (String name : names) {
      if (spans(name, a, b)) {
        Optional<Conversion> c = direct(name, a, b, side);
        if (c.isPresent()) {
          return c;
        }
      }
    }
    for (String name : names) {
      if (spans(name, b, a)) {
        Optional<Conversion> c = inverse(name, a, b, side);
        if (c.isPresent()) {
          return c;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Conversion> direct(String symbol, String a, String b, Side side) {
    return quotes
        .quote(symbol)
        .map(
            q ->
                new Conversion(
                    a, b, side, q.price(side), Conversion.Route.DIRECT, List.of(symbol)));
  }

  private Optional<Conversion> inverse(String symbol, String a, String b, Side side) {
    // buying A with B means selling the B/A pair: 1 / bid; selling A means buying B/A: 1 / ask
    return quotes
        .quote(symbol)
        .map(
            q ->
                new Conversion(
                    a,
                    b,
                    side,
                    1 / q.price(side.opposite()),
                    Conversion.Route.INVERSE,
                    List.of(symbol)));
  }

  private static boolean spans(String name, String first, String last) {
    String upper = name.toUpperCase(Locale.ROOT);
    for (String x : aliases(first)) {
      for (String y : aliases(last)) {
        if (upper.length() > x.length() + y.length() && upper.startsWith(x) && upper.endsWith(y)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String canonical(String currency) {
    String c = currency.trim().toUpperCase(Locale.ROOT);
    return c.equals("RUR") ? "RUB" : c;
  }

  private static List<String> aliases(String canonical) {
    return canonical.equals("RUB") ? List.of("RUB", "RUR") : List.of(canonical);
  }
}

package io.github.jmt5.client.calc;

import java.util.List;
import java.util.Objects;

/**
 * How an amount in one currency is turned into another: the rate and the quoted symbols it came
 * from.
 *
 * @param from the currency converted from
 * @param to the currency converted to
 * @param side the side whose prices were used
 * @param rate units of {@code to} per unit of {@code from}
 * @param route how the rate was found
 * @param symbols the symbols whose quotes were used, in order (empty for {@link Route#IDENTITY})
 */
public record Conversion(
    String from, String to, Side side, double rate, Route route, List<String> symbols) {

  /** How a conversion rate was found. */
  public enum Route {
    /** The currencies are the same (RUB and RUR count as the same): the rate is 1. */
    IDENTITY,
    /** A pair quoted as FROM/TO: the ask for a buy, the bid for a sell. */
    DIRECT,
    /** A pair quoted as TO/FROM: 1 / bid for a buy, 1 / ask for a sell. */
    INVERSE,
    /** Two legs through USD, each direct or inverse, both on the same side. */
    VIA_USD
  }

  /**
   * Checks the components and copies the symbol list.
   *
   * @param from the currency converted from
   * @param to the currency converted to
   * @param side the side whose prices were used
   * @param rate units of {@code to} per unit of {@code from}
   * @param route how the rate was found
   * @param symbols the symbols whose quotes were used, in order
   */
  public Conversion {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(route, "route");
    Args.positive(rate, "rate");
    symbols = List.copyOf(symbols);
  }

  /**
   * Converts {@code amount} of {@link #from()} into {@link #to()}.
   *
   * @param amount an amount in {@link #from()}
   * @return {@code amount x rate}
   */
  public double apply(double amount) {
    return amount * rate;
  }
}

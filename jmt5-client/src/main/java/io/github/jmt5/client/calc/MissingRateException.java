package io.github.jmt5.client.calc;

import java.util.List;

/**
 * No quoted symbol connects two currencies, so an amount cannot be converted. The message names the
 * pairs that were looked for; subscribing to one of them (or to the pairs through USD) fixes it.
 */
public final class MissingRateException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** Currency the amount was in. */
  private final String from;

  /** Currency the amount was to be converted to. */
  private final String to;

  /** Symbols that were looked for, none of which had a quote. */
  private final List<String> triedPairs;

  /**
   * Creates the exception.
   *
   * @param from the currency converted from
   * @param to the currency converted to
   * @param triedPairs the pair names looked for, none of which had a quote
   */
  public MissingRateException(String from, String to, List<String> triedPairs) {
    super(
        "no quote converts "
            + from
            + " to "
            + to
            + ": missing "
            + (triedPairs.isEmpty() ? "a pair" : String.join(", ", triedPairs)));
    this.from = from;
    this.to = to;
    this.triedPairs = List.copyOf(triedPairs);
  }

  /** {@return the currency converted from} */
  public String from() {
    return from;
  }

  /** {@return the currency converted to} */
  public String to() {
    return to;
  }

  /** {@return the pair names looked for, none of which had a quote} */
  public List<String> triedPairs() {
    return triedPairs;
  }
}

package io.github.jmt5.client.symbols;

import io.github.jmt5.protocol.Mt5Exception;

/** The account has no symbol of that name. */
public class UnknownSymbolException extends Mt5Exception {
  private static final long serialVersionUID = 1L;

  /** The name that was not found. */
  private final String symbol;

  /**
   * A symbol the account does not have.
   *
   * @param symbol the name that was asked for
   */
  public UnknownSymbolException(String symbol) {
    super("the account has no symbol " + symbol);
    this.symbol = symbol;
  }

  /** {@return the name that was not found} */
  public String symbol() {
    return symbol;
  }
}

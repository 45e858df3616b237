package io.github.jmt5.client.symbols;

import io.github.jmt5.protocol.Mt5Exception;

/** The account has no symbol of that name. */
public class UnknownSymbolException extends Mt5Exception {
  private static final long serialVersionUID = 1L;

  private final String symbol;

  public UnknownSymbolException(String symbol) {
    super("the account has no symbol " + symbol);
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }
}

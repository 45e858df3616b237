package io.github.jmt5.client.calc;

import io.github.jmt5.protocol.message.account.AccountMain;
import java.util.Objects;

/**
 * What the calculations need to know about the account: currency, leverage and the current money
 * figures. The server sends no equity or margin (PROTOCOL.md 6.7); the used margin comes from the
 * caller, who sums it over the open positions and orders.
 *
 * @param currency account currency, e.g. USD
 * @param currencyDigits decimals of the account currency, 0..8
 * @param leverage account leverage 1:N, at least 0
 * @param marginMode account margin mode: 0 retail netting, 1 exchange, 2 retail hedging
 * @param balance balance, finite
 * @param credit credit, finite
 * @param profit floating profit of the open positions, finite
 * @param margin margin already used by open positions and orders, finite and at least 0
 */
public record AccountState(
    String currency,
    int currencyDigits,
    int leverage,
    int marginMode,
    double balance,
    double credit,
    double profit,
    double margin) {

  /**
   * Checks the components.
   *
   * @param currency account currency, e.g. USD
   * @param currencyDigits decimals of the account currency, 0..8
   * @param leverage account leverage 1:N, at least 0
   * @param marginMode account margin mode: 0 retail netting, 1 exchange, 2 retail hedging
   * @param balance balance, finite
   * @param credit credit, finite
   * @param profit floating profit of the open positions, finite
   * @param margin margin already used by open positions and orders, finite and at least 0
   * @throws IllegalArgumentException for a component out of range
   */
  public AccountState {
    Args.currency(Objects.requireNonNull(currency, "currency"), "currency");
    if (currencyDigits < 0 || currencyDigits > 8) {
      throw new IllegalArgumentException("currencyDigits must be 0..8, was " + currencyDigits);
    }
    Args.nonNegative(leverage, "leverage");
    Args.finite(balance, "balance");
    Args.finite(credit, "credit");
    Args.finite(profit, "profit");
    Args.nonNegative(margin, "margin");
  }

  /**
   * The state of an account as the server describes it, with the margin the caller computed.
   *
   * @param main the fixed part of the account body (cmd 3 / cmd 14)
   * @param margin margin used by the open positions and orders, at least 0
   * @return the state, with the floating profit taken from {@code acc_profit}
   */
  public static AccountState of(AccountMain main, double margin) {
    return new AccountState(
        main.accountCurrency(),
        main.currencyDigits(),
        main.marginLeverage(),
        main.marginMode(),
        main.balance(),
        main.credit(),
        main.accProfit(),
        margin);
  }

  /** {@return balance + credit + floating profit} */
  public double equity() {
    return balance + credit + profit;
  }

  /** {@return equity minus the used margin} */
  public double freeMargin() {
    return equity() - margin;
  }

  /** {@return equity / margin × 100, in percent; 0 when no margin is used} */
  public double marginLevel() {
    return margin > 0 ? equity() / margin * 100 : 0;
  }

  /**
   * The same account with another used margin and floating profit.
   *
   * @param newProfit floating profit, finite
   * @param newMargin used margin, at least 0
   * @return the updated state
   */
  public AccountState withMoney(double newProfit, double newMargin) {
    return new AccountState(
        currency, currencyDigits, leverage, marginMode, balance, credit, newProfit, newMargin);
  }
}

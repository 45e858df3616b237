package io.github.jmt5.client.calc;

import io.github.jmt5.protocol.enums.TradeRetcode;
import java.util.Objects;

/**
 * The outcome of a local order check, shaped like MetaTrader 5's {@code MqlTradeCheckResult}. Money
 * figures are in the account currency, rounded to its digits, and describe the account as it would
 * be <b>after</b> the order; when a check before the margin fails they describe the account as it
 * is and the required margin is 0.
 *
 * @param retcode {@link TradeRetcode#OK} when the order passes, else the reason it would be
 *     rejected
 * @param comment what was found, in words
 * @param requiredMargin margin the order needs
 * @param balance account balance
 * @param equity account equity
 * @param profit floating profit
 * @param margin used margin including the order
 * @param freeMargin free margin left after the order
 * @param marginLevel equity / margin × 100 after the order, 0 when no margin is used
 */
public record OrderCheckResult(
    TradeRetcode retcode,
    String comment,
    double requiredMargin,
    double balance,
    double equity,
    double profit,
    double margin,
    double freeMargin,
    double marginLevel) {

  /**
   * Checks the components.
   *
   * @param retcode {@link TradeRetcode#OK} when the order passes, else the reason it would be
   *     rejected
   * @param comment what was found, in words
   * @param requiredMargin margin the order needs
   * @param balance account balance
   * @param equity account equity
   * @param profit floating profit
   * @param margin used margin including the order
   * @param freeMargin free margin left after the order
   * @param marginLevel equity / margin × 100 after the order, 0 when no margin is used
   */
  public OrderCheckResult {
    Objects.requireNonNull(retcode, "retcode");
    Objects.requireNonNull(comment, "comment");
  }

  /** {@return true when the order passed every check} */
  public boolean isOk() {
    return retcode == TradeRetcode.OK;
  }
}

package io.github.jmt5.client.compat;

import io.github.jmt5.protocol.message.account.Account;
import io.github.jmt5.protocol.message.account.AccountMain;

/**
 * The account, as the official {@code account_info()} result.
 *
 * <p>Equity, margin, free margin and margin level are computed by the client from the positions and
 * live prices, as the web terminal does. The web protocol does not carry {@code limitOrders},
 * {@code fifoClose}, {@code marginInitial}, {@code marginMaintenance}, {@code assets}, {@code
 * liabilities} or {@code commissionBlocked}: they are 0 (false).
 *
 * @param login account number
 * @param tradeMode {@code ACCOUNT_TRADE_MODE_*}: 0 demo, 1 contest, 2 real
 * @param leverage 1:leverage
 * @param limitOrders maximum pending orders; 0, not carried
 * @param marginSoMode {@code ACCOUNT_STOPOUT_MODE_*}: 0 percent, 1 money
 * @param tradeAllowed false for investor, read-only or trade-disabled logins
 * @param tradeExpert same as {@code tradeAllowed}: the web terminal has no separate expert switch
 * @param marginMode {@code ACCOUNT_MARGIN_MODE_*}: 0 netting, 1 exchange, 2 hedging
 * @param currencyDigits digits of the account currency
 * @param fifoClose whether positions must be closed first in, first out; false, not carried
 * @param balance balance
 * @param credit credit
 * @param profit floating profit
 * @param equity equity
 * @param margin margin used
 * @param marginFree free margin
 * @param marginLevel margin level, percent (0 without margin)
 * @param marginSoCall margin call level
 * @param marginSoSo stop-out level
 * @param marginInitial margin reserved for pending orders; 0, not carried
 * @param marginMaintenance maintenance margin; 0, not carried
 * @param assets current assets; 0, not carried
 * @param liabilities current liabilities; 0, not carried
 * @param commissionBlocked blocked commission; 0, not carried
 * @param name holder's name
 * @param server trade server name
 * @param currency account currency
 * @param company broker
 */
public record AccountInfo(
    long login,
    int tradeMode,
    long leverage,
    int limitOrders,
    int marginSoMode,
    boolean tradeAllowed,
    boolean tradeExpert,
    int marginMode,
    int currencyDigits,
    boolean fifoClose,
    double balance,
    double credit,
    double profit,
    double equity,
    double margin,
    double marginFree,
    double marginLevel,
    double marginSoCall,
    double marginSoSo,
    double marginInitial,
    double marginMaintenance,
    double assets,
    double liabilities,
    double commissionBlocked,
    String name,
    String server,
    String currency,
    String company) {

  static AccountInfo of(io.github.jmt5.client.account.AccountInfo a, Account raw) {
    AccountMain m = raw.main();
    return new AccountInfo(
        a.login(),
        tradeMode(m.accountType()),
        a.leverage(),
        0,
        m.marginSoMode(),
        a.tradeAllowed(),
        a.tradeAllowed(),
        m.marginMode(),
        a.currencyDigits(),
        false,
        a.balance(),
        a.credit(),
        a.profit(),
        a.equity(),
        a.margin(),
        a.freeMargin(),
        a.marginLevel(),
        a.marginCall(),
        a.stopOut(),
        0,
        0,
        0,
        0,
        0,
        a.name(),
        a.server(),
        a.currency(),
        a.company());
  }

  /** The wire account type (0 real, 1 demo, 2 contest, 3 preliminary) as an official mode. */
  static int tradeMode(int accountType) {
    return switch (accountType) {
      case 1 -> Mt5Constants.ACCOUNT_TRADE_MODE_DEMO;
      case 2 -> Mt5Constants.ACCOUNT_TRADE_MODE_CONTEST;
      default -> Mt5Constants.ACCOUNT_TRADE_MODE_REAL;
    };
  }
}

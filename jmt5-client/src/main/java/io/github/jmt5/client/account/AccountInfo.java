package io.github.jmt5.client.account;

import io.github.jmt5.protocol.message.account.Account;
import io.github.jmt5.protocol.message.account.AccountMain;

/**
 * The account as the web terminal shows it: what the server sends plus what it leaves to the client
 * (PROTOCOL.md 6.7): equity = balance + credit + floating profit, margin from the open positions,
 * free margin = equity − margin, margin level = equity / margin × 100 (0 without margin).
 *
 * @param login account number
 * @param name holder's name
 * @param server trade server name
 * @param company broker
 * @param currency account currency
 * @param currencyDigits digits of the account currency
 * @param leverage 1:leverage
 * @param hedging true for a hedging account, false for netting (or exchange)
 * @param tradeAllowed false for investor, read-only or trade-disabled logins
 * @param balance balance
 * @param credit credit
 * @param profit floating profit of the open positions
 * @param equity equity
 * @param margin margin used by the open positions
 * @param freeMargin free margin
 * @param marginLevel margin level, percent; 0 without margin
 * @param marginCall margin-call level
 * @param stopOut stop-out level
 * @param serverBuild the server's build number
 */
public record AccountInfo(
    long login,
    String name,
    String server,
    String company,
    String currency,
    int currencyDigits,
    int leverage,
    boolean hedging,
    boolean tradeAllowed,
    double balance,
    double credit,
    double profit,
    double equity,
    double margin,
    double freeMargin,
    double marginLevel,
    double marginCall,
    double stopOut,
    int serverBuild) {

  static AccountInfo of(
      long login, Account a, double balance, double credit, double profit, double margin) {
    AccountMain m = a.main();
    double equity = balance + credit + profit;
    return new AccountInfo(
        login,
        m.accountName(),
        m.serverName(),
        m.company(),
        m.accountCurrency(),
        m.currencyDigits(),
        m.marginLeverage(),
        a.isHedging(),
        !(a.isInvestor() || a.isReadOnly() || a.isTradeDisabled()),
        balance,
        credit,
        profit,
        equity,
        margin,
        equity - margin,
        margin > 0 ? equity / margin * 100 : 0,
        m.marginSoCall(),
        m.marginSoSo(),
        m.serverBuild());
  }
}

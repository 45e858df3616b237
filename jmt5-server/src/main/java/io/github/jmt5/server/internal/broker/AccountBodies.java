package io.github.jmt5.server.internal.broker;

import io.github.jmt5.protocol.enums.ExecutionMode;
import io.github.jmt5.protocol.enums.MarginMode;
import io.github.jmt5.protocol.enums.SymbolTradeMode;
import io.github.jmt5.protocol.message.account.Account;
import io.github.jmt5.protocol.message.account.AccountMain;
import io.github.jmt5.protocol.message.account.LeverageRule;
import io.github.jmt5.protocol.message.account.LeverageTier;
import io.github.jmt5.protocol.message.account.TradeSettings;
import io.github.jmt5.server.account.AccountConfig;
import io.github.jmt5.server.market.SymbolCatalog;
import java.util.Collections;
import java.util.List;

/** Builds the cmd 3 / cmd 14 account body of an account. */
public final class AccountBodies {
  /** Server name reported to clients. */
  static final String SERVER_NAME = "jmt5-Emulator";

  /** Company reported to clients. */
  static final String COMPANY = "jmt5 emulator";

  private AccountBodies() {}

  /**
   * {@return the cmd 3 / cmd 14 body of an account}
   *
   * @param a the account
   * @param serverBuild the build reported to clients
   * @param symbolsCount number of symbols the server has
   * @param floatingProfit profit of the open positions, in the account currency
   */
  public static Account of(
      AccountConfig a, int serverBuild, int symbolsCount, double floatingProfit) {
    AccountMain main =
        new AccountMain(
            1,
            0,
            0,
            a.balance(),
            0,
            a.currency(),
            2,
            a.leverage(),
            a.name(),
            serverBuild,
            SERVER_NAME,
            COMPANY,
            0,
            0,
            (a.hedging() ? MarginMode.RETAIL_HEDGING : MarginMode.RETAIL_NETTING).value(),
            0,
            100,
            50,
            0,
            0,
            0,
            floatingProfit,
            0,
            0,
            8,
            a.otpSecret() == null ? 0 : 1);
    // at least one trade-settings record: a zero count is not advanced past by readers
    TradeSettings all =
        new TradeSettings(
            "*",
            0,
            0,
            SymbolTradeMode.FULL.value(),
            0,
            0,
            ExecutionMode.MARKET.value(),
            SymbolCatalog.FILL_FLAGS,
            SymbolCatalog.TIME_FLAGS,
            SymbolCatalog.ORDER_FLAGS,
            0,
            0,
            0,
            7,
            0,
            0,
            0,
            0,
            0,
            0,
            1_000_000L,
            10_000_000_000L,
            1_000_000L,
            0,
            0,
            0,
            0,
            Collections.nCopies(8, 1.0),
            Collections.nCopies(8, 1.0),
            0,
            0,
            0,
            0,
            0,
            0,
            3,
            0,
            10,
            Collections.nCopies(7, 1.0));
    LeverageRule rule =
        new LeverageRule(
            "*", 2, a.currency(), 2, List.of(new LeverageTier(0, Double.MAX_VALUE, 1, 1)));
    return new Account(main, List.of(all), 0, symbolsCount, 0, List.of(rule), List.of());
  }
}

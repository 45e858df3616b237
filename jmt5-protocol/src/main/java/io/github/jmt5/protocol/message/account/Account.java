package io.github.jmt5.protocol.message.account;

import io.github.jmt5.protocol.message.Wire;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The account body of the cmd 3 reply and the cmd 14 push: the fixed {@link AccountMain} followed
 * by optional parts, each read only while bytes remain.
 *
 * <p>The body carries no equity, margin or free margin; clients compute them from positions and
 * prices.
 *
 * @param main the fixed part
 * @param tradeSettings trade settings per symbol group path
 * @param tradeFlags account trade flags
 * @param symbolsCount symbols available to the account; above 256 the symbol list is fetched
 *     compressed
 * @param leverageFlags leverage flags
 * @param leverageRules leverage rules with their tiers
 * @param commissions commission rules with their tiers
 */
public record Account(
    AccountMain main,
    List<TradeSettings> tradeSettings,
    int tradeFlags,
    int symbolsCount,
    long leverageFlags,
    List<LeverageRule> leverageRules,
    List<Commission> commissions) {

  /** Rights bit: trading disabled. */
  public static final int RIGHT_TRADE_DISABLED = 4;

  /** Rights bit: investor (read-only) login. */
  public static final int RIGHT_INVESTOR = 8;

  /** Rights bit: read-only account. */
  public static final int RIGHT_READ_ONLY = 512;

  /** Rights bit: the password must be changed before anything else. */
  public static final int RIGHT_RESET_PASSWORD = 1024;

  /** Permission bit: the risk warning must be shown and accepted (cmd 42). */
  public static final int PERMISSION_RISK_WARNING = 16;

  /**
   * Checks that {@code main} is not null and copies {@code tradeSettings}, {@code leverageRules},
   * {@code commissions} into unmodifiable lists.
   *
   * @param main the fixed part
   * @param tradeSettings trade settings per symbol group path
   * @param tradeFlags account trade flags
   * @param symbolsCount symbols available to the account
   * @param leverageFlags leverage flags
   * @param leverageRules leverage rules with their tiers
   * @param commissions commission rules with their tiers
   * @throws NullPointerException if it is null
   * @throws IllegalArgumentException if there are no trade settings but {@code tradeFlags} is not 0
   */
  public Account {
    Objects.requireNonNull(main, "main");
    tradeSettings = List.copyOf(tradeSettings);
    leverageRules = List.copyOf(leverageRules);
    commissions = List.copyOf(commissions);
    if (tradeSettings.isEmpty() && tradeFlags != 0) {
      // a zero count is not advanced past by readers, so its 4 bytes double as trade_flags
      throw new IllegalArgumentException(
          "an account without trade settings must have tradeFlags 0");
    }
  }

  /**
   * Decodes a whole body. A body that ends after any complete part is valid; a part cut in the
   * middle, or a count that the remaining bytes cannot hold, raises {@link
   * io.github.jmt5.protocol.ProtocolException}.
   *
   * @param r reader over the whole body
   * @return the decoded body
   * @throws io.github.jmt5.protocol.ProtocolException if the body is truncated or a count does not
   *     fit the bytes that follow
   */
  public static Account decode(WireReader r) {
    AccountMain main = AccountMain.read(r, 0);
    int off = AccountMain.SIZE;
    List<TradeSettings> settings = List.of();
    if (r.remaining(off) >= 4) {
      settings =
          Wire.readCounted(r, off, TradeSettings.SIZE, "trade_settings", TradeSettings::read);
      if (!settings.isEmpty()) {
        off += 4 + settings.size() * TradeSettings.SIZE;
      }
    }
    int tradeFlags = 0;
    if (r.remaining(off) >= 4) {
      tradeFlags = r.i32(off, "trade_flags");
      off += 4;
    }
    int symbolsCount = 0;
    if (r.remaining(off) >= 4) {
      symbolsCount = r.i32(off, "symbols_count");
      off += 4;
    }
    long leverageFlags = 0;
    if (r.remaining(off) >= 8) {
      leverageFlags = r.u64(off, "leverage_flags");
      off += 8;
    }
    List<LeverageRule> rules = new ArrayList<>();
    if (r.remaining(off) >= 4) {
      int n =
          r.checkCount(r.i32(off, "leverage_rules"), off + 4, LeverageRule.SIZE, "leverage_rules");
      off += 4;
      for (int i = 0; i < n; i++) {
        LeverageRule head = LeverageRule.read(r, off);
        int tiers = r.i32(off + LeverageRule.SIZE - 4, "tier_count");
        off += LeverageRule.SIZE;
        List<LeverageTier> tierList = readTiers(r, off, tiers);
        off += tierList.size() * LeverageTier.SIZE;
        rules.add(
            new LeverageRule(
                head.path(),
                head.rangeMode(),
                head.rangeCurrency(),
                head.rangeCurrencyDigits(),
                tierList));
      }
    }
    List<Commission> commissions = new ArrayList<>();
    if (r.remaining(off) >= 4) {
      int n = r.count(off, Commission.SIZE + 4, "commissions");
      off += 4;
      for (int i = 0; i < n; i++) {
        Commission head = Commission.read(r, off);
        off += Commission.SIZE;
        List<CommissionTier> tiers =
            Wire.readCounted(r, off, CommissionTier.SIZE, "commission_tiers", CommissionTier::read);
        off += 4 + tiers.size() * CommissionTier.SIZE;
        commissions.add(
            new Commission(
                head.path(),
                head.mode(),
                head.modeRange(),
                head.modeCharge(),
                head.modeCurrency(),
                head.modeEntry(),
                tiers));
      }
    }
    return new Account(main, settings, tradeFlags, symbolsCount, leverageFlags, rules, commissions);
  }

  private static List<LeverageTier> readTiers(WireReader r, int off, int count) {
    int n = r.checkCount(count, off, LeverageTier.SIZE, "tier_count");
    List<LeverageTier> tiers = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      tiers.add(LeverageTier.read(r, off + i * LeverageTier.SIZE));
    }
    return tiers;
  }

  /**
   * Appends the whole body.
   *
   * @param w writer the bytes are appended to
   */
  public void write(WireWriter w) {
    main.write(w);
    w.u32(tradeSettings.size());
    Wire.writeAll(w, tradeSettings, TradeSettings::write);
    if (!tradeSettings.isEmpty()) {
      w.i32(tradeFlags);
    }
    w.i32(symbolsCount);
    w.u64(leverageFlags);
    w.i32(leverageRules.size());
    for (LeverageRule rule : leverageRules) {
      rule.write(w);
      Wire.writeAll(w, rule.tiers(), LeverageTier::write);
    }
    w.u32(commissions.size());
    for (Commission c : commissions) {
      c.write(w);
      Wire.writeCounted(w, c.tiers(), CommissionTier::write);
    }
  }

  /** {@return minimum password length; the wire's 0 means 8} */
  public int effectivePasswordMinimum() {
    return main.authPasswordMin() == 0 ? 8 : main.authPasswordMin();
  }

  /** {@return server time offset from UTC in seconds, daylight saving included} */
  public int serverOffsetSeconds() {
    return main.timezoneShift() + 3600 * main.daylightmode();
  }

  /** {@return true for retail hedging accounts (several positions per symbol)} */
  public boolean isHedging() {
    return main.marginMode() == 2;
  }

  /** {@return true for exchange accounts} */
  public boolean isExchange() {
    return main.marginMode() == 1;
  }

  /** {@return true when the login is an investor (read-only) login, rights bit 8} */
  public boolean isInvestor() {
    return (main.rights() & RIGHT_INVESTOR) != 0;
  }

  /** {@return true when trading is disabled for the account, rights bit 4} */
  public boolean isTradeDisabled() {
    return (main.rights() & RIGHT_TRADE_DISABLED) != 0;
  }

  /** {@return true when the account is read-only, rights bit 512} */
  public boolean isReadOnly() {
    return (main.rights() & RIGHT_READ_ONLY) != 0;
  }

  /** {@return true when the password must be changed before anything else, rights bit 1024} */
  public boolean isPasswordResetRequired() {
    return (main.rights() & RIGHT_RESET_PASSWORD) != 0;
  }

  /** {@return true when the broker asks the user to accept a risk warning (permissions flag)} */
  public boolean isRiskWarningRequired() {
    return (main.permissionsFlags() & PERMISSION_RISK_WARNING) != 0;
  }
}

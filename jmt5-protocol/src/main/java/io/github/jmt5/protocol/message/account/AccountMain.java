package io.github.jmt5.protocol.message.account;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.Objects;

/**
 * The fixed first part of the account body (cmd 3 reply, cmd 14 push).
 *
 * <p>Wire record ACCOUNT_MAIN, 816 bytes. Unsigned 32-bit fields hold their raw bits in an {@code
 * int} and unsigned 64-bit fields in a {@code long}; volumes are lots x 10^8.
 *
 * @param accountType 0 real, 1 demo, 2 contest, 3 preliminary
 * @param rights bit set: 4 trade disabled, 8 investor (read-only) login, 512 read-only, 1024
 *     password reset required
 * @param permissionsFlags bit set: 16 = risk warning must be shown/accepted (cmd 42)
 * @param balance account currency
 * @param credit account currency
 * @param accountCurrency e.g. USD
 * @param currencyDigits decimal digits of the account currency
 * @param marginLeverage leverage 1:N
 * @param accountName owner name
 * @param serverBuild trade server build
 * @param serverName e.g. MetaQuotes-Demo
 * @param company broker company name
 * @param timezoneShift server time zone offset, seconds
 * @param daylightmode 1 = DST active; server offset = timezone_shift + 3600*daylightmode
 * @param marginMode 0 retail netting, 1 exchange, 2 retail hedging
 * @param marginFreeMode margin free mode
 * @param marginSoCall margin call level
 * @param marginSoSo stop-out level
 * @param marginSoMode 0 percent, 1 money
 * @param marginVirtual margin virtual
 * @param marginFreeProfitMode margin free profit mode
 * @param accProfit floating profit
 * @param commissionDaily commission daily
 * @param commissionMonthly commission monthly
 * @param authPasswordMin minimum password length; 0 means 8
 * @param otpStatus TOTP status
 */
public record AccountMain(
    int accountType,
    int rights,
    int permissionsFlags,
    double balance,
    double credit,
    String accountCurrency,
    int currencyDigits,
    int marginLeverage,
    String accountName,
    int serverBuild,
    String serverName,
    String company,
    int timezoneShift,
    int daylightmode,
    int marginMode,
    int marginFreeMode,
    double marginSoCall,
    double marginSoSo,
    int marginSoMode,
    double marginVirtual,
    int marginFreeProfitMode,
    double accProfit,
    double commissionDaily,
    double commissionMonthly,
    int authPasswordMin,
    int otpStatus) {

  /** Size of the record on the wire. */
  public static final int SIZE = 816;

  /** The wire layout. */
  public static final Layout LAYOUT =
      Layout.builder("ACCOUNT_MAIN")
          .u8("account_type")
          .i32("rights")
          .i32("permissions_flags")
          .f64("balance")
          .f64("credit")
          .utf16("account_currency", 64)
          .u32("currency_digits")
          .u32("margin_leverage")
          .utf16("account_name", 256)
          .u16("server_build")
          .utf16("server_name", 128)
          .utf16("company", 256)
          .i32("timezone_shift")
          .i8("daylightmode")
          .u32("margin_mode")
          .u32("margin_free_mode")
          .f64("margin_so_call")
          .f64("margin_so_so")
          .u32("margin_so_mode")
          .f64("margin_virtual")
          .u32("margin_free_profit_mode")
          .f64("acc_profit")
          .f64("commission_daily")
          .f64("commission_monthly")
          .u32("auth_password_min")
          .u32("otp_status")
          .build();

  /**
   * Checks that {@code accountCurrency}, {@code accountName}, {@code serverName} and {@code
   * company} are not null.
   *
   * @param accountType 0 real, 1 demo, 2 contest, 3 preliminary
   * @param rights bit set: 4 trade disabled, 8 investor
   * @param permissionsFlags bit set: 16 = risk warning must be shown/accepted (cmd 42)
   * @param balance account currency
   * @param credit account currency
   * @param accountCurrency e.g. USD
   * @param currencyDigits decimal digits of the account currency
   * @param marginLeverage leverage 1:N
   * @param accountName owner name
   * @param serverBuild trade server build
   * @param serverName e.g. MetaQuotes-Demo
   * @param company broker company name
   * @param timezoneShift server time zone offset, seconds
   * @param daylightmode 1 = DST active; server offset = timezone_shift + 3600*daylightmode
   * @param marginMode 0 retail netting, 1 exchange, 2 retail hedging
   * @param marginFreeMode margin free mode
   * @param marginSoCall margin call level
   * @param marginSoSo stop-out level
   * @param marginSoMode 0 percent, 1 money
   * @param marginVirtual margin virtual
   * @param marginFreeProfitMode margin free profit mode
   * @param accProfit floating profit
   * @param commissionDaily commission daily
   * @param commissionMonthly commission monthly
   * @param authPasswordMin minimum password length; 0 means 8
   * @param otpStatus TOTP status
   * @throws NullPointerException if any of them is null
   */
  public AccountMain {
    Objects.requireNonNull(accountCurrency, "accountCurrency");
    Objects.requireNonNull(accountName, "accountName");
    Objects.requireNonNull(serverName, "serverName");
    Objects.requireNonNull(company, "company");
  }

  /**
   * Reads one record at byte {@code off} of {@code r}.
   *
   * @param r reader over the body
   * @param off byte offset of the record in the body
   * @return the record
   * @throws io.github.jmt5.protocol.ProtocolException if the record runs past the end of the body
   */
  public static AccountMain read(WireReader r, int off) {
    return new AccountMain(
        r.u8(off, "account_type"),
        r.i32(off + 1, "rights"),
        r.i32(off + 5, "permissions_flags"),
        r.f64(off + 9, "balance"),
        r.f64(off + 17, "credit"),
        r.utf16(off + 25, 64, "account_currency"),
        r.u32(off + 89, "currency_digits"),
        r.u32(off + 93, "margin_leverage"),
        r.utf16(off + 97, 256, "account_name"),
        r.u16(off + 353, "server_build"),
        r.utf16(off + 355, 128, "server_name"),
        r.utf16(off + 483, 256, "company"),
        r.i32(off + 739, "timezone_shift"),
        r.i8(off + 743, "daylightmode"),
        r.u32(off + 744, "margin_mode"),
        r.u32(off + 748, "margin_free_mode"),
        r.f64(off + 752, "margin_so_call"),
        r.f64(off + 760, "margin_so_so"),
        r.u32(off + 768, "margin_so_mode"),
        r.f64(off + 772, "margin_virtual"),
        r.u32(off + 780, "margin_free_profit_mode"),
        r.f64(off + 784, "acc_profit"),
        r.f64(off + 792, "commission_daily"),
        r.f64(off + 800, "commission_monthly"),
        r.u32(off + 808, "auth_password_min"),
        r.u32(off + 812, "otp_status"));
  }

  /**
   * Appends this record, exactly {@link #SIZE} bytes.
   *
   * @param w writer the bytes are appended to
   */
  public void write(WireWriter w) {
    w.u8(accountType);
    w.i32(rights);
    w.i32(permissionsFlags);
    w.f64(balance);
    w.f64(credit);
    w.utf16(accountCurrency, 64);
    w.u32(currencyDigits);
    w.u32(marginLeverage);
    w.utf16(accountName, 256);
    w.u16(serverBuild);
    w.utf16(serverName, 128);
    w.utf16(company, 256);
    w.i32(timezoneShift);
    w.i8(daylightmode);
    w.u32(marginMode);
    w.u32(marginFreeMode);
    w.f64(marginSoCall);
    w.f64(marginSoSo);
    w.u32(marginSoMode);
    w.f64(marginVirtual);
    w.u32(marginFreeProfitMode);
    w.f64(accProfit);
    w.f64(commissionDaily);
    w.f64(commissionMonthly);
    w.u32(authPasswordMin);
    w.u32(otpStatus);
  }
}

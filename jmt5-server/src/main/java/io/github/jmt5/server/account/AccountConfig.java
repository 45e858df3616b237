package io.github.jmt5.server.account;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An account the emulator serves.
 *
 * @param login account number
 * @param password master password (copied; never printed)
 * @param name owner name
 * @param balance starting balance
 * @param currency account currency, e.g. USD
 * @param hedging true for a hedging account, false for netting
 * @param leverage leverage 1:N
 * @param otpSecret base32 TOTP secret when two-factor login is on, else null
 */
// a char array keeps the password out of the string pool; equals, hashCode and toString handle it
@SuppressWarnings("ArrayRecordComponent")
public record AccountConfig(
    long login,
    char[] password,
    String name,
    double balance,
    String currency,
    boolean hedging,
    int leverage,
    @Nullable String otpSecret) {

  /**
   * Checks the components and copies the password.
   *
   * @param login account number
   * @param password master password (copied; never printed)
   * @param name owner name
   * @param balance starting balance
   * @param currency account currency, e.g. USD
   * @param hedging true for a hedging account, false for netting
   * @param leverage leverage 1:N
   * @param otpSecret base32 TOTP secret when two-factor login is on, else null
   * @throws NullPointerException if any of them is null
   * @throws IllegalArgumentException if {@code login} is not positive, {@code leverage} is below 1
   *     or {@code balance} is negative or NaN
   */
  public AccountConfig {
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(currency, "currency");
    if (login <= 0) {
      throw new IllegalArgumentException("login must be positive, was " + login);
    }
    if (leverage < 1) {
      throw new IllegalArgumentException("leverage must be at least 1, was " + leverage);
    }
    if (!(balance >= 0)) {
      throw new IllegalArgumentException("balance must be a non-negative number, was " + balance);
    }
    password = password.clone();
  }

  /**
   * {@return a hedging USD account with leverage 100}
   *
   * @param login the login, positive
   * @param password the master password
   * @param balance starting balance in USD, at least 0
   */
  public static AccountConfig of(long login, String password, double balance) {
    return new AccountConfig(
        login, password.toCharArray(), "Demo " + login, balance, "USD", true, 100, null);
  }

  /**
   * Parses {@code LOGIN:PASSWORD[:BALANCE[:CURRENCY[:hedging|netting[:LEVERAGE]]]]}.
   *
   * @param spec the account as given on the command line, e.g. {@code
   *     50001:secret:10000:EUR:netting:30}
   * @return the account
   * @throws IllegalArgumentException naming the part that is wrong
   */
  public static AccountConfig parse(String spec) {
    String[] p = spec.split(":", -1);
    if (p.length < 2 || p.length > 6) {
      throw new IllegalArgumentException(
          "account must be LOGIN:PASSWORD[:BALANCE[:CURRENCY[:hedging|netting[:LEVERAGE]]]]");
    }
    long login = parseLong(p[0], "login");
    double balance = p.length > 2 ? parseDouble(p[2]) : 10_000;
    String currency = p.length > 3 ? p[3] : "USD";
    if (!currency.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("currency must be three capital letters, was " + currency);
    }
    boolean hedging = true;
    if (p.length > 4) {
      hedging =
          switch (p[4]) {
            case "hedging" -> true;
            case "netting" -> false;
            default ->
                throw new IllegalArgumentException(
                    "margin mode must be hedging or netting, was " + p[4]);
          };
    }
    int leverage = p.length > 5 ? (int) parseLong(p[5], "leverage") : 100;
    return new AccountConfig(
        login, p[1].toCharArray(), "Demo " + login, balance, currency, hedging, leverage, null);
  }

  /**
   * {@return a copy with two-factor login on}
   *
   * @param base32Secret the TOTP secret, base32
   */
  public AccountConfig withOtpSecret(String base32Secret) {
    return new AccountConfig(
        login, password, name, balance, currency, hedging, leverage, base32Secret);
  }

  /**
   * Constant-time comparison with a candidate password.
   *
   * @param candidate the password a client sent
   * @return {@code true} when it equals the master password
   */
  public boolean passwordMatches(CharSequence candidate) {
    int diff = candidate.length() ^ password.length;
    for (int i = 0; i < password.length; i++) {
      diff |= password[i] ^ (i < candidate.length() ? candidate.charAt(i) : 0);
    }
    return diff == 0;
  }

  private static long parseLong(String s, String what) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + " must be a whole number, was " + s, e);
    }
  }

  private static double parseDouble(String s) {
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("balance must be a number, was " + s, e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AccountConfig a
        && a.login == login
        && Arrays.equals(a.password, password)
        && a.name.equals(name)
        && Double.compare(a.balance, balance) == 0
        && a.currency.equals(currency)
        && a.hedging == hedging
        && a.leverage == leverage
        && Objects.equals(a.otpSecret, otpSecret);
  }

  @Override
  public int hashCode() {
    return Objects.hash(login, name, balance, currency, hedging, leverage);
  }

  /** The password and OTP secret are masked. */
  @Override
  public String toString() {
    return "AccountConfig[login="
        + login
        + ", password=***, name="
        + name
        + ", balance="
        + balance
        + ", currency="
        + currency
        + ", hedging="
        + hedging
        + ", leverage="
        + leverage
        + ", otp="
        + (otpSecret == null ? "off" : "on")
        + "]";
  }
}

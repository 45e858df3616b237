package io.github.jmt5.client.onboarding;

import java.util.Arrays;
import java.util.Objects;

/**
 * An account opened through {@link Onboarding}: its number and both passwords, which the server
 * shows only once, so the caller must store them. The passwords are {@code char[]} (never {@link
 * String}s); {@link #clear()} overwrites them and {@link #toString()} masks them.
 *
 * <p>The arrays are the record's own, not copies; equality is that of the arrays' identity.
 *
 * @param login the new account number
 * @param password the master (trading) password
 * @param investorPassword the investor (read-only) password
 */
@SuppressWarnings("ArrayRecordComponent") // char[] so the passwords can be overwritten
public record NewAccount(long login, char[] password, char[] investorPassword) {
  /**
   * Checks the components.
   *
   * @param login the new account number
   * @param password the master (trading) password
   * @param investorPassword the investor (read-only) password
   */
  public NewAccount {
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(investorPassword, "investorPassword");
  }

  /** Overwrites both passwords with NUL characters. */
  public void clear() {
    Arrays.fill(password, '\0');
    Arrays.fill(investorPassword, '\0');
  }

  @Override
  public String toString() {
    return "NewAccount[login=" + login + ", password=***, investorPassword=***]";
  }
}

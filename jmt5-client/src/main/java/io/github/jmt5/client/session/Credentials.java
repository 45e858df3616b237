package io.github.jmt5.client.session;

import java.util.Arrays;
import java.util.Objects;

/**
 * An account number and its password (or a saved credential: 320 hex characters from a previous
 * login). The password is kept as a {@code char[]} copy that {@link #clear()} overwrites; it is
 * never part of {@link #toString()} and never logged.
 */
public final class Credentials {
  private final long login;
  private final char[] password;

  private Credentials(long login, char[] password) {
    this.login = login;
    this.password = password;
  }

  /**
   * {@return credentials for an account}
   *
   * @param login the account number, positive
   * @param password copied; the caller may clear its array afterwards
   */
  public static Credentials of(long login, char[] password) {
    if (login <= 0) {
      throw new IllegalArgumentException("login must be a positive account number, was " + login);
    }
    Objects.requireNonNull(password, "password");
    if (password.length == 0) {
      throw new IllegalArgumentException("password must not be empty");
    }
    return new Credentials(login, password.clone());
  }

  /** {@return the account login} */
  public long login() {
    return login;
  }

  /** The password's characters, for the login payload only. */
  CharSequence password() {
    return java.nio.CharBuffer.wrap(password);
  }

  /** Overwrites the password; a later login with these credentials is refused locally. */
  public void clear() {
    Arrays.fill(password, '\0');
  }

  boolean isCleared() {
    for (char c : password) {
      if (c != '\0') {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "Credentials[login=" + login + ", password=***]";
  }
}

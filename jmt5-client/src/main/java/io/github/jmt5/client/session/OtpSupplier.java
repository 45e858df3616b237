package io.github.jmt5.client.session;

/**
 * Gives the current one-time password of an account with 2FA. Called on every login, including each
 * reconnect, because TOTP codes change every 30 seconds.
 */
@FunctionalInterface
public interface OtpSupplier {
  /**
   * {@return the code for {@code login}, or an empty array to send none}
   *
   * @param login the account logging in
   */
  char[] otp(long login);
}

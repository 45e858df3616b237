package io.github.jmt5.client.session;

/**
 * Gives the current one-time password of an account with 2FA. Called on every login, including each
 * reconnect, because TOTP codes change every 30 seconds.
 */
@FunctionalInterface
public interface OtpSupplier {
  /** The code for {@code login}, or an empty array to send none. */
  char[] otp(long login);
}

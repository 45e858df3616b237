package io.github.jmt5.client.session;

import io.github.jmt5.protocol.crypto.ClientId;
import io.github.jmt5.protocol.wire.Bytes;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who logs in. Defaults: no one-time password, a client id made from this JVM's OS name and a
 * random number (pass a stable {@link #withClientId(Bytes)} so the broker sees one device across
 * runs).
 */
public final class LoginOptions {
  private final Credentials credentials;
  private final @Nullable OtpSupplier otp;
  private final Bytes clientId;

  private LoginOptions(Credentials credentials, @Nullable OtpSupplier otp, Bytes clientId) {
    this.credentials = credentials;
    this.otp = otp;
    this.clientId = clientId;
  }

  public static LoginOptions of(Credentials credentials) {
    return new LoginOptions(
        Objects.requireNonNull(credentials, "credentials"), null, ClientId.random());
  }

  /** Asks {@code otp} for a one-time password on every login (accounts with 2FA). */
  public LoginOptions withOtp(OtpSupplier otp) {
    return new LoginOptions(credentials, Objects.requireNonNull(otp, "otp"), clientId);
  }

  /**
   * Sets the 16-byte client id the broker sees as this device.
   *
   * @param clientId 16 bytes, see {@link ClientId}
   */
  public LoginOptions withClientId(Bytes clientId) {
    if (clientId.length() != 16) {
      throw new IllegalArgumentException("clientId must be 16 bytes, was " + clientId.length());
    }
    return new LoginOptions(credentials, otp, clientId);
  }

  public Credentials credentials() {
    return credentials;
  }

  public @Nullable OtpSupplier otp() {
    return otp;
  }

  public Bytes clientId() {
    return clientId;
  }

  @Override
  public String toString() {
    return "LoginOptions[" + credentials + ", otp=" + (otp != null) + "]";
  }
}

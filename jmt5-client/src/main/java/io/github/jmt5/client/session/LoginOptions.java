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

  /**
   * {@return options for {@code credentials}, without OTP and with a random client id}
   *
   * @param credentials login and password
   */
  public static LoginOptions of(Credentials credentials) {
    return new LoginOptions(
        Objects.requireNonNull(credentials, "credentials"), null, ClientId.random());
  }

  /**
   * Logs in to another account, keeping the OTP supplier and the client id (the same device).
   *
   * @param credentials login and password of the other account
   * @return a copy with those credentials
   */
  public LoginOptions withCredentials(Credentials credentials) {
    return new LoginOptions(Objects.requireNonNull(credentials, "credentials"), otp, clientId);
  }

  /**
   * Asks {@code otp} for a one-time password on every login (accounts with 2FA).
   *
   * @param otp asked for a code on every login
   * @return a copy with that supplier
   */
  public LoginOptions withOtp(OtpSupplier otp) {
    return new LoginOptions(credentials, Objects.requireNonNull(otp, "otp"), clientId);
  }

  /**
   * Sets the 16-byte client id the broker sees as this device.
   *
   * @param clientId 16 bytes, see {@link ClientId}
   * @return a copy with that client id
   * @throws IllegalArgumentException if {@code clientId} is not 16 bytes
   */
  public LoginOptions withClientId(Bytes clientId) {
    if (clientId.length() != 16) {
      throw new IllegalArgumentException("clientId must be 16 bytes, was " + clientId.length());
    }
    return new LoginOptions(credentials, otp, clientId);
  }

  /** {@return the login and password} */
  public Credentials credentials() {
    return credentials;
  }

  /** {@return the one-time-password supplier, or {@code null} for accounts without 2FA} */
  public @Nullable OtpSupplier otp() {
    return otp;
  }

  /** {@return the 16-byte client id} */
  public Bytes clientId() {
    return clientId;
  }

  @Override
  public String toString() {
    return "LoginOptions[" + credentials + ", otp=" + (otp != null) + "]";
  }
}

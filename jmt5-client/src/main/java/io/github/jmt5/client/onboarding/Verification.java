package io.github.jmt5.client.onboarding;

import io.github.jmt5.protocol.message.onboarding.VerificationResponse;

/**
 * The server's answer to a verification step: after cmd 27, which codes it requires (and has sent
 * by e-mail or SMS); after cmd 40, which of the submitted codes it accepted.
 *
 * @param email e-mail code required / accepted
 * @param phone SMS code required / accepted
 */
public record Verification(boolean email, boolean phone) {
  /**
   * From the wire record: a non-zero flag is true.
   *
   * @param r the cmd 27 or cmd 40 reply record
   * @return the verification
   */
  public static Verification of(VerificationResponse r) {
    return new Verification(r.email() != 0, r.phone() != 0);
  }

  /** {@return true when any code is required (after cmd 27)} */
  public boolean anyRequired() {
    return email || phone;
  }
}

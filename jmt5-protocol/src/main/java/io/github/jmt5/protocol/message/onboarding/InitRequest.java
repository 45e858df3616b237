package io.github.jmt5.protocol.message.onboarding;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.message.Redaction;
import io.github.jmt5.protocol.wire.Bytes;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.Objects;

/**
 * The cmd 29 init request sent first on onboarding sockets.
 *
 * <p>Wire record INIT_REQ, 744 bytes. Unsigned 32-bit fields hold their raw bits in an {@code int}
 * and unsigned 64-bit fields in a {@code long}; volumes are lots x 10^8.
 *
 * @param version 0
 * @param password first 32 chars (web terminal sends empty)
 * @param otp first 64 chars (web terminal sends empty)
 * @param cid client id
 * @param reservedUtmCampaign always empty
 * @param reservedUtmSource always empty
 * @param reservedLeadCookieId always 0
 * @param reservedLeadAffiliateSite always empty
 * @param reservedUrlLength always 0
 * @param reservedUrl always empty
 * @param reservedLogin always 0
 */
public record InitRequest(
    int version,
    String password,
    String otp,
    Bytes cid,
    String reservedUtmCampaign,
    String reservedUtmSource,
    long reservedLeadCookieId,
    String reservedLeadAffiliateSite,
    int reservedUrlLength,
    String reservedUrl,
    long reservedLogin) {

  /** Size of the record on the wire. */
  public static final int SIZE = 744;

  /** The wire layout. */
  public static final Layout LAYOUT =
      Layout.builder("INIT_REQ")
          .u32("version")
          .utf16("password", 64)
          .utf16("otp", 128)
          .bytes("cid", 16)
          .utf16("reserved_utm_campaign", 64)
          .utf16("reserved_utm_source", 64)
          .u64("reserved_lead_cookie_id")
          .utf16("reserved_lead_affiliate_site", 128)
          .u32("reserved_url_length")
          .utf16("reserved_url", 256)
          .u64("reserved_login")
          .build();

  /**
   * Checks that {@code password}, {@code otp}, {@code cid}, {@code reservedUtmCampaign}, {@code
   * reservedUtmSource}, {@code reservedLeadAffiliateSite} and {@code reservedUrl} are not null.
   *
   * @param version 0
   * @param password first 32 chars (web terminal sends empty)
   * @param otp first 64 chars (web terminal sends empty)
   * @param cid client id
   * @param reservedUtmCampaign always empty
   * @param reservedUtmSource always empty
   * @param reservedLeadCookieId always 0
   * @param reservedLeadAffiliateSite always empty
   * @param reservedUrlLength always 0
   * @param reservedUrl always empty
   * @param reservedLogin always 0
   * @throws NullPointerException if any of them is null
   */
  public InitRequest {
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(otp, "otp");
    Objects.requireNonNull(cid, "cid");
    Objects.requireNonNull(reservedUtmCampaign, "reservedUtmCampaign");
    Objects.requireNonNull(reservedUtmSource, "reservedUtmSource");
    Objects.requireNonNull(reservedLeadAffiliateSite, "reservedLeadAffiliateSite");
    Objects.requireNonNull(reservedUrl, "reservedUrl");
  }

  /**
   * Reads one record at byte {@code off} of {@code r}.
   *
   * @param r reader over the body
   * @param off byte offset of the record in the body
   * @return the record
   * @throws io.github.jmt5.protocol.ProtocolException if the record runs past the end of the body
   */
  public static InitRequest read(WireReader r, int off) {
    return new InitRequest(
        r.u32(off, "version"),
        r.utf16(off + 4, 64, "password"),
        r.utf16(off + 68, 128, "otp"),
        r.bytes(off + 196, 16, "cid"),
        r.utf16(off + 212, 64, "reserved_utm_campaign"),
        r.utf16(off + 276, 64, "reserved_utm_source"),
        r.u64(off + 340, "reserved_lead_cookie_id"),
        r.utf16(off + 348, 128, "reserved_lead_affiliate_site"),
        r.u32(off + 476, "reserved_url_length"),
        r.utf16(off + 480, 256, "reserved_url"),
        r.u64(off + 736, "reserved_login"));
  }

  /**
   * Appends this record, exactly {@link #SIZE} bytes.
   *
   * @param w writer the bytes are appended to
   */
  public void write(WireWriter w) {
    w.u32(version);
    w.utf16(password, 64);
    w.utf16(otp, 128);
    w.bytes(cid, 16);
    w.utf16(reservedUtmCampaign, 64);
    w.utf16(reservedUtmSource, 64);
    w.u64(reservedLeadCookieId);
    w.utf16(reservedLeadAffiliateSite, 128);
    w.u32(reservedUrlLength);
    w.utf16(reservedUrl, 256);
    w.u64(reservedLogin);
  }

  /** Secrets are masked: this text may end up in logs. */
  @Override
  public String toString() {
    return "InitRequest["
        + "version="
        + version
        + ", password="
        + Redaction.mask(password)
        + ", otp="
        + Redaction.mask(otp)
        + ", cid="
        + cid
        + ", reservedUtmCampaign="
        + reservedUtmCampaign
        + ", reservedUtmSource="
        + reservedUtmSource
        + ", reservedLeadCookieId="
        + reservedLeadCookieId
        + ", reservedLeadAffiliateSite="
        + reservedLeadAffiliateSite
        + ", reservedUrlLength="
        + reservedUrlLength
        + ", reservedUrl="
        + reservedUrl
        + ", reservedLogin="
        + reservedLogin
        + "]";
  }
}

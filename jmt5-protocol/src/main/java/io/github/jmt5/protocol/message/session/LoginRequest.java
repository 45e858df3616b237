package io.github.jmt5.protocol.message.session;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.message.Redaction;
import io.github.jmt5.protocol.wire.Bytes;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.Objects;

/**
 * The cmd 28 login request.
 *
 * <p>Wire record LOGIN_REQ, 912 bytes. Unsigned 32-bit fields hold their raw bits in an {@code int}
 * and unsigned 64-bit fields in a {@code long}; volumes are lots x 10^8.
 *
 * @param version client version; the web terminal sends 0
 * @param password plain password, first 32 chars; empty string when a 160-byte password blob is
 *     sent instead
 * @param otp one-time password (TOTP), first 64 chars, empty if none
 * @param cid client id: first 16 bytes of SHA-1(device string), see 5.3
 * @param utmCampaign marketing tag from the page URL, first 32 chars (normally empty)
 * @param utmSource marketing tag from the page URL, first 32 chars (normally empty)
 * @param leadCookieId affiliate cookie id (normally 0)
 * @param leadAffiliateSite affiliate site, first 64 chars (normally empty)
 * @param urlLength min(len(url), 128) in UTF-16 code units
 * @param url first 128 chars of the embedding page's host name (document.referrer host); normally
 *     empty
 * @param login account number
 * @param passwordBlob 160-byte saved-credential blob (see 5.4) or 160 zero bytes when a plain
 *     password is used
 * @param session session id returned by a previous login of the same account (0 if none)
 */
public record LoginRequest(
    int version,
    String password,
    String otp,
    Bytes cid,
    String utmCampaign,
    String utmSource,
    long leadCookieId,
    String leadAffiliateSite,
    int urlLength,
    String url,
    long login,
    Bytes passwordBlob,
    long session) {

  /** Size of the record on the wire. */
  public static final int SIZE = 912;

  /** The wire layout. */
  public static final Layout LAYOUT =
      Layout.builder("LOGIN_REQ")
          .u32("version")
          .utf16("password", 64)
          .utf16("otp", 128)
          .bytes("cid", 16)
          .utf16("utm_campaign", 64)
          .utf16("utm_source", 64)
          .u64("lead_cookie_id")
          .utf16("lead_affiliate_site", 128)
          .u32("url_length")
          .utf16("url", 256)
          .u64("login")
          .bytes("password_blob", 160)
          .u64("session")
          .build();

  /**
   * Checks that {@code password}, {@code otp}, {@code cid}, {@code utmCampaign}, {@code utmSource},
   * {@code leadAffiliateSite}, {@code url} and {@code passwordBlob} are not null.
   *
   * @param version client version; the web terminal sends 0
   * @param password plain password, first 32 chars
   * @param otp one-time password (TOTP), first 64 chars, empty if none
   * @param cid client id: first 16 bytes of SHA-1(device string), see 5.3
   * @param utmCampaign marketing tag from the page URL, first 32 chars (normally empty)
   * @param utmSource marketing tag from the page URL, first 32 chars (normally empty)
   * @param leadCookieId affiliate cookie id (normally 0)
   * @param leadAffiliateSite affiliate site, first 64 chars (normally empty)
   * @param urlLength min(len(url), 128) in UTF-16 code units
   * @param url first 128 chars of the embedding page's host name (document.referrer host)
   * @param login account number
   * @param passwordBlob 160-byte saved-credential blob
   * @param session session id returned by a previous login of the same account
   * @throws NullPointerException if any of them is null
   */
  public LoginRequest {
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(otp, "otp");
    Objects.requireNonNull(cid, "cid");
    Objects.requireNonNull(utmCampaign, "utmCampaign");
    Objects.requireNonNull(utmSource, "utmSource");
    Objects.requireNonNull(leadAffiliateSite, "leadAffiliateSite");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(passwordBlob, "passwordBlob");
  }

  /**
   * Reads one record at byte {@code off} of {@code r}.
   *
   * @param r reader over the body
   * @param off byte offset of the record in the body
   * @return the record
   * @throws io.github.jmt5.protocol.ProtocolException if the record runs past the end of the body
   */
  public static LoginRequest read(WireReader r, int off) {
    return new LoginRequest(
        r.u32(off, "version"),
        r.utf16(off + 4, 64, "password"),
        r.utf16(off + 68, 128, "otp"),
        r.bytes(off + 196, 16, "cid"),
        r.utf16(off + 212, 64, "utm_campaign"),
        r.utf16(off + 276, 64, "utm_source"),
        r.u64(off + 340, "lead_cookie_id"),
        r.utf16(off + 348, 128, "lead_affiliate_site"),
        r.u32(off + 476, "url_length"),
        r.utf16(off + 480, 256, "url"),
        r.u64(off + 736, "login"),
        r.bytes(off + 744, 160, "password_blob"),
        r.u64(off + 904, "session"));
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
    w.utf16(utmCampaign, 64);
    w.utf16(utmSource, 64);
    w.u64(leadCookieId);
    w.utf16(leadAffiliateSite, 128);
    w.u32(urlLength);
    w.utf16(url, 256);
    w.u64(login);
    w.bytes(passwordBlob, 160);
    w.u64(session);
  }

  /** Secrets are masked: this text may end up in logs. */
  @Override
  public String toString() {
    return "LoginRequest["
        + "version="
        + version
        + ", password="
        + Redaction.mask(password)
        + ", otp="
        + Redaction.mask(otp)
        + ", cid="
        + cid
        + ", utmCampaign="
        + utmCampaign
        + ", utmSource="
        + utmSource
        + ", leadCookieId="
        + leadCookieId
        + ", leadAffiliateSite="
        + leadAffiliateSite
        + ", urlLength="
        + urlLength
        + ", url="
        + url
        + ", login="
        + login
        + ", passwordBlob="
        + Redaction.mask(passwordBlob)
        + ", session="
        + session
        + "]";
  }
}

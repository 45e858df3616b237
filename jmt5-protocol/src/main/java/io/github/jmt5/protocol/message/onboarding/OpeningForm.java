package io.github.jmt5.protocol.message.onboarding;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.message.Redaction;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.Objects;

/**
 * The account-opening base block sent by cmd 30 and cmd 40 and embedded in cmd 27 and cmd 39.
 *
 * <p>Wire record OPEN_BASE, 1664 bytes. Unsigned 32-bit fields hold their raw bits in an {@code
 * int} and unsigned 64-bit fields in a {@code long}; volumes are lots x 10^8.
 *
 * @param fullName first_name + ' ' + second_name, first 128 chars
 * @param group account group requested, first 64 chars
 * @param phonePassword first 32 chars
 * @param country first 32 chars
 * @param city first 32 chars
 * @param state first 32 chars
 * @param zipcode first 16 chars
 * @param address first 128 chars
 * @param phone first 32 chars
 * @param email first 64 chars
 * @param deposit initial deposit (web terminal default 100000)
 * @param leverage leverage 1:N (web terminal default 100)
 * @param reserved0 always 0
 * @param reserved1 always 1
 * @param domain first 64 chars
 * @param utmCampaign first 32 chars
 * @param utmSource first 32 chars
 * @param emailConfirmCode e-mail verification code (0 if not yet known)
 * @param phoneConfirmCode SMS verification code (0 if not yet known)
 * @param firstName first 64 chars
 * @param secondName first 64 chars
 * @param agreements bit set of accepted agreements
 */
public record OpeningForm(
    String fullName,
    String group,
    String phonePassword,
    String country,
    String city,
    String state,
    String zipcode,
    String address,
    String phone,
    String email,
    double deposit,
    int leverage,
    int reserved0,
    int reserved1,
    String domain,
    String utmCampaign,
    String utmSource,
    int emailConfirmCode,
    int phoneConfirmCode,
    String firstName,
    String secondName,
    int agreements) {

  /** Size of the record on the wire. */
  public static final int SIZE = 1664;

  /** The wire layout. */
  public static final Layout LAYOUT =
      Layout.builder("OPEN_BASE")
          .utf16("full_name", 256)
          .utf16("group", 128)
          .utf16("phone_password", 64)
          .utf16("country", 64)
          .utf16("city", 64)
          .utf16("state", 64)
          .utf16("zipcode", 32)
          .utf16("address", 256)
          .utf16("phone", 64)
          .utf16("email", 128)
          .f64("deposit")
          .u32("leverage")
          .u32("reserved0")
          .u32("reserved1")
          .utf16("domain", 128)
          .utf16("utm_campaign", 64)
          .utf16("utm_source", 64)
          .u32("email_confirm_code")
          .u32("phone_confirm_code")
          .utf16("first_name", 128)
          .utf16("second_name", 128)
          .u32("agreements")
          .build();

  /**
   * Checks that {@code fullName}, {@code group}, {@code phonePassword}, {@code country}, {@code
   * city}, {@code state}, {@code zipcode}, {@code address}, {@code phone}, {@code email}, {@code
   * domain}, {@code utmCampaign}, {@code utmSource}, {@code firstName} and {@code secondName} are
   * not null.
   *
   * @param fullName first_name + ' ' + second_name, first 128 chars
   * @param group account group requested, first 64 chars
   * @param phonePassword first 32 chars
   * @param country first 32 chars
   * @param city first 32 chars
   * @param state first 32 chars
   * @param zipcode first 16 chars
   * @param address first 128 chars
   * @param phone first 32 chars
   * @param email first 64 chars
   * @param deposit initial deposit (web terminal default 100000)
   * @param leverage leverage 1:N (web terminal default 100)
   * @param reserved0 always 0
   * @param reserved1 always 1
   * @param domain first 64 chars
   * @param utmCampaign first 32 chars
   * @param utmSource first 32 chars
   * @param emailConfirmCode e-mail verification code (0 if not yet known)
   * @param phoneConfirmCode SMS verification code (0 if not yet known)
   * @param firstName first 64 chars
   * @param secondName first 64 chars
   * @param agreements bit set of accepted agreements
   * @throws NullPointerException if any of them is null
   */
  public OpeningForm {
    Objects.requireNonNull(fullName, "fullName");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(phonePassword, "phonePassword");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(zipcode, "zipcode");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(utmCampaign, "utmCampaign");
    Objects.requireNonNull(utmSource, "utmSource");
    Objects.requireNonNull(firstName, "firstName");
    Objects.requireNonNull(secondName, "secondName");
  }

  /**
   * Reads one record at byte {@code off} of {@code r}.
   *
   * @param r reader over the body
   * @param off byte offset of the record in the body
   * @return the record
   * @throws io.github.jmt5.protocol.ProtocolException if the record runs past the end of the body
   */
  public static OpeningForm read(WireReader r, int off) {
    return new OpeningForm(
        r.utf16(off, 256, "full_name"),
        r.utf16(off + 256, 128, "group"),
        r.utf16(off + 384, 64, "phone_password"),
        r.utf16(off + 448, 64, "country"),
        r.utf16(off + 512, 64, "city"),
        r.utf16(off + 576, 64, "state"),
        r.utf16(off + 640, 32, "zipcode"),
        r.utf16(off + 672, 256, "address"),
        r.utf16(off + 928, 64, "phone"),
        r.utf16(off + 992, 128, "email"),
        r.f64(off + 1120, "deposit"),
        r.u32(off + 1128, "leverage"),
        r.u32(off + 1132, "reserved0"),
        r.u32(off + 1136, "reserved1"),
        r.utf16(off + 1140, 128, "domain"),
        r.utf16(off + 1268, 64, "utm_campaign"),
        r.utf16(off + 1332, 64, "utm_source"),
        r.u32(off + 1396, "email_confirm_code"),
        r.u32(off + 1400, "phone_confirm_code"),
        r.utf16(off + 1404, 128, "first_name"),
        r.utf16(off + 1532, 128, "second_name"),
        r.u32(off + 1660, "agreements"));
  }

  /**
   * Appends this record, exactly {@link #SIZE} bytes.
   *
   * @param w writer the bytes are appended to
   */
  public void write(WireWriter w) {
    w.utf16(fullName, 256);
    w.utf16(group, 128);
    w.utf16(phonePassword, 64);
    w.utf16(country, 64);
    w.utf16(city, 64);
    w.utf16(state, 64);
    w.utf16(zipcode, 32);
    w.utf16(address, 256);
    w.utf16(phone, 64);
    w.utf16(email, 128);
    w.f64(deposit);
    w.u32(leverage);
    w.u32(reserved0);
    w.u32(reserved1);
    w.utf16(domain, 128);
    w.utf16(utmCampaign, 64);
    w.utf16(utmSource, 64);
    w.u32(emailConfirmCode);
    w.u32(phoneConfirmCode);
    w.utf16(firstName, 128);
    w.utf16(secondName, 128);
    w.u32(agreements);
  }

  /** Secrets are masked: this text may end up in logs. */
  @Override
  public String toString() {
    return "OpeningForm["
        + "fullName="
        + fullName
        + ", group="
        + group
        + ", phonePassword="
        + Redaction.mask(phonePassword)
        + ", country="
        + country
        + ", city="
        + city
        + ", state="
        + state
        + ", zipcode="
        + zipcode
        + ", address="
        + address
        + ", phone="
        + phone
        + ", email="
        + email
        + ", deposit="
        + deposit
        + ", leverage="
        + leverage
        + ", reserved0="
        + reserved0
        + ", reserved1="
        + reserved1
        + ", domain="
        + domain
        + ", utmCampaign="
        + utmCampaign
        + ", utmSource="
        + utmSource
        + ", emailConfirmCode="
        + emailConfirmCode
        + ", phoneConfirmCode="
        + phoneConfirmCode
        + ", firstName="
        + firstName
        + ", secondName="
        + secondName
        + ", agreements="
        + agreements
        + "]";
  }
}

package io.github.jmt5.protocol.message.onboarding;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.wire.Bytes;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.Objects;

/**
 * The personal details appended to the opening form for a real account (cmd 39).
 *
 * <p>Wire record REAL_EXTRA, 1284 bytes. Unsigned 32-bit fields hold their raw bits in an {@code
 * int} and unsigned 64-bit fields in a {@code long}; volumes are lots x 10^8.
 *
 * @param firstName first name
 * @param secondName second name
 * @param middleName middle name
 * @param birthDate FILETIME, value given as Unix ms
 * @param gender gender
 * @param language language
 * @param citizenship citizenship
 * @param taxId tax id
 * @param employment employment
 * @param industry industry
 * @param education education
 * @param wealth wealth
 * @param annualIncome annual income
 * @param netWorth net worth
 * @param annualDeposit annual deposit
 * @param experienceFx experience fx
 * @param experienceCfd experience cfd
 * @param experienceFutures experience futures
 * @param experienceStocks experience stocks
 * @param reserved 512 zero bytes (128 x i32 0)
 */
public record RealAccountDetails(
    String firstName,
    String secondName,
    String middleName,
    long birthDate,
    int gender,
    String language,
    String citizenship,
    String taxId,
    int employment,
    int industry,
    int education,
    int wealth,
    long annualIncome,
    long netWorth,
    long annualDeposit,
    int experienceFx,
    int experienceCfd,
    int experienceFutures,
    int experienceStocks,
    Bytes reserved) {

  /** Size of the record on the wire. */
  public static final int SIZE = 1284;

  /** The wire layout. */
  public static final Layout LAYOUT =
      Layout.builder("REAL_EXTRA")
          .utf16("first_name", 128)
          .utf16("second_name", 128)
          .utf16("middle_name", 128)
          .time("birth_date")
          .u32("gender")
          .utf16("language", 128)
          .utf16("citizenship", 64)
          .utf16("tax_id", 128)
          .u32("employment")
          .u32("industry")
          .u32("education")
          .u32("wealth")
          .u64("annual_income")
          .u64("net_worth")
          .u64("annual_deposit")
          .u32("experience_fx")
          .u32("experience_cfd")
          .u32("experience_futures")
          .u32("experience_stocks")
          .bytes("reserved", 512)
          .build();

  /**
   * Checks that {@code firstName}, {@code secondName}, {@code middleName}, {@code language}, {@code
   * citizenship}, {@code taxId} and {@code reserved} are not null.
   *
   * @param firstName first name
   * @param secondName second name
   * @param middleName middle name
   * @param birthDate FILETIME, value given as Unix ms
   * @param gender gender
   * @param language language
   * @param citizenship citizenship
   * @param taxId tax id
   * @param employment employment
   * @param industry industry
   * @param education education
   * @param wealth wealth
   * @param annualIncome annual income
   * @param netWorth net worth
   * @param annualDeposit annual deposit
   * @param experienceFx experience fx
   * @param experienceCfd experience cfd
   * @param experienceFutures experience futures
   * @param experienceStocks experience stocks
   * @param reserved 512 zero bytes (128 x i32 0)
   * @throws NullPointerException if any of them is null
   */
  public RealAccountDetails {
    Objects.requireNonNull(firstName, "firstName");
    Objects.requireNonNull(secondName, "secondName");
    Objects.requireNonNull(middleName, "middleName");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(citizenship, "citizenship");
    Objects.requireNonNull(taxId, "taxId");
    Objects.requireNonNull(reserved, "reserved");
  }

  /**
   * Reads one record at byte {@code off} of {@code r}.
   *
   * @param r reader over the body
   * @param off byte offset of the record in the body
   * @return the record
   * @throws io.github.jmt5.protocol.ProtocolException if the record runs past the end of the body
   */
  public static RealAccountDetails read(WireReader r, int off) {
    return new RealAccountDetails(
        r.utf16(off, 128, "first_name"),
        r.utf16(off + 128, 128, "second_name"),
        r.utf16(off + 256, 128, "middle_name"),
        r.time(off + 384, "birth_date"),
        r.u32(off + 392, "gender"),
        r.utf16(off + 396, 128, "language"),
        r.utf16(off + 524, 64, "citizenship"),
        r.utf16(off + 588, 128, "tax_id"),
        r.u32(off + 716, "employment"),
        r.u32(off + 720, "industry"),
        r.u32(off + 724, "education"),
        r.u32(off + 728, "wealth"),
        r.u64(off + 732, "annual_income"),
        r.u64(off + 740, "net_worth"),
        r.u64(off + 748, "annual_deposit"),
        r.u32(off + 756, "experience_fx"),
        r.u32(off + 760, "experience_cfd"),
        r.u32(off + 764, "experience_futures"),
        r.u32(off + 768, "experience_stocks"),
        r.bytes(off + 772, 512, "reserved"));
  }

  /**
   * Appends this record, exactly {@link #SIZE} bytes.
   *
   * @param w writer the bytes are appended to
   */
  public void write(WireWriter w) {
    w.utf16(firstName, 128);
    w.utf16(secondName, 128);
    w.utf16(middleName, 128);
    w.time(birthDate);
    w.u32(gender);
    w.utf16(language, 128);
    w.utf16(citizenship, 64);
    w.utf16(taxId, 128);
    w.u32(employment);
    w.u32(industry);
    w.u32(education);
    w.u32(wealth);
    w.u64(annualIncome);
    w.u64(netWorth);
    w.u64(annualDeposit);
    w.u32(experienceFx);
    w.u32(experienceCfd);
    w.u32(experienceFutures);
    w.u32(experienceStocks);
    w.bytes(reserved, 512);
  }
}

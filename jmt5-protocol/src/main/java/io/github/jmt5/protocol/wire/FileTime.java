package io.github.jmt5.protocol.wire;

/** Conversion between Windows FILETIME (100-ns ticks since 1601) and Unix milliseconds. */
public final class FileTime {
  /** Milliseconds from 1601-01-01 to 1970-01-01. */
  public static final long EPOCH_OFFSET_MS = 11_644_473_600_000L;

  private FileTime() {}

  /**
   * {@return the FILETIME (100 ns ticks since 1601-01-01 UTC) of Unix milliseconds}
   *
   * @param unixMs Unix milliseconds
   */
  public static long fromUnixMillis(long unixMs) {
    return (unixMs + EPOCH_OFFSET_MS) * 10_000L;
  }

  /**
   * Converts a FILETIME (100 ns ticks since 1601-01-01 UTC) to Unix milliseconds. The wire value is
   * unsigned; values beyond 2^63 are out of any useful range and read unsigned.
   *
   * @param fileTime the raw 64 bits of the wire value
   * @return Unix milliseconds, truncated towards the past for positive values
   */
  public static long toUnixMillis(long fileTime) {
    return Long.divideUnsigned(fileTime, 10_000L) - EPOCH_OFFSET_MS;
  }
}

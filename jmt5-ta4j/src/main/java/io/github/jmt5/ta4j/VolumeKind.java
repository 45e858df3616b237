package io.github.jmt5.ta4j;

/** Which MT5 bar volume becomes the ta4j bar's {@code volume}. */
public enum VolumeKind {
  /** The tick count (what MT5 charts and indicators use for OTC symbols such as FX and CFDs). */
  TICK,
  /** The exchange volume ({@code real_volume}); 0 for OTC symbols. */
  REAL
}

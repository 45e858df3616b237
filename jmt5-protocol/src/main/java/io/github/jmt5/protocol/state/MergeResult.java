package io.github.jmt5.protocol.state;

/** What happened to one tick. */
public enum MergeResult {
  /** The tick updated the quote. */
  APPLIED,
  /** Older than the quote's last change of the same prices; dropped. */
  STALE,
  /** The symbol's digits are not known; dropped. */
  UNKNOWN_SYMBOL,
  /** The spread markup made bid exceed ask; dropped, as the web terminal does. */
  DISCARDED
}

package io.github.jmt5.cli.logging;

/** How log lines look. */
public enum LogFormat {
  /** One human-readable line per event. */
  TEXT,
  /** One JSON object per line (logback's {@code JsonEncoder}). */
  JSON
}

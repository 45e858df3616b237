package io.github.jmt5.cli.logging;

import ch.qos.logback.classic.Level;

/** The threshold of the root logger. */
public enum LogLevel {
  TRACE,
  DEBUG,
  INFO,
  WARN,
  ERROR,
  OFF;

  /** The logback level. */
  public Level level() {
    return switch (this) {
      case TRACE -> Level.TRACE;
      case DEBUG -> Level.DEBUG;
      case INFO -> Level.INFO;
      case WARN -> Level.WARN;
      case ERROR -> Level.ERROR;
      case OFF -> Level.OFF;
    };
  }
}

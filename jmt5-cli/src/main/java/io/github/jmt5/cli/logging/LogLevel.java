package io.github.jmt5.cli.logging;

import ch.qos.logback.classic.Level;

/** The threshold of the root logger. */
public enum LogLevel {
  /** Everything, including frame-level detail. */
  TRACE,
  /** Debugging detail. */
  DEBUG,
  /** Progress and state changes. */
  INFO,
  /** Only problems that do not stop the command. */
  WARN,
  /** Only failures. */
  ERROR,
  /** Nothing. */
  OFF;

  /** {@return the logback level} */
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

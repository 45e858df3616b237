package io.github.jmt5.cli.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import java.io.PrintWriter;
import org.slf4j.LoggerFactory;

/**
 * Configures logback in code: every log line goes to one writer (standard error in normal use),
 * never to standard output, which belongs to the command's results.
 */
public final class Logging {
  /** The text layout. */
  public static final String TEXT_PATTERN =
      "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{24} - %msg %kvp%n%ex";

  private Logging() {}

  /**
   * Replaces the whole logback configuration.
   *
   * @param format text or JSON lines
   * @param level threshold of the root logger; Netty stays at WARN unless TRACE is asked for
   * @param target where log lines go
   */
  public static void configure(LogFormat format, LogLevel level, PrintWriter target) {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return; // another SLF4J provider is in charge
    }
    context.reset();
    Encoder<ILoggingEvent> encoder = encoder(format, context);
    OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
    appender.setContext(context);
    appender.setName("stderr");
    appender.setEncoder(encoder);
    appender.setImmediateFlush(true);
    appender.setOutputStream(new WriterOutputStream(target));
    appender.start();
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(level.level());
    root.addAppender(appender);
    if (level != LogLevel.TRACE) {
      Level netty = level.level().isGreaterOrEqual(Level.WARN) ? level.level() : Level.WARN;
      context.getLogger("io.netty").setLevel(netty);
    }
  }

  private static Encoder<ILoggingEvent> encoder(LogFormat format, LoggerContext context) {
    if (format == LogFormat.JSON) {
      JsonEncoder json = new JsonEncoder();
      json.setContext(context);
      json.setWithFormattedMessage(true);
      json.setWithMessage(false);
      json.setWithArguments(false);
      json.setWithSequenceNumber(false);
      json.setWithNanoseconds(false);
      json.setWithContext(false);
      json.start();
      return json;
    }
    PatternLayoutEncoder text = new PatternLayoutEncoder();
    text.setContext(context);
    text.setPattern(TEXT_PATTERN);
    text.start();
    return text;
  }
}

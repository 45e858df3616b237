package io.github.jmt5.cli.command;

import io.github.jmt5.cli.output.Direction;
import io.github.jmt5.server.EmulatorClock;
import io.github.jmt5.server.account.AccountConfig;
import io.github.jmt5.server.cli.DurationArg;
import io.github.jmt5.server.cli.MarketTimeArg;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option value converters shared by the commands. */
public final class Converters {
  private Converters() {}

  /**
   * {@code 30s}, {@code 500ms}, {@code 2m}, {@code 1h} or ISO-8601 {@code PT30S}, as the server jar
   * reads {@code --drop-every}.
   */
  static final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String s) {
      try {
        return DurationArg.parse(s);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(String.valueOf(e.getMessage()));
      }
    }
  }

  /** An ISO-8601 instant such as {@code 2026-11-18T12:00:00Z}: the market clock starts there. */
  public static final class MarketTimeConverter implements ITypeConverter<EmulatorClock> {
    /** Creates the converter; picocli calls it. */
    public MarketTimeConverter() {}

    @Override
    public EmulatorClock convert(String s) {
      try {
        return MarketTimeArg.parse(s);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(String.valueOf(e.getMessage()));
      }
    }
  }

  /** {@code LOGIN:PASSWORD[:BALANCE[:CURRENCY[:hedging|netting[:LEVERAGE]]]]}. */
  static final class AccountConverter implements ITypeConverter<AccountConfig> {
    @Override
    public AccountConfig convert(String spec) {
      try {
        return AccountConfig.parse(spec);
      } catch (IllegalArgumentException e) {
        // the message may not repeat the spec: it holds a password
        throw new TypeConversionException(
            "bad account (LOGIN:PASSWORD[:BALANCE[:CURRENCY[:hedging|netting[:LEVERAGE]]]]): "
                + e.getMessage());
      }
    }
  }

  /** {@code c2s} or {@code s2c}. */
  static final class DirectionConverter implements ITypeConverter<Direction> {
    @Override
    public Direction convert(String s) {
      try {
        return Direction.parse(s);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(String.valueOf(e.getMessage()));
      }
    }
  }
}

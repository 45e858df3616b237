package io.github.jmt5.cli.command;

import io.github.jmt5.cli.output.Direction;
import io.github.jmt5.server.account.AccountConfig;
import io.github.jmt5.server.cli.DurationArg;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option value converters shared by the commands. */
final class Converters {
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

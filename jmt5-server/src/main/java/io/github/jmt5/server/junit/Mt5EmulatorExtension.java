package io.github.jmt5.server.junit;

import io.github.jmt5.server.EmulatorClock;
import io.github.jmt5.server.Mt5Emulator;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a fresh emulator around every test, on a free port, and closes it afterwards.
 *
 * <pre>{@code
 * @RegisterExtension
 * static Mt5EmulatorExtension emulator =
 *     Mt5EmulatorExtension.with(b -> b.account(AccountConfig.of(50001, "secret", 10_000)));
 *
 * @Test
 * void connects() {
 *   URI uri = emulator.get().uri();
 * }
 * }</pre>
 *
 * <p>Its emulators run on {@link EmulatorClock#forTests()}, a clock that starts at the same
 * Wednesday noon whatever day the test runs, so every market is open and the same seed gives the
 * same prices; a configuration that sets its own clock wins. Quiet symbols repeat their quote every
 * second ({@link Mt5Emulator.Builder#quoteHeartbeat}).
 *
 * <p>Test methods may also take an {@link Mt5Emulator} parameter. JUnit 5 is an optional dependency
 * of jmt5-server: add junit-jupiter-api to your test classpath to use this class.
 */
public final class Mt5EmulatorExtension
    implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private final Consumer<Mt5Emulator.Builder> configuration;
  private @Nullable Mt5Emulator current;

  private Mt5EmulatorExtension(Consumer<Mt5Emulator.Builder> configuration) {
    this.configuration = configuration;
  }

  /** {@return an extension whose emulators use the defaults (one demo account)} */
  public static Mt5EmulatorExtension withDefaults() {
    return new Mt5EmulatorExtension(b -> {});
  }

  /**
   * {@return an extension whose emulators are configured by {@code configuration}; the port is
   * always free}
   *
   * @param configuration applied to each emulator's builder before it starts
   */
  public static Mt5EmulatorExtension with(Consumer<Mt5Emulator.Builder> configuration) {
    return new Mt5EmulatorExtension(Objects.requireNonNull(configuration, "configuration"));
  }

  /** {@return the emulator of the running test} */
  public Mt5Emulator get() {
    Mt5Emulator e = current;
    if (e == null) {
      throw new IllegalStateException("no emulator: only available while a test runs");
    }
    return e;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Mt5Emulator.Builder b = Mt5Emulator.builder().clock(EmulatorClock.forTests());
    configuration.accept(b);
    current = b.port(0).start();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Mt5Emulator e = current;
    current = null;
    if (e != null) {
      e.close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Mt5Emulator.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return get();
  }
}

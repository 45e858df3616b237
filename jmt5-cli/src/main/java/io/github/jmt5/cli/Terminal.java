package io.github.jmt5.cli;

import java.io.Console;
import java.util.Optional;

/** Whether the command runs on a terminal, on every JDK from 17 on. */
public final class Terminal {
  private Terminal() {}

  /**
   * The console when standard input and output are a terminal. From JDK 22 on {@code
   * System.console()} is never null, even with redirected streams, so {@code Console.isTerminal()}
   * (JDK 22+, called by reflection since the code targets 17) decides there.
   *
   * @return the console of an interactive terminal, or empty when the streams are redirected
   */
  @SuppressWarnings("SystemConsoleNull") // a null console still means "no terminal" on JDK 17-21
  public static Optional<Console> console() {
    Console console = System.console();
    if (console == null) {
      return Optional.empty();
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console)
          ? Optional.of(console)
          : Optional.empty();
    } catch (NoSuchMethodException e) {
      return Optional.of(console); // before JDK 22 a console exists only on a terminal
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Optional.empty();
    }
  }
}

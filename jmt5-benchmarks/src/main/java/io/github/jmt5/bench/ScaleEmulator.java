package io.github.jmt5.bench;

import io.github.jmt5.server.Mt5Emulator;
import io.github.jmt5.server.market.SymbolSpec;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * The emulator side of {@link ScaleScenario}, in a process of its own so that the scenario's heap
 * and threads are the client's alone. Arguments: the number of accounts and the tick rate. Prints
 * {@code READY <uri> <open symbol ids, comma-separated>} and serves until its input closes.
 */
public final class ScaleEmulator {
  private ScaleEmulator() {}

  /**
   * Serves until standard input closes.
   *
   * @param args the number of accounts, then the tick rate per symbol
   * @throws IOException if standard input or output fails
   */
  public static void main(String[] args) throws IOException {
    int accounts = Integer.parseInt(args[0]);
    int tickRate = Integer.parseInt(args[1]);
    try (Mt5Emulator emulator = Emulators.builder(accounts).tickRate(tickRate).start()) {
      long now = System.currentTimeMillis() + Emulators.shift();
      StringJoiner open = new StringJoiner(",");
      for (SymbolSpec s : emulator.market().catalog().specs()) {
        if (s.hours().isOpen(now)) {
          open.add(Integer.toString(s.id()));
        }
      }
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      out.println("READY " + emulator.uri() + " " + open);
      // serve until the scenario closes our input
      System.in.transferTo(OutputStream.nullOutputStream());
    }
  }
}

package io.github.jmt5.server.market;

import io.github.jmt5.protocol.enums.CalcMode;
import io.github.jmt5.protocol.enums.ExecutionMode;
import io.github.jmt5.protocol.enums.SymbolTradeMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads symbol specifications from a tab-separated table: {@code #} comment lines, a header naming
 * {@link SymbolSpec}'s components in any order, then one symbol a row. Calc mode, execution,
 * trading hours and trade mode are written by their enum names ({@code FOREX}, {@code MARKET},
 * {@code WEEKDAYS}, {@code FULL}); {@code faceValue} and {@code liquidityRate} may be left out (0).
 * Any mistake fails with the table's name, the line and the column.
 */
final class SymbolTable {
  /** The resource with the emulator's standard symbols. */
  static final String STANDARD = "symbols.tsv";

  private static final List<String> REQUIRED =
      List.of(
          "id",
          "name",
          "group",
          "description",
          "digits",
          "base",
          "profit",
          "margin",
          "contractSize",
          "calcMode",
          "execution",
          "price",
          "dailyVolatility",
          "spreadPoints",
          "volumeMin",
          "volumeStep",
          "volumeMax",
          "stopsLevel",
          "hours",
          "tradeMode");

  private static final Set<String> OPTIONAL = Set.of("faceValue", "liquidityRate");

  private SymbolTable() {}

  /** {@return the standard symbols, read from the {@value #STANDARD} resource} */
  static List<SymbolSpec> standard() {
    try (InputStream in = SymbolTable.class.getResourceAsStream(STANDARD)) {
      if (in == null) {
        throw new IllegalStateException("resource " + STANDARD + " is missing");
      }
      return parse(STANDARD, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + STANDARD, e);
    }
  }

  /**
   * Parses a table.
   *
   * @param source the table's name, for error messages
   * @param text the table
   * @return one spec per row, in row order
   * @throws IllegalArgumentException naming the line and column of the first mistake
   */
  static List<SymbolSpec> parse(String source, String text) {
    List<String> header = null;
    List<SymbolSpec> out = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Row row = new Row(source, i + 1, List.of(line.split("\t", -1)));
      if (header == null) {
        header = row.header();
      } else {
        out.add(row.spec(header));
      }
    }
    if (header == null) {
      throw new IllegalArgumentException(source + ": no header line");
    }
    return out;
  }

  /** One line of the table. */
  private record Row(String source, int line, List<String> cells) {
    List<String> header() {
      for (String name : REQUIRED) {
        if (!cells.contains(name)) {
          throw error("the header has no column " + name);
        }
      }
      Set<String> seen = new HashSet<>();
      for (String name : cells) {
        if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
          throw error("unknown column " + name + "; the columns are " + REQUIRED + " " + OPTIONAL);
        }
        if (!seen.add(name)) {
          throw error("column " + name + " appears twice");
        }
      }
      return cells;
    }

    SymbolSpec spec(List<String> header) {
      if (cells.size() != header.size()) {
        throw error(header.size() + " columns expected, found " + cells.size());
      }
      Map<String, String> v = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        v.put(header.get(i), cells.get(i).strip());
      }
      try {
        return new SymbolSpec(
            integer(v, "id"),
            text(v, "name"),
            text(v, "group"),
            text(v, "description"),
            integer(v, "digits"),
            text(v, "base"),
            text(v, "profit"),
            text(v, "margin"),
            decimal(v, "contractSize"),
            named(v, "calcMode", CalcMode::valueOf).value(),
            named(v, "execution", ExecutionMode::valueOf).value(),
            decimal(v, "price"),
            decimal(v, "dailyVolatility"),
            integer(v, "spreadPoints"),
            decimal(v, "volumeMin"),
            decimal(v, "volumeStep"),
            decimal(v, "volumeMax"),
            integer(v, "stopsLevel"),
            named(v, "hours", TradingHours::valueOf),
            named(v, "tradeMode", SymbolTradeMode::valueOf).value(),
            v.containsKey("faceValue") ? decimal(v, "faceValue") : 0,
            v.containsKey("liquidityRate") ? decimal(v, "liquidityRate") : 0);
      } catch (IllegalArgumentException e) {
        if (e.getMessage() != null && e.getMessage().startsWith(source + " line")) {
          throw e;
        }
        throw error(String.valueOf(e.getMessage()));
      }
    }

    private String text(Map<String, String> v, String column) {
      String s = v.getOrDefault(column, "");
      if (s.isEmpty()) {
        throw error("column " + column + " is empty");
      }
      return s;
    }

    private int integer(Map<String, String> v, String column) {
      String s = text(v, column);
      try {
        return Integer.parseInt(s);
      } catch (NumberFormatException e) {
        throw error("column " + column + ": not an integer: '" + s + "'");
      }
    }

    private double decimal(Map<String, String> v, String column) {
      String s = text(v, column);
      try {
        return Double.parseDouble(s);
      } catch (NumberFormatException e) {
        throw error("column " + column + ": not a number: '" + s + "'");
      }
    }

    private <E extends Enum<E>> E named(
        Map<String, String> v, String column, Function<String, E> valueOf) {
      String s = text(v, column);
      try {
        return valueOf.apply(s.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw error("column " + column + ": no such name: '" + s + "'");
      }
    }

    private IllegalArgumentException error(String message) {
      return new IllegalArgumentException(source + " line " + line + ": " + message);
    }
  }
}

package io.github.jmt5.server.market;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jmt5.protocol.message.market.FullSymbol;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Every symbol of the standard catalog (and of the synthetic extension), field by field, against a
 * snapshot recorded from the catalog as it was when each symbol was a positional constructor call:
 * the same ids, names, specs and every value of every full configuration.
 */
class SymbolCatalogSnapshotTest {
  private static final String EXPECTED = "symbol-catalog-snapshot.txt";

  @Test
  void everySymbolMatchesTheSnapshot() throws IOException {
    List<String> lines = new ArrayList<>();
    SymbolCatalog standard = SymbolCatalog.standard();
    for (SymbolSpec s : standard.specs()) {
      lines.add("spec " + s);
    }
    for (FullSymbol f : standard.all()) {
      lines.add("full " + f);
    }
    lines.add("groups " + standard.groups());
    lines.add("spreads " + standard.spreads());
    SymbolCatalog synthetic = SymbolCatalog.withSynthetic(3);
    List<FullSymbol> all = synthetic.all();
    for (FullSymbol f : all.subList(standard.all().size(), all.size())) {
      lines.add("synthetic " + f);
    }
    String actual = String.join("\n", lines) + "\n";
    Path written = Path.of("target", "symbol-catalog-snapshot.actual.txt");
    Files.createDirectories(written.getParent());
    Files.writeString(written, actual, StandardCharsets.UTF_8);
    String expected;
    try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(EXPECTED))) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(actual.lines()).containsExactlyElementsOf(expected.lines().toList());
  }
}

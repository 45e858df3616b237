package io.github.jmt5.protocol.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the vector files: those of the directory named by the {@code jmt5.vectors.dir} system
 * property, or the bundled copy in the test resources.
 */
final class VectorFiles {
  static final String DIR_PROPERTY = "jmt5.vectors.dir";
  private static final ObjectMapper JSON = new ObjectMapper();

  private VectorFiles() {}

  static Path directory() {
    String dir = System.getProperty(DIR_PROPERTY, "").trim();
    if (!dir.isEmpty()) {
      Path p = Path.of(dir);
      if (!Files.isDirectory(p)) {
        throw new IllegalArgumentException(
            DIR_PROPERTY + " is not a directory: " + p.toAbsolutePath());
      }
      return p;
    }
    URL bundled = VectorFiles.class.getClassLoader().getResource("vectors");
    if (bundled == null) {
      throw new IllegalStateException("no bundled vectors on the test classpath");
    }
    try {
      return Path.of(bundled.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Path> files() {
    try (Stream<Path> s = Files.list(directory())) {
      return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Vector> read(Path file) {
    try {
      JsonNode root = JSON.readTree(file.toFile());
      List<Vector> out = new ArrayList<>();
      String name = file.getFileName().toString();
      for (JsonNode v : root.path("vectors")) {
        out.add(
            new Vector(
                name,
                v.path("name").asText(),
                v.path("kind").asText(),
                v.path("inputs"),
                v.path("expected")));
      }
      if (root.has("count") && root.get("count").asInt() != out.size()) {
        throw new IllegalStateException(
            name + " declares " + root.get("count").asInt() + " vectors but holds " + out.size());
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

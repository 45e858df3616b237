package io.github.jmt5.cli.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class LoggingTest {
  private final Logger log = LoggerFactory.getLogger("io.github.jmt5.cli.test");

  @AfterEach
  void quiet() {
    Logging.configure(LogFormat.TEXT, LogLevel.WARN, new PrintWriter(new StringWriter()));
  }

  @Test
  void jsonLinesParseWithJackson() throws Exception {
    StringWriter sink = new StringWriter();
    Logging.configure(LogFormat.JSON, LogLevel.DEBUG, new PrintWriter(sink, true));
    log.atInfo().addKeyValue("connection", 7).log("hello {}", "world");
    log.debug("second");
    log.trace("not shown");

    List<String> lines = sink.toString().lines().toList();
    assertThat(lines).hasSize(2);
    ObjectMapper mapper = new ObjectMapper();
    JsonNode first = mapper.readTree(lines.get(0));
    assertThat(first.get("level").asText()).isEqualTo("INFO");
    assertThat(first.get("loggerName").asText()).isEqualTo("io.github.jmt5.cli.test");
    assertThat(first.get("formattedMessage").asText()).isEqualTo("hello world");
    assertThat(first.toString()).contains("connection");
    assertThat(mapper.readTree(lines.get(1)).get("level").asText()).isEqualTo("DEBUG");
  }

  @Test
  void textLinesHonourTheLevel() {
    StringWriter sink = new StringWriter();
    Logging.configure(LogFormat.TEXT, LogLevel.WARN, new PrintWriter(sink, true));
    log.info("hidden");
    log.warn("shown {}", 1);
    assertThat(sink.toString()).contains("WARN", "shown 1").doesNotContain("hidden");
  }
}

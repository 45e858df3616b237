package io.github.jmt5.cli.remote;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import picocli.CommandLine.Option;

/** Text for people, or one JSON object per line for scripts ({@code --json}). */
public final class Output {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .registerModule(
              new SimpleModule("jmt5-time")
                  .addSerializer(Instant.class, ToStringSerializer.instance));

  @Option(names = "--json", description = "Print one JSON object per line.")
  boolean json;

  /** Text output; picocli sets {@code --json} when the option is given. */
  public Output() {}

  /** Prints {@code value} as JSON (with --json) or the text {@code text}. */
  void print(PrintWriter out, Object value, String text) {
    if (json) {
      try {
        out.println(MAPPER.writeValueAsString(value));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      out.println(text);
    }
    out.flush();
  }

  boolean json() {
    return json;
  }
}

package io.github.jmt5.cli.output;

import io.github.jmt5.protocol.wire.Bytes;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One frame as the debugger shows and stores it. Secrets are already masked: {@code body} has them
 * zeroed and {@code fields} shows them as {@code ***}.
 *
 * @param ts when the proxy saw the frame
 * @param connection client connection number, from 1
 * @param direction which way it went
 * @param command command id, or -1 when the frame did not decrypt
 * @param code result code of a server frame, or -1 for client frames
 * @param kind {@code request}, {@code reply}, {@code push} or {@code undecryptable}
 * @param size bytes of payload/body after the inner header (of the whole message if undecryptable)
 * @param body the decrypted payload/body with secrets zeroed, or null when not available
 * @param fields decoded fields (maps, lists, strings, numbers, booleans), secrets masked
 * @param error why the frame did not decrypt or decode, or null
 */
public record FrameRecord(
    Instant ts,
    int connection,
    Direction direction,
    int command,
    int code,
    String kind,
    int size,
    @Nullable Bytes body,
    Map<String, Object> fields,
    @Nullable String error) {

  /** Kind of a frame that could not be decrypted. */
  public static final String UNDECRYPTABLE = "undecryptable";

  /**
   * Checks that {@code ts}, {@code direction}, {@code kind} and {@code fields} are not null.
   *
   * @param ts when the proxy saw the frame
   * @param connection client connection number, from 1
   * @param direction which way it went
   * @param command command id, or -1 when the frame did not decrypt
   * @param code result code of a server frame, or -1 for client frames
   * @param kind {@code request}, {@code reply}, {@code push} or {@code undecryptable}
   * @param size bytes of payload/body after the inner header
   * @param body the decrypted payload/body with secrets zeroed, or null when not available
   * @param fields decoded fields (maps, lists, strings, numbers, booleans), secrets masked
   * @param error why the frame did not decrypt or decode, or null
   * @throws NullPointerException if any of them is null
   */
  public FrameRecord {
    Objects.requireNonNull(ts, "ts");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(fields, "fields");
  }

  /** {@return true when the frame decrypted} */
  public boolean decrypted() {
    return command >= 0;
  }
}

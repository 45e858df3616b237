package io.github.jmt5.cli.output;

import io.github.jmt5.protocol.command.CommandId;
import io.github.jmt5.protocol.wire.Bytes;

/**
 * Renders frames for a terminal or a script.
 *
 * <p>Text: {@code 2026-01-02T03:04:05.678Z #1 C->S 28 login request size=912
 * {"version":0,"password":"***",...}}, server frames with {@code code=N} after the kind, then an
 * optional hex dump of the (masked) body. JSON: {@link Json#line}.
 */
public final class FrameFormatter {
  /** Default limit of the fields text in text mode. */
  public static final int DEFAULT_MAX_FIELDS = 2000;

  private final boolean json;
  private final boolean hex;
  private final int maxFieldChars;

  /**
   * A formatter.
   *
   * @param json one JSON object per frame instead of text
   * @param hex add a hex dump of the body (text mode; JSON always carries {@code hex})
   * @param maxFieldChars cut the fields text after this many characters; 0 for no limit
   */
  public FrameFormatter(boolean json, boolean hex, int maxFieldChars) {
    this.json = json;
    this.hex = hex;
    this.maxFieldChars = maxFieldChars;
  }

  /**
   * {@return the frame's lines, ending with a newline}
   *
   * @param r the frame
   */
  public String format(FrameRecord r) {
    if (json) {
      return Json.line(r) + "\n";
    }
    StringBuilder sb = new StringBuilder(160);
    sb.append(Timestamps.format(r.ts()))
        .append(" #")
        .append(r.connection())
        .append(' ')
        .append(r.direction().arrow())
        .append(' ');
    if (!r.decrypted()) {
      sb.append("undecryptable size=").append(r.size());
      if (r.error() != null) {
        sb.append(": ").append(r.error());
      }
      return sb.append('\n').toString();
    }
    String name = CommandId.describe(r.command());
    sb.append(" ".repeat(Math.max(0, 4 - Integer.toString(r.command()).length())));
    sb.append(name).append(" ".repeat(Math.max(1, 30 - name.length())));
    sb.append(r.kind());
    if (r.direction() == Direction.S2C) {
      sb.append(" code=").append(r.code());
    }
    sb.append(" size=").append(r.size());
    if (!r.fields().isEmpty()) {
      String fields = Json.write(r.fields());
      if (maxFieldChars > 0 && fields.length() > maxFieldChars) {
        fields =
            fields.substring(0, maxFieldChars)
                + "... ("
                + fields.length()
                + " chars, --full shows all)";
      }
      sb.append(' ').append(fields);
    }
    if (r.error() != null) {
      sb.append(" error: ").append(r.error());
    }
    sb.append('\n');
    Bytes body = r.body();
    if (hex && body != null) {
      sb.append(HexDump.dump(body.toArray(), "    "));
    }
    return sb.toString();
  }
}

package io.github.jmt5.protocol;

import org.jspecify.annotations.Nullable;

/**
 * Bytes that do not follow the protocol: a truncated or oversized body, a hostile count, a frame
 * that does not decrypt, a bad compressed stream. The message names the command, the field and the
 * byte offset where the problem was found, so a capture can be matched to it.
 */
public class ProtocolException extends Mt5Exception {
  private static final long serialVersionUID = 1L;

  /** Value of {@link #command()} and {@link #offset()} when not known. */
  public static final int UNKNOWN = -1;

  /** Command id of the frame being decoded, or {@link #UNKNOWN}. */
  private final int command;

  /** Name of the field being read, or {@code null} when the problem concerns no single field. */
  private final @Nullable String field;

  /** Byte offset in the body where the problem was found, or {@link #UNKNOWN}. */
  private final int offset;

  /**
   * A problem found while decoding a field.
   *
   * @param command command id of the frame, or {@link #UNKNOWN}
   * @param field name of the field being read, or {@code null}
   * @param offset byte offset in the body, or {@link #UNKNOWN}
   * @param problem what is wrong, for the message
   */
  public ProtocolException(int command, @Nullable String field, int offset, String problem) {
    this(command, field, offset, problem, null);
  }

  /**
   * A problem found while decoding a field, caused by another exception.
   *
   * @param command command id of the frame, or {@link #UNKNOWN}
   * @param field name of the field being read, or {@code null}
   * @param offset byte offset in the body, or {@link #UNKNOWN}
   * @param problem what is wrong, for the message
   * @param cause the underlying failure, or {@code null}
   */
  public ProtocolException(
      int command, @Nullable String field, int offset, String problem, @Nullable Throwable cause) {
    super(describe(command, field, offset, problem), cause);
    this.command = command;
    this.field = field;
    this.offset = offset;
  }

  /**
   * A problem that concerns no particular field, such as a frame that fails to decrypt.
   *
   * @param problem what is wrong, for the message
   * @param cause the underlying failure (for example a cipher exception), or {@code null}
   */
  public ProtocolException(String problem, @Nullable Throwable cause) {
    this(UNKNOWN, null, UNKNOWN, problem, cause);
  }

  /** {@return command id of the frame being decoded, or {@link #UNKNOWN}} */
  public int command() {
    return command;
  }

  /** {@return name of the field being read, or null} */
  public @Nullable String field() {
    return field;
  }

  /** {@return byte offset in the body where the problem was found, or {@link #UNKNOWN}} */
  public int offset() {
    return offset;
  }

  private static String describe(int command, @Nullable String field, int offset, String problem) {
    StringBuilder sb = new StringBuilder(problem);
    if (command != UNKNOWN) {
      sb.append(" [command ")
          .append(command)
          .append(' ')
          .append(CommandNames.nameOf(command))
          .append(']');
    }
    if (field != null) {
      sb.append(" [field ").append(field).append(']');
    }
    if (offset != UNKNOWN) {
      sb.append(" [offset ").append(offset).append(']');
    }
    return sb.toString();
  }
}

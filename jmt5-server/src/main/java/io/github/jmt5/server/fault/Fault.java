package io.github.jmt5.server.fault;

import java.time.Duration;
import java.util.Objects;

/** One kind of misbehaviour the emulator can inject. */
public sealed interface Fault {
  /**
   * Close the socket instead of handling the request.
   *
   * @param withCloseFrame {@code true} to send a WebSocket close frame first, {@code false} to drop
   *     the TCP connection
   */
  record Close(boolean withCloseFrame) implements Fault {}

  /**
   * Handle the request but send its reply after a delay; later replies on the socket wait behind
   * it.
   *
   * @param delay how long the reply is held back
   */
  record Delay(Duration delay) implements Fault {
    /**
     * Checks that {@code delay} is not null.
     *
     * @param delay how long the reply is held back, not negative
     * @throws NullPointerException if it is null
     * @throws IllegalArgumentException if {@code delay} is negative
     */
    public Delay {
      Objects.requireNonNull(delay, "delay");
      if (delay.isNegative()) {
        throw new IllegalArgumentException("delay must not be negative");
      }
    }
  }

  /**
   * Answer with this result code and an empty body instead of handling the request.
   *
   * @param code the frame result code, 0..255
   */
  record ReplyCode(int code) implements Fault {
    /**
     * Checks that the code fits in a byte.
     *
     * @param code the frame result code, 0..255
     * @throws IllegalArgumentException if {@code code} is outside 0..255
     */
    public ReplyCode {
      if (code < 0 || code > 255) {
        throw new IllegalArgumentException("code must fit in a byte, was " + code);
      }
    }
  }

  /** Never answer the request. */
  record NoReply() implements Fault {}

  /** Send the reply with its ciphertext damaged, so it does not decrypt. */
  record CorruptReply() implements Fault {}

  /** Send the reply encrypted with a wrong key. */
  record WrongKey() implements Fault {}

  /** Reply normally, then stop reading the socket (a server that no longer consumes). */
  record StopReading() implements Fault {}
}

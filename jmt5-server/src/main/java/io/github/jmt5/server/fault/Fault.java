package io.github.jmt5.server.fault;

import java.time.Duration;
import java.util.Objects;

/** One kind of misbehaviour the emulator can inject. */
public sealed interface Fault {
  /** Close the socket instead of handling the request. */
  record Close(boolean withCloseFrame) implements Fault {}

  /**
   * Handle the request but send its reply after a delay; later replies on the socket wait behind
   * it.
   */
  record Delay(Duration delay) implements Fault {
    public Delay {
      Objects.requireNonNull(delay, "delay");
      if (delay.isNegative()) {
        throw new IllegalArgumentException("delay must not be negative");
      }
    }
  }

  /** Answer with this result code and an empty body instead of handling the request. */
  record ReplyCode(int code) implements Fault {
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

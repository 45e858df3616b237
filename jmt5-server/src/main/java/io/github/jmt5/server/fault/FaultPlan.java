package io.github.jmt5.server.fault;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Misbehaviour to inject, for tests: rules match a request by command id or by its position on the
 * socket and fire a given number of times. Rules are checked in the order they were added; the
 * first that matches fires.
 *
 * <p>Thread-safe: tests change the plan while clients are connected.
 */
public final class FaultPlan {
  /** Matches every command. */
  public static final int ANY_COMMAND = -1;

  private final List<Rule> rules = new ArrayList<>();

  /** A rule: which requests, what to do, how many more times. */
  private static final class Rule {
    final int command;
    final int frame;
    final Fault fault;
    int remaining;

    Rule(int command, int frame, Fault fault, int times) {
      this.command = command;
      this.frame = frame;
      this.fault = fault;
      this.remaining = times;
    }

    boolean matches(int cmd, int frameNumber) {
      return (command == ANY_COMMAND || command == cmd) && (frame <= 0 || frame == frameNumber);
    }
  }

  /** An empty plan: every request is handled normally until rules are added. */
  public FaultPlan() {}

  /**
   * Applies {@code fault} to the next {@code times} requests with {@code command}.
   *
   * @param command command id, or {@link #ANY_COMMAND}
   * @param fault what to do
   * @param times how many requests, at least 1
   * @return this plan
   * @throws IllegalArgumentException if {@code times} is below 1
   */
  public synchronized FaultPlan on(int command, Fault fault, int times) {
    if (times < 1) {
      throw new IllegalArgumentException("times must be positive, was " + times);
    }
    rules.add(new Rule(command, 0, fault, times));
    return this;
  }

  /**
   * Applies {@code fault} once to the next request with {@code command}.
   *
   * @param command command id, or {@link #ANY_COMMAND}
   * @param fault what to do
   * @return this plan
   */
  public FaultPlan on(int command, Fault fault) {
    return on(command, fault, 1);
  }

  /**
   * Applies {@code fault} to the {@code frameNumber}-th request of a socket (1 = bootstrap), once.
   *
   * @param frameNumber position of the request on its socket, from 1
   * @param fault what to do
   * @return this plan
   * @throws IllegalArgumentException if {@code frameNumber} is below 1
   */
  public synchronized FaultPlan atFrame(int frameNumber, Fault fault) {
    if (frameNumber < 1) {
      throw new IllegalArgumentException("frameNumber starts at 1, was " + frameNumber);
    }
    rules.add(new Rule(ANY_COMMAND, frameNumber, fault, 1));
    return this;
  }

  /**
   * Closes the socket (without a close frame) at the next request with {@code command}.
   *
   * @param command command id, or {@link #ANY_COMMAND}
   * @return this plan
   */
  public FaultPlan closeOn(int command) {
    return on(command, new Fault.Close(false));
  }

  /**
   * Delays every reply to {@code command} by {@code delay}, up to {@code times} times.
   *
   * @param command command id, or {@link #ANY_COMMAND}
   * @param delay how long each reply is held back
   * @param times how many replies, at least 1
   * @return this plan
   */
  public FaultPlan delay(int command, Duration delay, int times) {
    return on(command, new Fault.Delay(delay), times);
  }

  /**
   * Answers the next request with {@code command} with {@code code}.
   *
   * @param command command id, or {@link #ANY_COMMAND}
   * @param code the frame result code, 0..255
   * @return this plan
   */
  public FaultPlan replyCode(int command, int code) {
    return on(command, new Fault.ReplyCode(code));
  }

  /** Removes every rule. */
  public synchronized void clear() {
    rules.clear();
  }

  /**
   * Rules not yet used up.
   *
   * @return the number of rules with uses left
   */
  public synchronized int pending() {
    return rules.size();
  }

  /**
   * {@return the fault for a request, consuming one use of the rule that matched}
   *
   * @param command the request's command id
   * @param frameNumber its position on the socket, 1 for the bootstrap
   */
  public synchronized Optional<Fault> take(int command, int frameNumber) {
    for (int i = 0; i < rules.size(); i++) {
      Rule r = rules.get(i);
      if (r.matches(command, frameNumber)) {
        if (--r.remaining == 0) {
          rules.remove(i);
        }
        return Optional.of(r.fault);
      }
    }
    return Optional.empty();
  }

  @Override
  public synchronized String toString() {
    StringBuilder sb = new StringBuilder("FaultPlan[");
    for (Rule r : rules) {
      sb.append(describe(r.command, r.frame))
          .append("->")
          .append(r.fault)
          .append('x')
          .append(r.remaining)
          .append(' ');
    }
    return sb.append(']').toString();
  }

  private static String describe(int command, @Nullable Integer frame) {
    return frame != null && frame > 0
        ? "frame " + frame
        : command == ANY_COMMAND ? "any" : "cmd " + command;
  }
}

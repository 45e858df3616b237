package io.github.jmt5.client.ratelimit;

/** What a request does when its group's bucket is empty. The default is {@link #WAIT}. */
public enum ExhaustionPolicy {
  /**
   * Reserve the next permit and delay the request until it is due, failing only when the delay
   * would exceed {@link RateLimitOptions#maxWait()}.
   */
  WAIT,
  /** Fail at once with a rate-limit error; nothing is reserved. */
  FAIL_FAST
}

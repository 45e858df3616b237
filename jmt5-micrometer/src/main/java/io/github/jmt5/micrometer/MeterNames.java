package io.github.jmt5.micrometer;

import io.github.jmt5.client.event.ConnectionState;
import org.jspecify.annotations.Nullable;

/** Meter name suffixes and tag keys, shared by the instrumentation and the summary. */
final class MeterNames {
  static final String REQUESTS = "requests";
  static final String REQUESTS_STARTED = "requests.started";
  static final String PUSHES = "pushes";
  static final String PUSH_BYTES = "push.bytes";
  static final String TICKS = "ticks";
  static final String CONNECTS = "connects";
  static final String CONNECT_DURATION = "connect.duration";
  static final String HANDSHAKE_DURATION = "handshake.duration";
  static final String STATE = "state";
  static final String STATE_CHANGES = "state.changes";
  static final String RECONNECTS_SCHEDULED = "reconnects.scheduled";
  static final String RECONNECTS = "reconnects";
  static final String RATE_LIMITED = "rate.limited";
  static final String RATE_LIMITED_WAIT = "rate.limited.wait";
  static final String LISTENER_ERRORS = "listener.errors";
  static final String TICKS_COALESCED = "ticks.coalesced";
  static final String BOOK_UPDATES_DROPPED = "book.updates.dropped";

  static final String TAG_COMMAND = "command";
  static final String TAG_OUTCOME = "outcome";
  static final String TAG_TO = "to";
  static final String TAG_EVENT = "event";

  static final String CONNECT_SUCCESS = "success";
  static final String CONNECT_FAILURE = "failure";

  static final String UNKNOWN_COMMAND = "unknown";

  private MeterNames() {}

  /** The value of the state gauge: a fixed number per state, documented with the meter. */
  static int stateValue(ConnectionState state) {
    return switch (state) {
      case DISCONNECTED -> 0;
      case CONNECTING -> 1;
      case BOOTSTRAPPING -> 2;
      case LOGGING_IN -> 3;
      case READY -> 4;
      case RECONNECTING -> 5;
      case CLOSING -> 6;
      case CLOSED -> 7;
    };
  }

  /** The state whose gauge value is {@code value}, or null. */
  static @Nullable ConnectionState stateOf(double value) {
    for (ConnectionState s : ConnectionState.values()) {
      if (stateValue(s) == value) {
        return s;
      }
    }
    return null;
  }

  /** {@code prefix + "." + suffix}. */
  static String name(String prefix, String suffix) {
    return prefix + "." + suffix;
  }

  /** Trims the prefix and drops trailing dots; refuses an empty one. */
  static String normalizePrefix(String prefix) {
    String p = prefix.strip();
    while (p.endsWith(".")) {
      p = p.substring(0, p.length() - 1);
    }
    if (p.isEmpty()) {
      throw new IllegalArgumentException("metric name prefix must not be empty");
    }
    return p;
  }
}

package io.github.jmt5.client.compat;

import io.github.jmt5.client.session.HarnessAccess;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The emulators' clock (last Wednesday, running), for "now" in the integration tests. */
final class EmulatorClock extends Clock {
  static final EmulatorClock INSTANCE = new EmulatorClock();

  private EmulatorClock() {}

  static Instant now() {
    return Instant.ofEpochMilli(HarnessAccess.emulatorMillis());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now();
  }
}

package io.github.jmt5.client.session;

import io.github.jmt5.server.EmulatorClock;
import io.github.jmt5.server.Mt5Emulator;
import io.github.jmt5.server.account.AccountConfig;

/** The session test harness for tests in other packages. */
public final class HarnessAccess {
  public static final long LOGIN = Harness.LOGIN;

  private HarnessAccess() {}

  public static Mt5Emulator emulator(AccountConfig... extra) {
    return Harness.emulator(extra);
  }

  public static SessionOptions.Builder options(Mt5Emulator emulator) {
    return Harness.options(emulator);
  }

  public static SessionOptions.Builder options(Mt5Emulator emulator, long login, char[] password) {
    return Harness.options(emulator, login, password);
  }

  public static long emulatorMillis() {
    return Harness.emulatorMillis();
  }

  /** The emulators' clock (last Wednesday noon UTC, running), for "now" in the tests. */
  public static EmulatorClock clock() {
    return Harness.CLOCK;
  }
}

package io.github.jmt5.server.internal.session;

/**
 * Where one socket is in its life: bootstrapped, logged in (and as whom), or used for onboarding.
 * Thread-safe for reads from other threads.
 */
public final class SessionState {
  private volatile boolean bootstrapped;
  private volatile long login;
  private volatile boolean initSent;
  private volatile boolean loginSent;
  private volatile java.util.Set<Integer> tickSymbols = java.util.Set.of();
  private volatile java.util.Set<Integer> bookSymbols = java.util.Set.of();

  /** The state of a fresh socket: not bootstrapped, not logged in. */
  public SessionState() {}

  void bootstrapped() {
    bootstrapped = true;
  }

  /** {@return true after the cmd 0 bootstrap} */
  public boolean isBootstrapped() {
    return bootstrapped;
  }

  void loggedIn(long account) {
    login = account;
  }

  void loggedOut() {
    login = 0;
  }

  /** {@return the logged-in account, or 0} */
  public long login() {
    return login;
  }

  /** {@return true after a successful login} */
  public boolean isLoggedIn() {
    return login != 0;
  }

  void sentInit() {
    initSent = true;
  }

  void sentLogin() {
    loginSent = true;
  }

  /** True once cmd 28 or cmd 29 was seen on this socket (cmd 52 then drops it). */
  boolean hasStartedSession() {
    return initSent || loginSent;
  }

  /** {@return symbol ids whose ticks this socket receives (the last cmd 7 set)} */
  public java.util.Set<Integer> tickSymbols() {
    return tickSymbols;
  }

  void subscribeTicks(java.util.Collection<Integer> ids) {
    tickSymbols = java.util.Set.copyOf(ids);
  }

  /** {@return symbol ids whose order books this socket receives (the last cmd 22 set)} */
  public java.util.Set<Integer> bookSymbols() {
    return bookSymbols;
  }

  void subscribeBooks(java.util.Collection<Integer> ids) {
    bookSymbols = java.util.Set.copyOf(ids);
  }
}

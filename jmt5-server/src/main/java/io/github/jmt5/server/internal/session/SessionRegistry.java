package io.github.jmt5.server.internal.session;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The logged-in sockets of an emulator, for pushes. Thread-safe. */
public final class SessionRegistry {
  private final Set<ServerSession> sessions = ConcurrentHashMap.newKeySet();

  /** An empty registry. */
  public SessionRegistry() {}

  void add(ServerSession session) {
    sessions.add(session);
  }

  void remove(ServerSession session) {
    sessions.remove(session);
  }

  /** {@return a snapshot to iterate} */
  public Set<ServerSession> snapshot() {
    return Set.copyOf(sessions);
  }

  /** {@return the number of logged-in sockets} */
  public int size() {
    return sessions.size();
  }
}

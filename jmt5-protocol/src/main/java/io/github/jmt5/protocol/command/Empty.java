package io.github.jmt5.protocol.command;

/** An empty payload or body (logout, ping, subscription replies). Extra bytes are ignored. */
public enum Empty {
  /** The only value. */
  INSTANCE
}

package io.github.jmt5.client.event;

/**
 * A cmd 15 push: whether the gateway is connected to the trade server.
 *
 * @param state raw value; 0 means connected
 */
public record LoginStatusChanged(int state) implements PushEvent {
  /** {@return true when the gateway reports a working link to the trade server} */
  public boolean connected() {
    return state == 0;
  }

  @Override
  public int command() {
    return 15;
  }
}

package io.github.jmt5.cli.sniff;

import io.github.jmt5.cli.output.FrameRecord;

/** Receives every frame the proxy sees, from several threads; implementations synchronize. */
@FunctionalInterface
public interface FrameSink {
  /**
   * Takes one frame; called from the connection's threads.
   *
   * @param record the frame, with secrets masked
   */
  void accept(FrameRecord record);
}

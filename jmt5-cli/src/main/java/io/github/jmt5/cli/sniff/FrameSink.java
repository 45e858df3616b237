package io.github.jmt5.cli.sniff;

import io.github.jmt5.cli.output.FrameRecord;

/** Receives every frame the proxy sees, from several threads; implementations synchronize. */
@FunctionalInterface
public interface FrameSink {
  void accept(FrameRecord record);
}

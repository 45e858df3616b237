package io.github.jmt5.cli.remote;

import io.github.jmt5.cli.ExitCodes;
import io.github.jmt5.client.Mt5Client;
import io.github.jmt5.client.instrument.Instrumentation;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that logs in, does one thing with the client, and logs out. */
abstract class RemoteCommand implements Callable<Integer> {
  @Mixin RemoteOptions remote = new RemoteOptions();

  @Mixin Output output = new Output();

  @SuppressWarnings("NullAway.Init")
  @Spec
  CommandSpec spec;

  @Override
  public final Integer call() throws Exception {
    try (Mt5Client client =
        remote.connect(instrumentation(), retriesConnectByDefault(), spec.commandLine().getErr())) {
      run(client, spec.commandLine().getOut(), spec.commandLine().getErr());
    } finally {
      afterClose(spec.commandLine().getErr());
    }
    return ExitCodes.OK;
  }

  /** What the command does once logged in. */
  abstract void run(Mt5Client client, PrintWriter out, PrintWriter err) throws Exception;

  Instrumentation instrumentation() {
    return Instrumentation.NONE;
  }

  /**
   * Whether the command retries its first connect and login after a network failure unless {@code
   * --[no-]retry-connect} says otherwise: true for commands that stream until stopped, false for
   * one-shot commands, which should fail fast.
   */
  boolean retriesConnectByDefault() {
    return false;
  }

  void afterClose(PrintWriter err) {}
}

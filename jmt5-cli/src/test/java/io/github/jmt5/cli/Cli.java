package io.github.jmt5.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import picocli.CommandLine;

/** Runs {@code jmt5} in-process with captured standard output and error. */
public final class Cli {
  private Cli() {}

  /** What a finished command left behind. */
  public record Result(int exitCode, String out, String err) {}

  /** Runs to completion. */
  public static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Jmt5.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  /** Starts a long-running command on its own thread; {@link Running#stop} interrupts it. */
  public static Running start(String... args) {
    return new Running(args);
  }

  /** A command running in the background. */
  public static final class Running implements AutoCloseable {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Thread thread;
    private volatile int exitCode = -1;

    Running(String... args) {
      CommandLine cl = Jmt5.commandLine();
      cl.setOut(new PrintWriter(out, true));
      cl.setErr(new PrintWriter(err, true));
      thread = new Thread(() -> exitCode = cl.execute(args), "jmt5-" + args[0]);
      thread.setDaemon(true);
      thread.start();
    }

    public String out() {
      return out.toString();
    }

    public String err() {
      return err.toString();
    }

    public boolean isRunning() {
      return thread.isAlive();
    }

    /** Interrupts the command and waits for its exit code. */
    public int stop() throws InterruptedException {
      thread.interrupt();
      thread.join(Duration.ofSeconds(30).toMillis());
      return exitCode;
    }

    @Override
    public void close() {
      if (thread.isAlive()) {
        try {
          stop();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }
}

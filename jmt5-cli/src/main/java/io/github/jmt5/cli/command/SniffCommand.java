package io.github.jmt5.cli.command;

import io.github.jmt5.cli.ExitCodes;
import io.github.jmt5.cli.output.CaptureWriter;
import io.github.jmt5.cli.output.FrameFormatter;
import io.github.jmt5.cli.output.FrameRecord;
import io.github.jmt5.cli.sniff.FrameSink;
import io.github.jmt5.cli.sniff.SniffProxy;
import io.github.jmt5.cli.tls.TrustedCertificates;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code jmt5 sniff}: a decrypting proxy between a client and a server. */
@Command(
    name = "sniff",
    sortOptions = false,
    header = "Proxy a client to a server and print every frame, decrypted and decoded.",
    description = {
      "Accepts clients on ws://LISTEN-HOST:PORT/terminal, connects each one to --upstream and"
          + " forwards every message both ways unchanged. Decrypts both directions (initial key,"
          + " then the session key from the cmd 0 bootstrap reply) and prints one line per frame:"
          + " time, connection, direction, command, kind, code, body size and decoded fields.",
      "Passwords, OTPs, credential blobs, the bootstrap token and the session key are masked in"
          + " the output and zeroed in the capture. Frames that do not decrypt are reported and"
          + " forwarded all the same."
    })
public final class SniffCommand implements Callable<Integer> {
  @SuppressWarnings("NullAway.Init")
  @Spec
  CommandSpec spec;

  @Option(
      names = "--listen",
      required = true,
      paramLabel = "PORT",
      description = "Port to accept clients on; 0 picks a free port (printed on standard error).")
  int listen;

  @Option(
      names = "--listen-host",
      paramLabel = "HOST",
      defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String listenHost = "127.0.0.1";

  @SuppressWarnings("NullAway.Init")
  @Option(
      names = "--upstream",
      required = true,
      paramLabel = "URI",
      description =
          "The server, e.g. wss://web.metatrader.app/terminal or ws://127.0.0.1:18443/terminal.")
  URI upstream;

  @Option(
      names = "--origin",
      paramLabel = "ORIGIN",
      description =
          "Origin header sent upstream (default: the client's, else https://web.metatrader.app).")
  @Nullable String origin;

  @Option(
      names = "--trust-cert",
      paramLabel = "PEM",
      description =
          "Trust only the certificates in this PEM file for a wss:// upstream with its own CA;"
              + " certificates and host names are still verified.")
  @Nullable Path trustCert;

  @Option(names = "--hex", description = "Add a hex dump of each (masked) body.")
  boolean hex;

  @Option(
      names = "--capture",
      paramLabel = "FILE",
      description = "Also write every frame to FILE as JSON lines (read it with 'jmt5 decode').")
  @Nullable Path capture;

  @Option(names = "--json", description = "Print one JSON object per frame (the capture format).")
  boolean json;

  @Option(names = "--full", description = "Do not shorten long field lists in text output.")
  boolean full;

  /** Creates the command; picocli fills in its options and parameters. */
  public SniffCommand() {}

  @Override
  public Integer call() throws IOException {
    SniffProxy.Options options;
    try {
      options =
          new SniffProxy.Options(
              listenHost,
              listen,
              upstream,
              origin,
              64 << 20,
              Duration.ofSeconds(10),
              Clock.systemUTC(),
              trustCert == null ? null : TrustedCertificates.from(trustCert));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), String.valueOf(e.getMessage()), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    FrameFormatter formatter =
        new FrameFormatter(json, hex, full ? 0 : FrameFormatter.DEFAULT_MAX_FIELDS);
    Path file = capture;
    CaptureWriter writer = file == null ? null : new CaptureWriter(file);
    FrameSink sink = new PrintingSink(out, formatter, writer);
    SniffProxy proxy;
    try {
      proxy = SniffProxy.start(options, sink);
    } catch (RuntimeException e) {
      closeCapture(writer);
      throw e;
    }
    err.println("jmt5 sniff listening on " + proxy.uri() + ", forwarding to " + upstream);
    err.flush();
    Foreground.runUntilStopped(
        () -> {
          proxy.close();
          closeCapture(writer);
        },
        "jmt5-sniff");
    out.flush();
    return ExitCodes.OK;
  }

  private static void closeCapture(@Nullable CaptureWriter writer) throws IOException {
    if (writer != null) {
      writer.close();
    }
  }

  /** Prints each frame and appends it to the capture. */
  static final class PrintingSink implements FrameSink {
    private final PrintWriter out;
    private final FrameFormatter formatter;
    private final @Nullable CaptureWriter capture;

    PrintingSink(PrintWriter out, FrameFormatter formatter, @Nullable CaptureWriter capture) {
      this.out = out;
      this.formatter = formatter;
      this.capture = capture;
    }

    @Override
    public void accept(FrameRecord record) {
      String text = formatter.format(record);
      synchronized (out) {
        out.print(text);
        out.flush();
      }
      if (capture != null) {
        capture.write(record);
      }
    }
  }
}

package io.github.jmt5.cli.remote;

import io.github.jmt5.cli.Terminal;
import io.github.jmt5.cli.tls.TrustedCertificates;
import io.github.jmt5.client.Mt5Client;
import io.github.jmt5.client.error.ConnectionException;
import io.github.jmt5.client.instrument.Instrumentation;
import io.github.jmt5.client.reconnect.ReconnectOptions;
import io.github.jmt5.client.session.Credentials;
import io.github.jmt5.client.session.LoginOptions;
import io.github.jmt5.client.session.SessionOptions;
import io.github.jmt5.client.transport.ConnectionOptions;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * Where to connect and who logs in. The password comes from the {@code JMT5_PASSWORD} environment
 * variable, a file, or a prompt; never from the command line, where other users and shell histories
 * would see it.
 */
public final class RemoteOptions {
  static final String PASSWORD_ENV = "JMT5_PASSWORD";

  @SuppressWarnings("NullAway.Init")
  @Option(
      names = "--server",
      required = true,
      paramLabel = "URI",
      description = "Web terminal endpoint, e.g. wss://web.metatrader.app/terminal.")
  URI server;

  @Option(names = "--login", required = true, paramLabel = "N", description = "Account number.")
  long login;

  @Option(
      names = "--password-file",
      paramLabel = "FILE",
      description =
          "Read the password from the first line of FILE (else $"
              + PASSWORD_ENV
              + ", else a prompt).")
  @Nullable Path passwordFile;

  @Option(names = "--otp", paramLabel = "CODE", description = "One-time password (2FA accounts).")
  @Nullable String otp;

  @Option(
      names = "--origin",
      paramLabel = "URL",
      description = "Origin header (default: " + ConnectionOptions.DEFAULT_ORIGIN + ").")
  @Nullable String origin;

  @Option(
      names = "--trust-cert",
      paramLabel = "PEM",
      description =
          "Trust only the certificates in this PEM file (a server with its own CA, e.g. serve"
              + " --tls-cert); certificates and host names are still verified.")
  @Nullable Path trustCert;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description =
          "Request timeout in seconds (default: ${DEFAULT-VALUE}); connecting and logging in,"
              + " retries included, may take twice as long.")
  int timeoutSeconds;

  @Option(
      names = "--retry-connect",
      negatable = true,
      description =
          "Retry the first connect and login after a network failure (never after a refused"
              + " login), with the reconnect backoff, until twice --timeout has passed (default:"
              + " on for quotes, off for the other commands).")
  @Nullable Boolean retryConnect;

  /** Options with their defaults; picocli fills them in from the command line. */
  public RemoteOptions() {}

  /**
   * Connects and logs in; the password is cleared from memory afterwards. Connecting, with its
   * retries, may take twice the request timeout; past that the command fails with a {@link
   * ConnectionException} naming the last failure.
   *
   * @param instrumentation the command's instrumentation
   * @param retryByDefault whether the command retries its first connect unless told otherwise
   * @param err where retries are reported
   */
  Mt5Client connect(Instrumentation instrumentation, boolean retryByDefault, PrintWriter err)
      throws Exception {
    if (timeoutSeconds < 1 || timeoutSeconds > 3600) {
      throw new IllegalArgumentException("--timeout must be in [1, 3600] seconds");
    }
    ConnectionOptions.Builder c = ConnectionOptions.builder(server);
    if (origin != null) {
      c.origin(origin);
    }
    Path trusted = trustCert;
    if (trusted != null) {
      c.sslContext(TrustedCertificates.from(trusted));
    }
    char[] password = password();
    try {
      LoginOptions login = LoginOptions.of(Credentials.of(this.login, password));
      String code = otp;
      if (code != null) {
        char[] chars = code.toCharArray();
        login = login.withOtp(l -> chars.clone());
      }
      boolean retry = retriesConnect(retryByDefault);
      ConnectRetryReporter reporter = new ConnectRetryReporter(instrumentation, err);
      SessionOptions.Builder options =
          SessionOptions.builder(c.build(), login)
              .requestTimeout(Duration.ofSeconds(timeoutSeconds))
              .instrumentation(retry ? reporter : instrumentation);
      if (retry) {
        options.reconnect(ReconnectOptions.builder().retryOnFailedConnect(true).build());
      }
      CompletableFuture<Mt5Client> connecting = Mt5Client.connect(options.build());
      long deadline = timeoutSeconds * 2L;
      try {
        Mt5Client client = connecting.get(deadline, TimeUnit.SECONDS);
        reporter.connected();
        return client;
      } catch (TimeoutException e) {
        connecting.cancel(false); // closes the session, which ends its retries
        Throwable last = reporter.lastFailure();
        throw new ConnectionException(
            "could not connect and log in within "
                + deadline
                + " s"
                + (last == null ? "" : "; last failure: " + last.getMessage()),
            last);
      } catch (InterruptedException e) {
        connecting.cancel(false);
        throw e;
      }
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  /**
   * {@return whether the first connect is retried: as {@code --[no-]retry-connect} says, else the
   * command's default}
   *
   * @param byDefault the command's default
   */
  boolean retriesConnect(boolean byDefault) {
    Boolean asked = retryConnect;
    return asked == null ? byDefault : asked;
  }

  Duration timeout() {
    return Duration.ofSeconds(timeoutSeconds);
  }

  private char[] password() throws IOException {
    Path file = passwordFile;
    if (file != null) {
      try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        String line = r.readLine();
        if (line == null || line.isEmpty()) {
          throw new IllegalArgumentException("--password-file " + file + " is empty");
        }
        return line.toCharArray();
      }
    }
    String env = System.getenv(PASSWORD_ENV);
    if (env != null && !env.isEmpty()) {
      return env.toCharArray();
    }
    Console console =
        Terminal.console()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no password: set "
                            + PASSWORD_ENV
                            + ", use --password-file, or run on a terminal"));
    char[] typed = console.readPassword("Password for %d: ", login);
    if (typed == null || typed.length == 0) {
      throw new IllegalArgumentException("no password given");
    }
    return typed;
  }
}

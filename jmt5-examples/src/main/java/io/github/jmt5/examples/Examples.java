package io.github.jmt5.examples;

import io.github.jmt5.client.Mt5Client;
import io.github.jmt5.client.market.SymbolQuote;
import io.github.jmt5.client.session.Credentials;
import io.github.jmt5.client.session.LoginOptions;
import io.github.jmt5.client.session.SessionOptions;
import io.github.jmt5.client.transport.ConnectionOptions;
import io.github.jmt5.server.EmulatorClock;
import io.github.jmt5.server.Mt5Emulator;
import io.github.jmt5.server.account.AccountConfig;
import io.github.jmt5.server.cli.MarketTimeArg;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The boilerplate the examples share: command-line options, an embedded emulator when no server is
 * given, the connection, and small waiting helpers.
 *
 * <p>Every example accepts:
 *
 * <ul>
 *   <li>{@code --server URI --login N}: use that server and account, with the password from the
 *       environment variable {@code JMT5_PASSWORD}; without them an emulator is started in-process
 *       with a demo account;
 *   <li>{@code --seconds N}: how long the example runs (its default otherwise);
 *   <li>{@code --market-time INSTANT}: where the embedded emulator's market clock starts, e.g.
 *       {@code 2026-11-18T12:00:00Z} (default: last Wednesday noon UTC, so FX quotes on any day);
 *   <li>options of its own, such as {@code --symbol EURUSD}.
 * </ul>
 */
public final class Examples {
  /** The embedded emulator's demo account. */
  public static final long DEMO_LOGIN = 50_001;

  /** Its password. */
  public static final String DEMO_PASSWORD = "demo-secret";

  /** A second embedded account, for the multi-account example. */
  public static final long SECOND_LOGIN = 50_002;

  /** Its password. */
  public static final String SECOND_PASSWORD = "demo-secret-2";

  /** The environment variable that holds the password for {@code --server}. */
  public static final String PASSWORD_ENV = "JMT5_PASSWORD";

  /** Exit code of a run that worked. */
  public static final int OK = 0;

  /** Exit code of a run that failed. */
  public static final int FAILED = 1;

  /** Exit code of bad command-line options. */
  public static final int USAGE = 2;

  private Examples() {}

  /** Parsed command-line options: {@code --name value} pairs. */
  public static final class Args {
    private final Map<String, String> values;

    private Args(Map<String, String> values) {
      this.values = values;
    }

    /**
     * Parses {@code --name value} pairs.
     *
     * @param args the command-line arguments
     * @return the options
     * @throws IllegalArgumentException on anything else
     */
    public static Args parse(String... args) {
      Map<String, String> values = new LinkedHashMap<>();
      for (int i = 0; i < args.length; i += 2) {
        if (!args[i].startsWith("--") || i + 1 >= args.length) {
          throw new IllegalArgumentException("expected --name value, got " + args[i]);
        }
        values.put(args[i].substring(2), args[i + 1]);
      }
      return new Args(values);
    }

    /**
     * {@return the option's value, or {@code fallback}}
     *
     * @param name option name without the dashes
     * @param fallback value when the option is not given
     */
    public String get(String name, String fallback) {
      return values.getOrDefault(name, fallback);
    }

    /**
     * {@return the option's value, if given}
     *
     * @param name option name without the dashes
     */
    public Optional<String> get(String name) {
      return Optional.ofNullable(values.get(name));
    }

    /**
     * {@return a whole-number option, or {@code fallback}}
     *
     * @param name option name without the dashes
     * @param fallback value when the option is not given
     * @throws IllegalArgumentException when the value is not a whole number
     */
    public long getLong(String name, long fallback) {
      String v = values.get(name);
      if (v == null) {
        return fallback;
      }
      try {
        return Long.parseLong(v);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--" + name + " needs a number, got " + v, e);
      }
    }

    /**
     * {@return {@code --seconds}, or {@code fallback}: how long the example runs}
     *
     * @param fallback run time when {@code --seconds} is not given
     */
    public Duration runTime(Duration fallback) {
      return Duration.ofSeconds(getLong("seconds", fallback.toSeconds()));
    }
  }

  /**
   * Where the example runs: the embedded emulator it started (closed with it) or a server given on
   * the command line.
   */
  public static final class Target implements AutoCloseable {
    private final @Nullable Mt5Emulator emulator;
    private final URI uri;
    private final long login;
    private final char[] password;
    private final Clock clock;

    private Target(
        @Nullable Mt5Emulator emulator, URI uri, long login, char[] password, Clock clock) {
      this.emulator = emulator;
      this.uri = uri;
      this.login = login;
      this.password = password;
      this.clock = clock;
    }

    /**
     * {@return the server of {@code --server URI --login N} (password from {@code JMT5_PASSWORD}),
     * or an emulator started here with the demo accounts}
     *
     * @param args the parsed options
     * @param out where the emulator's address is printed when one is started
     */
    public static Target of(Args args, PrintStream out) {
      Optional<String> server = args.get("server");
      if (server.isPresent()) {
        long login = args.getLong("login", -1);
        if (login < 0) {
          throw new IllegalArgumentException("--server needs --login N");
        }
        String password = System.getenv(PASSWORD_ENV);
        if (password == null) {
          throw new IllegalArgumentException("--server needs the password in " + PASSWORD_ENV);
        }
        out.println("Server " + server.get() + ", account " + login);
        return new Target(
            null, URI.create(server.get()), login, password.toCharArray(), Clock.systemUTC());
      }
      Clock clock =
          args.get("market-time").map(Examples::clockFrom).orElseGet(Examples::weekdayClock);
      Mt5Emulator emulator =
          Mt5Emulator.builder()
              .seed(7)
              .tickRate(20)
              .clock(clock::millis)
              .account(AccountConfig.of(DEMO_LOGIN, DEMO_PASSWORD, 10_000))
              .account(AccountConfig.of(SECOND_LOGIN, SECOND_PASSWORD, 25_000))
              .start();
      out.println("Started the embedded emulator at " + emulator.uri());
      return new Target(emulator, emulator.uri(), DEMO_LOGIN, DEMO_PASSWORD.toCharArray(), clock);
    }

    /** {@return the emulator started for this run, if any} */
    public Optional<Mt5Emulator> emulator() {
      return Optional.ofNullable(emulator);
    }

    /** {@return the server's address} */
    public URI uri() {
      return uri;
    }

    /** {@return the account to log in to} */
    public long login() {
      return login;
    }

    /** {@return a copy of its password} */
    public char[] password() {
      return password.clone();
    }

    /**
     * {@return the server's clock: the system clock, or the embedded emulator's, which runs on last
     * Wednesday so that FX symbols quote whatever day the example runs}
     */
    public Clock clock() {
      return clock;
    }

    /** {@return the server's "now"} */
    public Instant now() {
      return clock.instant();
    }

    /**
     * {@return session options for {@code login} with {@code password} on this server}
     *
     * @param login the account login
     * @param password the password
     */
    public SessionOptions options(long login, char[] password) {
      return SessionOptions.builder(
              ConnectionOptions.builder(uri).build(),
              LoginOptions.of(Credentials.of(login, password)))
          .build();
    }

    /**
     * Connects and logs in to the target's account.
     *
     * @return the logged-in client; the caller closes it
     */
    public Mt5Client connect() {
      return connect(login, password());
    }

    /**
     * Connects and logs in to another account on the same server.
     *
     * @param login the account login
     * @param password the password
     * @return the logged-in client; the caller closes it
     */
    public Mt5Client connect(long login, char[] password) {
      return join(Mt5Client.connect(options(login, password)), Duration.ofSeconds(30));
    }

    @Override
    public void close() {
      java.util.Arrays.fill(password, '\0');
      if (emulator != null) {
        emulator.close();
      }
    }
  }

  /**
   * Runs {@code body} with the parsed options and maps the outcome to an exit code: 0 done, 1
   * failed (the error is printed), 2 bad options.
   *
   * @param args the command-line arguments
   * @param out where the example prints
   * @param body the example
   * @return the exit code
   */
  public static int run(String[] args, PrintStream out, Body body) {
    Args parsed;
    try {
      parsed = Args.parse(args);
    } catch (IllegalArgumentException e) {
      out.println("Usage error: " + e.getMessage());
      return USAGE;
    }
    try (Target target = Target.of(parsed, out)) {
      body.run(parsed, target, out);
      return OK;
    } catch (IllegalArgumentException e) {
      out.println("Usage error: " + e.getMessage());
      return USAGE;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      out.println("Interrupted");
      return FAILED;
    } catch (RuntimeException e) {
      out.println("Failed: " + rootCause(e));
      return FAILED;
    }
  }

  /** The body of an example. */
  @FunctionalInterface
  public interface Body {
    /**
     * Runs the example against {@code target}, printing to {@code out}.
     *
     * @param args the parsed options
     * @param target where to connect
     * @param out where to print
     * @throws InterruptedException if the example is interrupted
     */
    void run(Args args, Target target, PrintStream out) throws InterruptedException;
  }

  /**
   * Waits for {@code future} for at most {@code timeout}, unwrapping its failure.
   *
   * @param <T> the result type
   * @param future the future
   * @param timeout how long to wait
   * @return its result
   * @throws IllegalStateException when it does not complete in time
   */
  public static <T> T join(CompletableFuture<T> future, Duration timeout) {
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CompletionException(e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new CompletionException(cause);
    } catch (TimeoutException e) {
      throw new IllegalStateException("no answer within " + timeout, e);
    }
  }

  /**
   * Waits for {@code future} for at most 30 seconds.
   *
   * @param <T> the result type
   * @param future the future
   * @return its result
   */
  public static <T> T join(CompletableFuture<T> future) {
    return join(future, Duration.ofSeconds(30));
  }

  /**
   * Polls {@code value} every 50 ms until it is present, for at most {@code timeout}.
   *
   * @param <T> the value type
   * @param what what is awaited, for the error message
   * @param timeout how long to wait
   * @param value polled until it is present
   * @return the value
   * @throws IllegalStateException when it is not present in time
   * @throws InterruptedException if interrupted while waiting
   */
  public static <T> T await(String what, Duration timeout, Supplier<Optional<T>> value)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Optional<T> v = value.get();
      if (v.isPresent()) {
        return v.get();
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("no " + what + " within " + timeout);
      }
      Thread.sleep(50);
    }
  }

  /**
   * Subscribes to {@code symbol}'s ticks and waits for its first quote.
   *
   * @param client a logged-in client
   * @param symbol symbol name
   * @return the first quote
   * @throws InterruptedException if interrupted while waiting
   */
  public static SymbolQuote firstQuote(Mt5Client client, String symbol)
      throws InterruptedException {
    var unused = join(client.market().subscribeTicks(symbol));
    return await("quote of " + symbol, Duration.ofSeconds(20), () -> client.market().quote(symbol));
  }

  /**
   * {@return the innermost cause's text, for printing}
   *
   * @param t the failure
   */
  public static String rootCause(Throwable t) {
    Throwable c = t;
    List<Throwable> seen = new ArrayList<>();
    while (c.getCause() != null && !seen.contains(c.getCause())) {
      seen.add(c);
      c = c.getCause();
    }
    return c.getClass().getSimpleName() + ": " + c.getMessage();
  }

  /**
   * A clock that runs at the real pace but starts last Wednesday at noon UTC, when the FX market is
   * open.
   */
  static Clock weekdayClock() {
    return EmulatorClock.lastWeekday(DayOfWeek.WEDNESDAY, LocalTime.NOON).asClock();
  }

  /** A clock that runs at the real pace from {@code --market-time}, an ISO-8601 instant. */
  private static Clock clockFrom(String instant) {
    return MarketTimeArg.parse(instant).asClock();
  }
}

package io.github.jmt5.cli.remote;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jmt5.client.event.ConnectionState;
import io.github.jmt5.client.instrument.Instrumentation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RetryConnectOptionTest {

  private static RemoteOptions parse(Object command, String... args) {
    List<String> all =
        new ArrayList<>(List.of("--server", "ws://127.0.0.1:1/terminal", "--login", "1"));
    all.addAll(List.of(args));
    new CommandLine(command).parseArgs(all.toArray(String[]::new));
    return ((RemoteCommand) command).remote;
  }

  @Test
  void quotesRetryByDefaultAndOneShotCommandsDoNot() {
    assertThat(new QuotesCommand().retriesConnectByDefault()).isTrue();
    assertThat(new AccountCommand().retriesConnectByDefault()).isFalse();
    assertThat(new SymbolsCommand().retriesConnectByDefault()).isFalse();
    assertThat(new BarsCommand().retriesConnectByDefault()).isFalse();
    assertThat(new HistoryCommand().retriesConnectByDefault()).isFalse();
    assertThat(new PositionsCommand().retriesConnectByDefault()).isFalse();
    assertThat(new OrdersCommand().retriesConnectByDefault()).isFalse();
  }

  @Test
  void theFlagOverridesTheCommandsDefaultEitherWay() {
    assertThat(parse(new QuotesCommand(), "EURUSD").retriesConnect(true)).isTrue();
    assertThat(parse(new QuotesCommand(), "EURUSD", "--no-retry-connect").retriesConnect(true))
        .isFalse();
    assertThat(parse(new AccountCommand()).retriesConnect(false)).isFalse();
    assertThat(parse(new AccountCommand(), "--retry-connect").retriesConnect(false)).isTrue();
    assertThat(parse(new AccountCommand(), "--no-retry-connect").retriesConnect(false)).isFalse();
  }

  @Test
  void theReporterSaysWhenTheFirstConnectIsRetriedAndRemembersWhy() {
    StringWriter err = new StringWriter();
    List<String> seen = new ArrayList<>();
    Instrumentation inner =
        new Instrumentation() {
          @Override
          public void reconnectScheduled(int attempt, Duration delay, Throwable cause) {
            seen.add("scheduled " + attempt);
          }

          @Override
          public void stateChanged(ConnectionState from, ConnectionState to) {
            seen.add(from + "->" + to);
          }
        };
    ConnectRetryReporter reporter = new ConnectRetryReporter(inner, new PrintWriter(err, true));
    assertThat(reporter.lastFailure()).isNull();

    IllegalStateException dropped = new IllegalStateException("server closed the connection");
    reporter.reconnectScheduled(1, Duration.ofMillis(250), dropped);
    reporter.stateChanged(ConnectionState.LOGGING_IN, ConnectionState.RECONNECTING);

    assertThat(err.toString())
        .isEqualTo(
            "cannot connect yet (server closed the connection); retrying, attempt 1 in 250 ms"
                + System.lineSeparator());
    assertThat(reporter.lastFailure()).isSameAs(dropped);
    assertThat(seen).containsExactly("scheduled 1", "LOGGING_IN->RECONNECTING");

    // once connected, reconnects are the command's to report
    reporter.connected();
    reporter.reconnectScheduled(1, Duration.ofMillis(100), new IllegalStateException("later"));
    assertThat(err.toString()).doesNotContain("later");
    assertThat(seen).endsWith("scheduled 1");
    assertThat(reporter.lastFailure()).isSameAs(dropped);
  }

  @Test
  void theReporterPassesOnEveryCallback() {
    for (Method m : Instrumentation.class.getMethods()) {
      if (Modifier.isStatic(m.getModifiers())) {
        continue;
      }
      assertThat(declares(m)).as("ConnectRetryReporter overrides %s", m.getName()).isTrue();
    }
  }

  private static boolean declares(Method m) {
    try {
      Method declared =
          ConnectRetryReporter.class.getDeclaredMethod(m.getName(), m.getParameterTypes());
      return declared.getDeclaringClass() == ConnectRetryReporter.class;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }
}

package io.github.jmt5.client.session;

import static io.github.jmt5.client.event.ConnectionState.READY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;
import io.github.jmt5.client.event.Resubscribed;
import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.command.CommandId;
import io.github.jmt5.server.Mt5Emulator;
import io.github.jmt5.server.fault.Fault;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.event.KeyValuePair;

/**
 * Every log line of a whole session at TRACE level (client and emulator, in the same JVM), and
 * every exception it produced, scanned for the password and the saved credential: in plain text, as
 * the UTF-16 hex of the login payload, and as the credential's hex.
 */
class SecretsInLogsIT {
  private static final String[] LOGGERS = {
    Logger.ROOT_LOGGER_NAME, "io.github.jmt5", "io.github.jmt5.server", "io.github.jmt5.client"
  };

  @Test
  void neitherThePasswordNorTheSavedCredentialIsLoggedOrInAnException() throws Exception {
    List<Level> before = new ArrayList<>();
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.start();
    Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    root.addAppender(captured);
    for (String name : LOGGERS) {
      Logger l = (Logger) LoggerFactory.getLogger(name);
      before.add(l.getLevel());
      l.setLevel(Level.TRACE);
    }
    List<Throwable> errors = new CopyOnWriteArrayList<>();
    String saved;
    try (Mt5Emulator emulator = Harness.emulator()) {
      Session session = new Session(Harness.options(emulator).build());
      Harness.Recorder recorder = Harness.Recorder.on(session);
      session.connect().join();
      saved = new String(session.savedCredential().orElseThrow());
      session.request(Request.of(CommandId.GET_ACCOUNT, Codecs.ACCOUNT)).join();
      session.subscribeTicks(List.of(Harness.symbolId(emulator, "EURUSD"))).acknowledged().join();
      emulator.faults().on(CommandId.GET_ACCOUNT.id(), new Fault.NoReply());
      var unused =
          session
              .request(
                  Request.of(CommandId.GET_ACCOUNT, Codecs.ACCOUNT)
                      .withTimeout(Duration.ofMillis(100)))
              .exceptionally(
                  e -> {
                    errors.add(e);
                    return null;
                  })
              .join();
      emulator.dropConnections(); // the reconnect logs in again, with the saved credential
      await().until(() -> !recorder.of(Resubscribed.class).isEmpty());
      assertThat(session.state()).isEqualTo(READY);
      recorder.events.forEach(
          e -> {
            if (e instanceof io.github.jmt5.client.event.ReconnectScheduled r) {
              errors.add(r.cause());
            }
          });
      session.close();
      assertThat(session.toString()).doesNotContain(new String(Harness.PASSWORD));
    } finally {
      root.detachAppender(captured);
      for (int i = 0; i < LOGGERS.length; i++) {
        ((Logger) LoggerFactory.getLogger(LOGGERS[i])).setLevel(before.get(i));
      }
    }

    StringBuilder text = new StringBuilder();
    for (ILoggingEvent e : captured.list) {
      text.append(e.getFormattedMessage()).append('\n');
      List<KeyValuePair> kvs = e.getKeyValuePairs();
      if (kvs != null) {
        kvs.forEach(kv -> text.append(kv.key).append('=').append(kv.value).append('\n'));
      }
      Object[] args = e.getArgumentArray();
      if (args != null) {
        for (Object a : args) {
          text.append(a).append('\n');
        }
      }
      text.append(e.getMDCPropertyMap()).append('\n');
      for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
        text.append(t.getClassName()).append(": ").append(t.getMessage()).append('\n');
        for (StackTraceElementProxy s : t.getStackTraceElementProxyArray()) {
          text.append(s.getSTEAsString()).append('\n');
        }
      }
    }
    for (Throwable t : errors) {
      for (Throwable c = t; c != null; c = c.getCause()) {
        text.append(c).append('\n');
      }
    }
    assertThat(captured.list).hasSizeGreaterThan(20); // the capture saw the session
    // every line the session itself logs carries its context
    List<ILoggingEvent> sessionLines =
        captured.list.stream()
            .filter(e -> e.getLoggerName().equals(Session.class.getName()))
            .toList();
    assertThat(sessionLines).isNotEmpty();
    assertThat(sessionLines)
        .allSatisfy(
            e ->
                assertThat(e.getKeyValuePairs())
                    .extracting(kv -> kv.key)
                    .contains("account", "server", "session"));
    String all = text.toString().toLowerCase(Locale.ROOT);
    String password = new String(Harness.PASSWORD);
    String utf16Hex =
        HexFormat.of()
            .formatHex(password.getBytes(StandardCharsets.UTF_16LE))
            .toLowerCase(Locale.ROOT);
    assertThat(all)
        .doesNotContain(password.toLowerCase(Locale.ROOT))
        .doesNotContain(utf16Hex)
        .doesNotContain(saved.toLowerCase(Locale.ROOT))
        .doesNotContain(saved.substring(0, 32).toLowerCase(Locale.ROOT));
  }
}

package io.github.jmt5.client.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jmt5.client.event.EventOptions;
import io.github.jmt5.client.instrument.Instrumentation;
import io.github.jmt5.client.ratelimit.CommandGroup;
import io.github.jmt5.client.ratelimit.ExhaustionPolicy;
import io.github.jmt5.client.ratelimit.Limit;
import io.github.jmt5.client.ratelimit.RateLimitOptions;
import io.github.jmt5.client.reconnect.ReconnectOptions;
import io.github.jmt5.client.transport.ConnectionOptions;
import io.github.jmt5.client.transport.Transport;
import io.github.jmt5.protocol.wire.Bytes;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every option of {@link SessionOptions} survives the ways of deriving options from others. The
 * options are found by reflection, so an option added later that a copy forgets fails here.
 */
class SessionOptionsCopyTest {
  private static final ConnectionOptions CONNECTION =
      ConnectionOptions.builder(URI.create("wss://example.org/terminal")).build();
  private static final LoginOptions LOGIN =
      LoginOptions.of(Credentials.of(50_001, "secret-1".toCharArray()));

  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

  @AfterEach
  void stopScheduler() {
    scheduler.shutdownNow();
  }

  /** The options: every no-arg instance method that returns something, but toBuilder/toString. */
  private static List<Method> options() {
    List<Method> out = new ArrayList<>();
    for (Method m : SessionOptions.class.getDeclaredMethods()) {
      if (m.getParameterCount() == 0
          && !Modifier.isStatic(m.getModifiers())
          && !m.isSynthetic()
          && m.getReturnType() != void.class
          && !m.getName().equals("toBuilder")
          && !m.getName().equals("toString")) {
        m.setAccessible(true);
        out.add(m);
      }
    }
    out.sort(Comparator.comparing(Method::getName));
    return out;
  }

  private static Object get(Method option, SessionOptions options) throws Exception {
    return option.invoke(options);
  }

  /** Options with every setting different from the default. */
  private SessionOptions everyOptionSet() {
    Transport transport = (uri, headers, listener) -> new CompletableFuture<>();
    return SessionOptions.builder(
            ConnectionOptions.builder(URI.create("wss://other.example.org/terminal"))
                .userAgent("copy-test")
                .build(),
            LoginOptions.of(Credentials.of(50_002, "secret-2".toCharArray()))
                .withOtp(login -> "123456".toCharArray())
                .withClientId(Bytes.zeros(16)))
        .requestTimeout(Duration.ofSeconds(7))
        .drainTimeout(Duration.ofSeconds(3))
        .lateReplyGrace(Duration.ofMillis(1_234))
        .heartbeat(HeartbeatOptions.every(Duration.ofSeconds(2), Duration.ofSeconds(9)))
        .reconnect(ReconnectOptions.builder().maxAttempts(3).build())
        .rateLimits(
            RateLimitOptions.builder()
                .limit(CommandGroup.TRADE, new Limit(1, 1))
                .policy(ExhaustionPolicy.FAIL_FAST)
                .build())
        .events(EventOptions.defaults().withMarketDataCapacity(17))
        .instrumentation(new Instrumentation() {})
        .transport(transport)
        .completionExecutor(Runnable::run)
        .scheduler(scheduler)
        .random(new Random(42))
        .build();
  }

  @Test
  void theTestSetsEveryOptionToSomethingOtherThanTheDefault() throws Exception {
    SessionOptions defaults = SessionOptions.builder(CONNECTION, LOGIN).build();
    SessionOptions set = everyOptionSet();

    assertThat(options()).extracting(Method::getName).contains("lateReplyGrace", "random");
    for (Method option : options()) {
      assertThat(get(option, set))
          .as("%s: set it in everyOptionSet() and copy it in toBuilder()", option.getName())
          .isNotEqualTo(get(option, defaults));
    }
  }

  @Test
  void toBuilderKeepsEveryOption() throws Exception {
    assertSurvives(o -> o.toBuilder().build());
  }

  @Test
  void withConnectionKeepsEveryOtherOption() throws Exception {
    SessionOptions o = everyOptionSet().withConnection(CONNECTION);
    assertThat(o.connection()).isSameAs(CONNECTION);
    assertSurvives(x -> x.withConnection(CONNECTION), "connection");
  }

  @Test
  void withLoginKeepsEveryOtherOption() throws Exception {
    SessionOptions o = everyOptionSet().withLogin(LOGIN);
    assertThat(o.login()).isSameAs(LOGIN);
    assertSurvives(x -> x.withLogin(LOGIN), "login");
  }

  @Test
  void anotherAccountKeepsTheOtpAndTheClientId() throws Exception {
    SessionOptions set = everyOptionSet();
    Credentials other = Credentials.of(50_003, "secret-3".toCharArray());

    SessionOptions o = set.withLogin(set.login().withCredentials(other));

    assertThat(o.login().credentials()).isSameAs(other);
    assertThat(o.login().otp()).isSameAs(set.login().otp());
    assertThat(o.login().clientId()).isEqualTo(set.login().clientId());
    assertSurvives(x -> x.withLogin(x.login().withCredentials(other)), "login");
  }

  private void assertSurvives(UnaryOperator<SessionOptions> derive, String... changed)
      throws Exception {
    SessionOptions set = everyOptionSet();
    SessionOptions derived = derive.apply(set);
    List<String> skip = List.of(changed);
    for (Method option : options()) {
      if (!skip.contains(option.getName())) {
        assertThat(get(option, derived))
            .as("%s survives", option.getName())
            .isEqualTo(get(option, set));
      }
    }
  }
}

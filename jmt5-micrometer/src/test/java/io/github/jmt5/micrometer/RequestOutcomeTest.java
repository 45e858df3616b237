package io.github.jmt5.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jmt5.client.error.AuthenticationException;
import io.github.jmt5.client.error.ConnectionException;
import io.github.jmt5.client.error.RateLimitException;
import io.github.jmt5.client.error.RequestTimeoutException;
import io.github.jmt5.client.error.ServerErrorException;
import io.github.jmt5.client.error.SessionClosedException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RequestOutcomeTest {
  static Stream<Arguments> errors() {
    return Stream.of(
        Arguments.of(null, RequestOutcome.SUCCESS),
        Arguments.of(new ServerErrorException(3, 2), RequestOutcome.SERVER_ERROR),
        Arguments.of(new AuthenticationException(50_001, 3, false), RequestOutcome.SERVER_ERROR),
        Arguments.of(new RequestTimeoutException(3, Duration.ofSeconds(1)), RequestOutcome.TIMEOUT),
        Arguments.of(new TimeoutException("late"), RequestOutcome.TIMEOUT),
        Arguments.of(new ConnectionException("link lost"), RequestOutcome.CONNECTION),
        Arguments.of(new SessionClosedException("closed"), RequestOutcome.CONNECTION),
        Arguments.of(
            new RateLimitException(12, "TRADE", Duration.ofSeconds(40)),
            RequestOutcome.RATE_LIMITED),
        Arguments.of(new CancellationException(), RequestOutcome.CANCELLED),
        Arguments.of(new IllegalStateException("bug"), RequestOutcome.OTHER),
        Arguments.of(
            new CompletionException(new RequestTimeoutException(3, Duration.ofSeconds(1))),
            RequestOutcome.TIMEOUT),
        Arguments.of(
            new ExecutionException(new CompletionException(new ConnectionException("gone"))),
            RequestOutcome.CONNECTION),
        Arguments.of(new CompletionException("no cause", null), RequestOutcome.OTHER));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("errors")
  void mapsTheExceptionClassToAnOutcome(Throwable error, RequestOutcome expected) {
    assertThat(RequestOutcome.of(error)).isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("errors")
  void tagsAreLowerCaseWithUnderscores(Throwable ignored, RequestOutcome outcome) {
    assertThat(outcome.tag()).matches("[a-z_]+").isEqualTo(outcome.name().toLowerCase(Locale.ROOT));
  }
}

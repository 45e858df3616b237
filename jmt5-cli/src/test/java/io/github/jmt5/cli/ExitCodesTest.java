package io.github.jmt5.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jmt5.client.error.AuthenticationException;
import io.github.jmt5.client.error.ConnectionException;
import io.github.jmt5.client.error.RequestTimeoutException;
import io.github.jmt5.client.error.ServerErrorException;
import io.github.jmt5.protocol.ProtocolException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class ExitCodesTest {
  @Test
  void mapsFailuresToTheDocumentedCodes() {
    assertThat(ExitCodes.of(new AuthenticationException(50001, 3, false)))
        .isEqualTo(ExitCodes.AUTHENTICATION);
    assertThat(ExitCodes.of(new ServerErrorException(3, 9))).isEqualTo(ExitCodes.SERVER);
    assertThat(ExitCodes.of(new ProtocolException("bad", null))).isEqualTo(ExitCodes.SERVER);
    assertThat(ExitCodes.of(new ConnectionException("lost"))).isEqualTo(ExitCodes.CONNECTION);
    assertThat(ExitCodes.of(new RequestTimeoutException(3, Duration.ofSeconds(1))))
        .isEqualTo(ExitCodes.CONNECTION);
    assertThat(ExitCodes.of(new ConnectException("refused"))).isEqualTo(ExitCodes.CONNECTION);
    assertThat(ExitCodes.of(new IllegalArgumentException("x"))).isEqualTo(ExitCodes.USAGE);
    assertThat(ExitCodes.of(new IllegalStateException("x"))).isEqualTo(ExitCodes.OTHER);
  }

  @Test
  void looksThroughWrappers() {
    Throwable wrapped =
        new CompletionException(
            new ExecutionException(new AuthenticationException(50001, 5, false)));
    assertThat(ExitCodes.of(wrapped)).isEqualTo(ExitCodes.AUTHENTICATION);
  }
}

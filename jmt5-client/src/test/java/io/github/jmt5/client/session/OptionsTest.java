package io.github.jmt5.client.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jmt5.client.transport.ConnectionOptions;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OptionsTest {
  private static final URI URI_ = URI.create("wss://example.org/terminal");

  @Test
  void credentialsNeverShowThePassword() {
    char[] password = "hunter2-secret".toCharArray();
    Credentials c = Credentials.of(123, password);
    password[0] = 'X'; // the caller's array is copied

    assertThat(c.toString()).doesNotContain("hunter2").contains("123").contains("***");
    assertThat(c.password().toString()).isEqualTo("hunter2-secret");
    SessionOptions options =
        SessionOptions.builder(ConnectionOptions.builder(URI_).build(), LoginOptions.of(c)).build();
    assertThat(options.toString()).doesNotContain("hunter2");

    c.clear();
    assertThat(c.isCleared()).isTrue();
  }

  @Test
  void badArgumentsAreRefusedWithTheRangeInTheMessage() {
    assertThatThrownBy(() -> Credentials.of(0, "x".toCharArray()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive");
    assertThatThrownBy(() -> Credentials.of(1, new char[0]))
        .hasMessageContaining("password must not be empty");
    assertThatThrownBy(() -> ConnectionOptions.builder(URI.create("http://x/terminal")))
        .hasMessageContaining("ws:// or wss://");
    assertThatThrownBy(() -> ConnectionOptions.builder(URI_).maxMessageBytes(10))
        .hasMessageContaining("[1024, 1073741824]");
    assertThatThrownBy(() -> ConnectionOptions.builder(URI_).header("origin", "x"))
        .hasMessageContaining("origin()");
    assertThatThrownBy(() -> HeartbeatOptions.every(Duration.ofSeconds(5), Duration.ofSeconds(5)))
        .hasMessageContaining("greater than the interval");
    assertThatThrownBy(() -> HeartbeatOptions.every(Duration.ofMillis(10), Duration.ofSeconds(5)))
        .hasMessageContaining("at least 100 ms");
    assertThatThrownBy(
            () ->
                SessionOptions.builder(
                        ConnectionOptions.builder(URI_).build(),
                        LoginOptions.of(Credentials.of(1, "p".toCharArray())))
                    .requestTimeout(Duration.ZERO))
        .hasMessageContaining("requestTimeout must be positive");
    assertThatThrownBy(
            () ->
                LoginOptions.of(Credentials.of(1, "p".toCharArray()))
                    .withClientId(io.github.jmt5.protocol.wire.Bytes.zeros(3)))
        .hasMessageContaining("16 bytes");
  }

  @Test
  void handshakeHeadersCarryOriginAndUserAgent() {
    ConnectionOptions c = ConnectionOptions.builder(URI_).header("X-Trace", "1").build();
    assertThat(c.headers())
        .containsEntry("Origin", ConnectionOptions.DEFAULT_ORIGIN)
        .containsEntry("User-Agent", "jmt5")
        .containsEntry("X-Trace", "1");
    assertThat(c.sslContext()).isNull(); // the JDK default, which verifies certificates
  }
}

package io.github.jmt5.client.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jmt5.client.error.AuthenticationException;
import io.github.jmt5.client.error.ConnectionException;
import io.github.jmt5.client.error.RequestTimeoutException;
import io.github.jmt5.client.error.ServerErrorException;
import io.github.jmt5.client.error.SessionClosedException;
import io.github.jmt5.protocol.ProtocolException;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import org.junit.jupiter.api.Test;

class TransientFailuresTest {

  private static ConnectionException cannotOpen(Throwable cause) {
    return new ConnectionException("cannot open ws://h/terminal: " + cause, cause);
  }

  @Test
  void networkFailuresAndTimeoutsAreTransient() {
    assertThat(TransientFailures.isTransient(cannotOpen(new ConnectException("refused")))).isTrue();
    assertThat(TransientFailures.isTransient(cannotOpen(new SocketException("reset")))).isTrue();
    assertThat(TransientFailures.isTransient(cannotOpen(new HttpConnectTimeoutException("slow"))))
        .isTrue();
    assertThat(TransientFailures.isTransient(new ConnectionException("server closed (1006)")))
        .isTrue();
    assertThat(
            TransientFailures.isTransient(new RequestTimeoutException(28, Duration.ofSeconds(1))))
        .isTrue();
    // a TLS handshake cut off by the peer is a dropped connection, not a bad certificate
    SSLHandshakeException cutOff =
        new SSLHandshakeException("Remote host terminated the handshake");
    cutOff.initCause(new EOFException("SSL peer shut down incorrectly"));
    assertThat(TransientFailures.isTransient(cannotOpen(cutOff))).isTrue();
  }

  @Test
  void refusedLoginsServerErrorsAndClosedSessionsAreNot() {
    assertThat(TransientFailures.isTransient(new AuthenticationException(1, 3, false))).isFalse();
    assertThat(TransientFailures.isTransient(new ServerErrorException(0, 9))).isFalse();
    assertThat(TransientFailures.isTransient(new SessionClosedException("closed"))).isFalse();
    assertThat(TransientFailures.isTransient(new ProtocolException("bad", null))).isFalse();
    assertThat(TransientFailures.isTransient(new IllegalStateException("credentials cleared")))
        .isFalse();
    assertThat(TransientFailures.isTransient(new IllegalArgumentException("bad"))).isFalse();
  }

  @Test
  void certificateFailuresAreNot() {
    SSLHandshakeException untrusted = new SSLHandshakeException("PKIX path building failed");
    untrusted.initCause(new CertificateException("unable to find valid certification path"));
    assertThat(TransientFailures.isTransient(cannotOpen(untrusted))).isFalse();
    assertThat(TransientFailures.isTransient(cannotOpen(new SSLPeerUnverifiedException("host"))))
        .isFalse();
  }

  @Test
  void anUpgradeRefusedWithTooManyRequestsOrA5xxIsTransientOtherStatusesAreNot() {
    for (int status : new int[] {429, 500, 502, 503}) {
      assertThat(TransientFailures.isTransient(cannotOpen(refused(status))))
          .as("%d", status)
          .isTrue();
    }
    for (int status : new int[] {200, 400, 401, 403, 404}) {
      assertThat(TransientFailures.isTransient(cannotOpen(refused(status))))
          .as("%d", status)
          .isFalse();
    }
  }

  private static WebSocketHandshakeException refused(int status) {
    return new WebSocketHandshakeException(new Status(status));
  }

  /** An HTTP response that only has a status. */
  private record Status(int statusCode) implements HttpResponse<Object> {
    @Override
    public HttpRequest request() {
      return HttpRequest.newBuilder(URI.create("http://h/terminal")).build();
    }

    @Override
    public Optional<HttpResponse<Object>> previousResponse() {
      return Optional.empty();
    }

    @Override
    public HttpHeaders headers() {
      return HttpHeaders.of(Map.of(), (a, b) -> true);
    }

    @Override
    public Object body() {
      return "";
    }

    @Override
    public Optional<SSLSession> sslSession() {
      return Optional.empty();
    }

    @Override
    public URI uri() {
      return URI.create("http://h/terminal");
    }

    @Override
    public HttpClient.Version version() {
      return HttpClient.Version.HTTP_1_1;
    }
  }

  @Test
  void aCauseChainWithACycleEnds() {
    CyclicException a = new CyclicException();
    CyclicException b = new CyclicException();
    a.other = b;
    b.other = a;
    assertThat(TransientFailures.isTransient(cannotOpen(a))).isTrue();
  }

  /** An exception whose cause is another one whose cause is this one. */
  private static final class CyclicException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    CyclicException other = this;

    @Override
    public synchronized Throwable getCause() {
      return other;
    }
  }
}

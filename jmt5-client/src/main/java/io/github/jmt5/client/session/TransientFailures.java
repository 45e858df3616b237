package io.github.jmt5.client.session;

import io.github.jmt5.client.error.ConnectionException;
import io.github.jmt5.client.error.RequestTimeoutException;
import io.github.jmt5.client.error.SessionClosedException;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * Tells a failed first connect that may succeed when tried again (the network or the server was
 * briefly unavailable) from one that will fail the same way every time.
 */
final class TransientFailures {
  // cause chains are short; the bound only guards against a cycle
  private static final int MAX_DEPTH = 32;

  private TransientFailures() {}

  /**
   * Transient: a {@link RequestTimeoutException} (the bootstrap, login or a subscription got no
   * reply), or a {@link ConnectionException} (refused, reset or dropped socket, a link lost during
   * bootstrap or login, a connect or handshake timeout), except a closed session, a failed TLS
   * certificate or host name check, and an upgrade the server answered with an HTTP status other
   * than 429 or 5xx. Everything else is not: a refused login and other server errors, protocol
   * errors, bad arguments and illegal states.
   */
  static boolean isTransient(Throwable failure) {
    if (failure instanceof RequestTimeoutException) {
      return true;
    }
    if (!(failure instanceof ConnectionException) || failure instanceof SessionClosedException) {
      return false;
    }
    Throwable t = failure.getCause();
    for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
      if (isCertificateFailure(t)) {
        return false;
      }
      if (t instanceof WebSocketHandshakeException w) {
        return isRetryableStatus(w);
      }
    }
    return true;
  }

  private static boolean isCertificateFailure(Throwable t) {
    return t instanceof CertificateException
        || t instanceof CertPathValidatorException
        || t instanceof CertPathBuilderException
        || t instanceof SSLPeerUnverifiedException;
  }

  /** A refusal that may pass later: 429 (too many requests) or a 5xx (server down, overloaded). */
  private static boolean isRetryableStatus(WebSocketHandshakeException w) {
    HttpResponse<?> response = w.getResponse();
    int status = response == null ? 0 : response.statusCode();
    return status == 429 || status >= 500;
  }
}

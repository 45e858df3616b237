package io.github.jmt5.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jmt5.server.Mt5Emulator;
import io.netty.handler.ssl.util.SelfSignedCertificate;
import java.io.FileInputStream;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

/**
 * The emulator serves wss:// from PEM files; a client that does not trust the certificate is
 * refused.
 */
class TlsIT {
  @Test
  @SuppressWarnings(
      "deprecation") // Netty's successor (netty-pkitesting) is not on the classpath; fine for a
  // test certificate
  void servesWssWithAPemCertificate() throws Exception {
    SelfSignedCertificate cert = new SelfSignedCertificate("localhost");
    try (Mt5Emulator emulator =
        Mt5Emulator.builder()
            .tls(Tls.fromPem(cert.certificate().toPath(), cert.privateKey().toPath()))
            .start()) {
      assertThat(emulator.uri().getScheme()).isEqualTo("wss");
      var uri = java.net.URI.create(emulator.uri().toString().replace("127.0.0.1", "localhost"));

      HttpClient trusting =
          HttpClient.newBuilder().sslContext(trusting(cert.certificate().toPath())).build();
      WebSocket ws =
          trusting
              .newWebSocketBuilder()
              .buildAsync(uri, new WebSocket.Listener() {})
              .get(10, TimeUnit.SECONDS);
      ws.abort();

      HttpClient defaults = HttpClient.newHttpClient();
      assertThatThrownBy(
              () ->
                  defaults
                      .newWebSocketBuilder()
                      .buildAsync(uri, new WebSocket.Listener() {})
                      .get(10, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(javax.net.ssl.SSLHandshakeException.class);
    } finally {
      cert.delete();
    }
  }

  @Test
  @SuppressWarnings("deprecation") // see above
  void servesWssFromAKeystore(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    SelfSignedCertificate cert = new SelfSignedCertificate("localhost");
    try {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      ks.setKeyEntry(
          "emulator",
          cert.key(),
          "changeit".toCharArray(),
          new java.security.cert.Certificate[] {cert.cert()});
      Path file = dir.resolve("emulator.p12");
      try (var out = java.nio.file.Files.newOutputStream(file)) {
        ks.store(out, "changeit".toCharArray());
      }
      char[] password = "changeit".toCharArray();
      try (Mt5Emulator emulator =
          Mt5Emulator.builder().tls(Tls.fromKeystore(file, password)).start()) {
        assertThat(password).containsOnly('\0');
        var uri = java.net.URI.create(emulator.uri().toString().replace("127.0.0.1", "localhost"));
        HttpClient trusting =
            HttpClient.newBuilder().sslContext(trusting(cert.certificate().toPath())).build();
        trusting
            .newWebSocketBuilder()
            .buildAsync(uri, new WebSocket.Listener() {})
            .get(10, TimeUnit.SECONDS)
            .abort();
      }
      assertThatThrownBy(() -> Tls.fromKeystore(file, "wrong".toCharArray()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("emulator.p12");
    } finally {
      cert.delete();
    }
  }

  @Test
  void badFilesAreNamed() {
    assertThatThrownBy(() -> Tls.fromPem(Path.of("missing.pem"), Path.of("missing.key")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("missing.pem");
  }

  private static SSLContext trusting(Path certificate) throws Exception {
    KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
    ks.load(null, null);
    try (InputStream in = new FileInputStream(certificate.toFile())) {
      ks.setCertificateEntry(
          "emulator", CertificateFactory.getInstance("X.509").generateCertificate(in));
    }
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(ks);
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(null, tmf.getTrustManagers(), null);
    return ctx;
  }
}

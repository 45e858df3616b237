package io.github.jmt5.client.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jmt5.client.error.ConnectionException;
import io.github.jmt5.client.event.ConnectionState;
import io.github.jmt5.client.transport.ConnectionOptions;
import io.github.jmt5.server.Mt5Emulator;
import io.github.jmt5.server.account.AccountConfig;
import io.github.jmt5.server.cli.Tls;
import io.netty.handler.ssl.util.SelfSignedCertificate;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.Arrays;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

/** TLS verification, saved credentials, and what a closed session leaves behind. */
@SuppressWarnings("deprecation") // Netty's self-signed helper is fine for a test certificate
class SessionSecurityIT {
  @Test
  void tlsIsVerifiedByDefaultAndACustomTrustStoreIsHonoured() throws Exception {
    SelfSignedCertificate cert = new SelfSignedCertificate("localhost");
    try (Mt5Emulator emulator =
        Mt5Emulator.builder()
            .account(AccountConfig.of(Harness.LOGIN, new String(Harness.PASSWORD), 1000))
            .tls(Tls.fromPem(cert.certificate().toPath(), cert.privateKey().toPath()))
            .start()) {
      URI uri = URI.create(emulator.uri().toString().replace("127.0.0.1", "localhost"));
      LoginOptions login = LoginOptions.of(Credentials.of(Harness.LOGIN, Harness.PASSWORD));

      try (Session untrusting =
          new Session(
              SessionOptions.builder(ConnectionOptions.builder(uri).build(), login).build())) {
        assertThatThrownBy(() -> untrusting.connect().join())
            .hasCauseInstanceOf(ConnectionException.class)
            .hasMessageContaining("SSLHandshakeException");
      }

      SSLContext trusting = trusting(cert);
      try (Session session =
          new Session(
              SessionOptions.builder(
                      ConnectionOptions.builder(uri).sslContext(trusting).build(), login)
                  .build())) {
        session.connect().join();
        assertThat(session.state()).isEqualTo(ConnectionState.READY);
      }
    } finally {
      cert.delete();
    }
  }

  @Test
  void theSavedCredentialLogsInWithoutThePassword() {
    try (Mt5Emulator emulator = Harness.emulator()) {
      Session first = new Session(Harness.options(emulator).build());
      assertThat(first.savedCredential()).isEmpty();
      first.connect().join();
      char[] saved = first.savedCredential().orElseThrow();
      assertThat(saved).hasSize(320);
      first.close();
      assertThat(first.savedCredential()).isEmpty();

      try (Session second = new Session(Harness.options(emulator, Harness.LOGIN, saved).build())) {
        second.connect().join();
        assertThat(second.state()).isEqualTo(ConnectionState.READY);
      }
      Arrays.fill(saved, '\0');
    }
  }

  @Test
  void aClosedSessionStopsEveryThreadItStarted() {
    try (Mt5Emulator emulator = Harness.emulator()) {
      Session session = new Session(Harness.options(emulator).build());
      session.connect().join();
      session.close();

      org.awaitility.Awaitility.await()
          .until(
              () ->
                  Thread.getAllStackTraces().keySet().stream()
                      .map(Thread::getName)
                      .noneMatch(
                          n -> n.startsWith("jmt5-session-") || n.startsWith("jmt5-events-")));
    }
  }

  private static SSLContext trusting(SelfSignedCertificate cert) throws Exception {
    KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
    ks.load(null, null);
    try (InputStream in = Files.newInputStream(cert.certificate().toPath())) {
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

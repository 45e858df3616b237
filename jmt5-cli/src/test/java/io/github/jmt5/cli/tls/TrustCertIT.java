package io.github.jmt5.cli.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.jmt5.cli.Cli;
import io.github.jmt5.cli.ExitCodes;
import io.github.jmt5.client.session.Credentials;
import io.github.jmt5.client.session.LoginOptions;
import io.github.jmt5.client.session.Session;
import io.github.jmt5.client.session.SessionOptions;
import io.github.jmt5.client.transport.ConnectionOptions;
import io.github.jmt5.server.Mt5Emulator;
import io.github.jmt5.server.account.AccountConfig;
import io.github.jmt5.server.cli.Tls;
import io.netty.handler.ssl.util.SelfSignedCertificate;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line against a {@code wss://} emulator whose certificate no public CA signed. */
@SuppressWarnings("deprecation") // Netty's self-signed helper is fine for a test certificate
class TrustCertIT {
  private static final long LOGIN = 70_001;
  private static final String PASSWORD = "tls-pass-1";
  private static final Pattern LISTENING = Pattern.compile("jmt5 sniff listening on (ws://\\S+),");

  @TempDir static Path dir;

  @SuppressWarnings("NullAway.Init")
  private static SelfSignedCertificate cert;

  @SuppressWarnings("NullAway.Init")
  private static Mt5Emulator emulator;

  @SuppressWarnings("NullAway.Init")
  private static URI secure;

  @SuppressWarnings("NullAway.Init")
  private static Path passwordFile;

  @BeforeAll
  @SuppressWarnings("NullAway") // JUnit injects the @TempDir field before @BeforeAll runs
  static void start() throws Exception {
    cert = new SelfSignedCertificate("localhost");
    emulator =
        Mt5Emulator.builder()
            .port(0)
            .tls(Tls.fromPem(cert.certificate().toPath(), cert.privateKey().toPath()))
            .account(AccountConfig.of(LOGIN, PASSWORD, 10_000))
            .start();
    secure = URI.create(emulator.uri().toString().replace("127.0.0.1", "localhost"));
    passwordFile = dir.resolve("password");
    Files.writeString(passwordFile, PASSWORD + "\n", StandardCharsets.UTF_8);
  }

  @AfterAll
  static void stop() {
    emulator.close();
    cert.delete();
  }

  private static Cli.Result account(String... extra) {
    String[] base = {
      "account",
      "--server",
      secure.toString(),
      "--login",
      Long.toString(LOGIN),
      "--password-file",
      passwordFile.toString()
    };
    String[] all = new String[base.length + extra.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return Cli.run(all);
  }

  @Test
  void anUntrustedCertificateIsRefusedByDefault() {
    assertThat(secure.getScheme()).isEqualTo("wss");
    Cli.Result r = account();
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.CONNECTION);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void theCertificateGivenWithTrustCertIsTrusted() {
    Cli.Result r = account("--trust-cert", cert.certificate().toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains(Long.toString(LOGIN));
  }

  @Test
  void trustingAnotherCertificateStillRefusesTheServer() throws Exception {
    SelfSignedCertificate other = new SelfSignedCertificate("localhost");
    try {
      Cli.Result r = account("--trust-cert", other.certificate().toString());
      assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.CONNECTION);
    } finally {
      other.delete();
    }
  }

  @Test
  void aFileWithoutCertificatesIsAUsageError() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.pem"), "not a certificate\n");
    Cli.Result r = account("--trust-cert", empty.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("empty.pem");
  }

  @Test
  void sniffReachesATlsUpstreamThroughTrustCert() throws Exception {
    try (Cli.Running sniff =
        Cli.start(
            "sniff",
            "--listen",
            "0",
            "--upstream",
            secure.toString(),
            "--trust-cert",
            cert.certificate().toString())) {
      await().atMost(Duration.ofSeconds(20)).until(() -> LISTENING.matcher(sniff.err()).find());
      Matcher m = LISTENING.matcher(sniff.err());
      assertThat(m.find()).isTrue();
      try (Session session =
          new Session(
              SessionOptions.builder(
                      ConnectionOptions.builder(URI.create(m.group(1))).build(),
                      LoginOptions.of(Credentials.of(LOGIN, PASSWORD.toCharArray())))
                  // the proxy's TLS handshake with the upstream comes first: slow on a loaded
                  // machine
                  .requestTimeout(Duration.ofSeconds(30))
                  .build())) {
        session.connect().get(60, TimeUnit.SECONDS);
      }
      await().atMost(Duration.ofSeconds(20)).until(() -> sniff.out().contains("28 login"));
    }
  }
}

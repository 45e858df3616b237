package io.github.jmt5.server.cli;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.net.ssl.SSLException;

/** Server TLS contexts from PEM files. */
public final class Tls {
  private Tls() {}

  /**
   * A server context from a PEM certificate chain and a PEM PKCS#8 private key.
   *
   * @throws IllegalArgumentException naming the file that is missing or unreadable as PEM
   */
  public static SslContext fromPem(Path certificateChain, Path privateKey) {
    for (Path p : new Path[] {certificateChain, privateKey}) {
      if (!Files.isReadable(p)) {
        throw new IllegalArgumentException("cannot read " + p.toAbsolutePath());
      }
    }
    try {
      return SslContextBuilder.forServer(certificateChain.toFile(), privateKey.toFile()).build();
    } catch (SSLException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "not a PEM certificate chain and PKCS#8 key: "
              + certificateChain
              + ", "
              + privateKey
              + " ("
              + e.getMessage()
              + ")",
          e);
    }
  }
}

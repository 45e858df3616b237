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
   * {@return a server context from a PEM certificate chain and a PEM PKCS#8 private key}
   *
   * @param certificateChain PEM file of the certificate chain, server certificate first
   * @param privateKey PEM file of the PKCS#8 private key
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

  /**
   * {@return a server context from a PKCS#12 or JKS keystore holding one private key and its
   * certificate chain} The password array is cleared before returning.
   *
   * @param keystore PKCS#12 or JKS file
   * @param password the keystore password; cleared before returning
   * @throws IllegalArgumentException naming the file when it cannot be read or opened with the
   *     password
   */
  public static SslContext fromKeystore(Path keystore, char[] password) {
    try (java.io.InputStream in = Files.newInputStream(keystore)) {
      java.security.KeyStore ks = java.security.KeyStore.getInstance(type(keystore));
      ks.load(in, password);
      javax.net.ssl.KeyManagerFactory kmf =
          javax.net.ssl.KeyManagerFactory.getInstance(
              javax.net.ssl.KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(ks, password);
      return SslContextBuilder.forServer(kmf).build();
    } catch (java.io.IOException | java.security.GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "cannot open keystore " + keystore.toAbsolutePath() + ": " + e.getMessage(), e);
    } finally {
      java.util.Arrays.fill(password, '\0');
    }
  }

  private static String type(Path keystore) {
    String name = keystore.toString().toLowerCase(java.util.Locale.ROOT);
    return name.endsWith(".jks") ? "JKS" : "PKCS12";
  }
}

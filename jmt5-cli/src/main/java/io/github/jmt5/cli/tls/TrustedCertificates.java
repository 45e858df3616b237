package io.github.jmt5.cli.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * An {@link SSLContext} that trusts exactly the certificates of a PEM file, for a server whose
 * certificate no public CA signed (an emulator started with {@code serve --tls-cert}, a broker's
 * test server). Verification stays on: the chain must lead to one of these certificates and the
 * host name must match; only the set of trusted roots changes.
 */
public final class TrustedCertificates {
  private TrustedCertificates() {}

  /**
   * Loads every certificate of {@code pem} as a trust anchor.
   *
   * @param pem a file of one or more PEM ({@code -----BEGIN CERTIFICATE-----}) or DER certificates
   * @return a TLS context trusting only those certificates
   * @throws IllegalArgumentException if the file is missing, unreadable or holds no certificate
   */
  public static SSLContext from(Path pem) {
    Collection<? extends Certificate> certificates;
    try (InputStream in = Files.newInputStream(pem)) {
      certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException("cannot read certificates from " + pem + ": " + e, e);
    }
    if (certificates.isEmpty()) {
      throw new IllegalArgumentException("no certificate in " + pem);
    }
    try {
      KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
      trusted.load(null, null);
      int i = 0;
      for (Certificate c : certificates) {
        trusted.setCertificateEntry("trusted-" + i++, c);
      }
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trusted);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, tmf.getTrustManagers(), null);
      return context;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot build a TLS context from " + pem, e);
    }
  }
}

package io.github.jmt5.cli;

import io.github.jmt5.client.error.AuthenticationException;
import io.github.jmt5.client.error.ConnectionException;
import io.github.jmt5.client.error.RequestTimeoutException;
import io.github.jmt5.client.error.ServerErrorException;
import io.github.jmt5.client.internal.Futures;
import io.github.jmt5.protocol.Mt5Exception;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.WebSocketHandshakeException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine;

/** The exit codes of every {@code jmt5} command, and how failures map onto them. */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;

  /** Any failure not covered below. */
  public static final int OTHER = 1;

  /** Bad usage: unknown option, missing or invalid value. */
  public static final int USAGE = 2;

  /** Could not connect, or the connection was lost or timed out. */
  public static final int CONNECTION = 3;

  /** The server refused the login (wrong password, OTP required or wrong, 2FA setup needed). */
  public static final int AUTHENTICATION = 4;

  /** The server answered with an error code, or refused a trade. */
  public static final int SERVER = 5;

  /** The list shown by {@code --help}. */
  static final String[] HELP = {
    " 0:success",
    " 1:any other failure",
    " 2:bad usage (unknown option, missing or invalid value)",
    " 3:connection failed, lost or timed out",
    " 4:authentication refused",
    " 5:server or trade error"
  };

  private ExitCodes() {}

  /**
   * {@return the exit code for a failure, looking through wrappers such as {@link
   * CompletionException}}
   *
   * @param failure what the command failed with
   */
  public static int of(Throwable failure) {
    Throwable t = unwrap(failure);
    if (t instanceof CommandLine.ParameterException || t instanceof IllegalArgumentException) {
      return USAGE;
    }
    if (t instanceof AuthenticationException) {
      return AUTHENTICATION;
    }
    if (t instanceof ConnectionException
        || t instanceof RequestTimeoutException
        || t instanceof ConnectException
        || t instanceof SocketException
        || t instanceof UnknownHostException
        || t instanceof HttpConnectTimeoutException
        || t instanceof WebSocketHandshakeException
        || (t instanceof UncheckedIOException u && u.getCause() instanceof SocketException)) {
      return CONNECTION;
    }
    if (t instanceof ServerErrorException || t instanceof Mt5Exception) {
      return SERVER;
    }
    return OTHER;
  }

  /**
   * {@return the failure inside {@link CompletionException}, {@link ExecutionException} and
   * picocli's}
   *
   * @param failure what the command failed with
   */
  public static Throwable unwrap(Throwable failure) {
    return Futures.unwrap(failure, CommandLine.ExecutionException.class::isInstance);
  }
}

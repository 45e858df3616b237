package io.github.jmt5.client.compat;

import java.util.Objects;

/**
 * The outcome of the last call, as the official {@code last_error()} tuple: a {@code RES_*} code of
 * {@link Mt5Constants} and its description.
 *
 * @param code {@link Mt5Constants#RES_S_OK} after a successful call, a negative {@code RES_E_*}
 *     code after a failed one
 * @param description what the code means, followed by the detail of the failure when known
 */
public record LastError(int code, String description) {
  /** The value after a successful call: {@code (1, "Success")}. */
  public static final LastError SUCCESS = new LastError(Mt5Constants.RES_S_OK, "Success");

  /**
   * Checks the description.
   *
   * @param code {@link Mt5Constants#RES_S_OK} after a successful call, a negative {@code RES_E_*}
   *     code after a failed one
   * @param description what the code means, followed by the detail of the failure when known
   */
  public LastError {
    Objects.requireNonNull(description, "description");
  }

  /** {@return true for {@link #SUCCESS}'s code} */
  public boolean isSuccess() {
    return code == Mt5Constants.RES_S_OK;
  }

  /**
   * {@return the official description of a {@code RES_*} code}
   *
   * @param code a {@code RES_*} code
   */
  public static String describe(int code) {
    return switch (code) {
      case Mt5Constants.RES_S_OK -> "Success";
      case Mt5Constants.RES_E_FAIL -> "Terminal: Call failed";
      case Mt5Constants.RES_E_INVALID_PARAMS -> "Invalid arguments";
      case Mt5Constants.RES_E_NO_MEMORY -> "No memory";
      case Mt5Constants.RES_E_NOT_FOUND -> "Terminal: Not found";
      case Mt5Constants.RES_E_INVALID_VERSION -> "Terminal: Invalid version";
      case Mt5Constants.RES_E_AUTH_FAILED -> "Terminal: Authorization failed";
      case Mt5Constants.RES_E_UNSUPPORTED -> "Terminal: Unsupported method";
      case Mt5Constants.RES_E_AUTO_TRADING_DISABLED -> "Terminal: Auto-trading disabled";
      case Mt5Constants.RES_E_INTERNAL_FAIL -> "Internal error";
      case Mt5Constants.RES_E_INTERNAL_FAIL_SEND -> "Send failed";
      case Mt5Constants.RES_E_INTERNAL_FAIL_RECEIVE -> "Receive failed";
      case Mt5Constants.RES_E_INTERNAL_FAIL_INIT -> "Initialization failed";
      case Mt5Constants.RES_E_INTERNAL_FAIL_CONNECT -> "No IPC connection";
      case Mt5Constants.RES_E_INTERNAL_FAIL_TIMEOUT -> "IPC timeout";
      default -> "Unknown error " + code;
    };
  }

  /**
   * {@return the error {@code code} with its official description and {@code detail} (may be
   * empty)}
   *
   * @param code a {@code RES_*} code
   * @param detail what went wrong in particular, or empty
   */
  public static LastError of(int code, String detail) {
    String base = describe(code);
    return new LastError(code, detail.isEmpty() ? base : base + ": " + detail);
  }
}

package io.github.jmt5.cli.sniff;

import io.github.jmt5.cli.output.Direction;
import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.message.Redaction;
import io.github.jmt5.protocol.message.onboarding.InitRequest;
import io.github.jmt5.protocol.message.onboarding.OpenAccountResponse;
import io.github.jmt5.protocol.message.session.ChangePasswordRequest;
import io.github.jmt5.protocol.message.session.LoginRequest;
import io.github.jmt5.protocol.message.session.LoginResponse;
import io.github.jmt5.protocol.message.session.OtpSetupRequest;
import io.github.jmt5.protocol.wire.Bytes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where secrets sit in frames, and how the debugger hides them: passwords, OTPs and OTP secrets,
 * the 160-byte credential blobs, the bootstrap token and the session key.
 *
 * <p>In bodies the bytes are zeroed (so a capture holds no secret); in decoded fields the values
 * become {@link Redaction#MASK} ({@code "none"} for an unused all-zero blob, {@code ""} for an
 * empty string, which is no secret).
 */
public final class Secrets {
  /** Field names that are secret wherever they appear. */
  static final Set<String> SECRET_NAMES =
      Set.of(
          "password",
          "otp",
          "otp_secret",
          "otp_secret_check",
          "new_password",
          "old_password",
          "investor_password",
          "password_blob",
          "session_key",
          "token");

  /**
   * A secret region of one command's body.
   *
   * @param direction which way the frame goes
   * @param command command id
   * @param layout the body's record layout, or null
   * @param fields secret fields of {@code layout}
   * @param tailFrom every byte from here on is secret (-1 for none)
   */
  private record Rule(
      Direction direction,
      int command,
      @Nullable Layout layout,
      List<String> fields,
      int tailFrom) {}

  private static final List<Rule> RULES =
      List.of(
          // bootstrap: the token resumes a session; the reply also carries the session key
          new Rule(Direction.C2S, 0, null, List.of(), 0),
          new Rule(Direction.S2C, 0, null, List.of(), 2),
          new Rule(
              Direction.C2S,
              28,
              LoginRequest.LAYOUT,
              List.of("password", "otp", "password_blob"),
              -1),
          new Rule(Direction.S2C, 28, LoginResponse.LAYOUT, List.of("password_blob"), -1),
          new Rule(
              Direction.C2S,
              24,
              ChangePasswordRequest.LAYOUT,
              List.of("new_password", "old_password"),
              -1),
          // the saved-credential blob, when present, follows the 476-byte record
          new Rule(
              Direction.C2S,
              43,
              OtpSetupRequest.LAYOUT,
              List.of("password", "otp", "otp_secret", "otp_secret_check"),
              OtpSetupRequest.SIZE),
          new Rule(Direction.C2S, 29, InitRequest.LAYOUT, List.of("password", "otp"), -1),
          new Rule(
              Direction.S2C,
              30,
              OpenAccountResponse.LAYOUT,
              List.of("password", "investor_password"),
              -1),
          new Rule(
              Direction.S2C,
              39,
              OpenAccountResponse.LAYOUT,
              List.of("password", "investor_password"),
              -1));

  private Secrets() {}

  /**
   * {@return a copy of {@code body} with every secret byte zeroed}
   *
   * @param direction which way the frame went
   * @param command command id
   * @param body the decrypted body
   */
  public static byte[] maskBody(Direction direction, int command, byte[] body) {
    byte[] out = body.clone();
    for (Rule rule : RULES) {
      if (rule.direction() != direction || rule.command() != command) {
        continue;
      }
      Layout layout = rule.layout();
      if (layout != null) {
        for (String name : rule.fields()) {
          layout.field(name).ifPresent(f -> zero(out, f.offset(), f.end()));
        }
      }
      if (rule.tailFrom() >= 0) {
        zero(out, rule.tailFrom(), out.length);
      }
    }
    return out;
  }

  /**
   * {@return true when the frame carries secrets that {@link #maskBody} hides}
   *
   * @param direction which way the frame went
   * @param command command id
   */
  public static boolean hasSecrets(Direction direction, int command) {
    return RULES.stream().anyMatch(r -> r.direction() == direction && r.command() == command);
  }

  /**
   * {@return a copy of decoded fields with every secret value masked: fields named in {@link
   * #SECRET_NAMES} at any depth, and every value of a bootstrap request}
   *
   * @param direction which way the frame went
   * @param command command id
   * @param fields decoded fields
   */
  public static Map<String, Object> maskFields(
      Direction direction, int command, Map<String, Object> fields) {
    if (command == 0 && direction == Direction.C2S) {
      Map<String, Object> out = new LinkedHashMap<>();
      fields.forEach((k, v) -> out.put(k, maskValue(v)));
      return out;
    }
    return maskMap(fields);
  }

  private static Map<String, Object> maskMap(Map<String, Object> fields) {
    Map<String, Object> out = new LinkedHashMap<>();
    fields.forEach((k, v) -> out.put(k, SECRET_NAMES.contains(k) ? maskValue(v) : maskNested(v)));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Object maskNested(Object value) {
    if (value instanceof Map<?, ?> m) {
      return maskMap((Map<String, Object>) m);
    }
    if (value instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      for (Object o : l) {
        out.add(maskNested(o));
      }
      return out;
    }
    return value;
  }

  static Object maskValue(@Nullable Object value) {
    if (value instanceof CharSequence s) {
      return Redaction.mask(s);
    }
    if (value instanceof Bytes b) {
      return Redaction.mask(b);
    }
    if (value instanceof byte[] b) {
      return Redaction.mask(Bytes.of(b));
    }
    return Redaction.MASK;
  }

  private static void zero(byte[] b, int from, int to) {
    if (from < b.length) {
      Arrays.fill(b, from, Math.min(to, b.length), (byte) 0);
    }
  }
}

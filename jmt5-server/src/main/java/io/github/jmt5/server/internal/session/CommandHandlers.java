package io.github.jmt5.server.internal.session;

import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.command.CommandId;
import io.github.jmt5.protocol.enums.ServerResultCode;
import io.github.jmt5.protocol.message.session.ChangePasswordReply;
import io.github.jmt5.protocol.message.session.ChangePasswordRequest;
import io.github.jmt5.protocol.message.session.LoginRequest;
import io.github.jmt5.protocol.message.session.LoginResponse;
import io.github.jmt5.protocol.message.session.LoginStatus;
import io.github.jmt5.protocol.wire.Bytes;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.server.account.AccountConfig;
import io.github.jmt5.server.account.Totp;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers requests the way a web-terminal gateway does. Commands the emulator does not serve yet
 * are answered with code 1 (internal error) and logged, so a client fails fast instead of waiting
 * for a timeout.
 */
public class CommandHandlers {
  private static final Logger log = LoggerFactory.getLogger(CommandHandlers.class);

  /** Allowlisted commands of unknown meaning: the real gateway does not answer them. */
  private static final Set<CommandId> SILENT =
      EnumSet.of(
          CommandId.UNKNOWN_21,
          CommandId.UNKNOWN_25,
          CommandId.UNKNOWN_33,
          CommandId.UNKNOWN_37,
          CommandId.UNKNOWN_50,
          CommandId.UNKNOWN_100,
          CommandId.UNKNOWN_101,
          CommandId.UNKNOWN_102,
          CommandId.UNKNOWN_103,
          CommandId.UNKNOWN_104,
          CommandId.UNKNOWN_105,
          CommandId.UNKNOWN_106,
          CommandId.UNKNOWN_107,
          CommandId.UNKNOWN_108,
          CommandId.UNKNOWN_109,
          CommandId.UNKNOWN_110,
          CommandId.UNKNOWN_111,
          CommandId.UNKNOWN_112);

  private final SessionContext context;
  private final OnboardingHandlers onboarding;

  /**
   * Handlers for the session basics: bootstrap, login, ping, logout.
   *
   * @param context the accounts, clock and options the handlers share
   */
  public CommandHandlers(SessionContext context) {
    this.context = context;
    this.onboarding = new OnboardingHandlers(context);
  }

  /**
   * {@return the frames to send for one request: its reply first, then any pushes that follow it;
   * empty for no answer}
   *
   * @param session the socket's session
   * @param command the request's command id
   * @param payload the decrypted request payload
   */
  public List<Reply> handle(ServerSession session, int command, byte[] payload) {
    SessionState state = session.state();
    if (CommandId.find(command).filter(SILENT::contains).isPresent()
        || !CommandId.isAllowlisted(command)) {
      log.atDebug().addKeyValue("command", command).log("no reply to this command");
      return List.of();
    }
    return switch (CommandId.find(command).orElseThrow()) {
      case LOGIN -> login(session, payload);
      case PING -> List.of(Reply.empty(command));
      case LOGOUT -> {
        state.loggedOut();
        yield List.of(Reply.empty(command));
      }
      case RESERVED_52 -> {
        if (state.hasStartedSession()) {
          session.drop();
          yield List.of();
        }
        yield List.of(Reply.empty(command));
      }
      case INIT -> {
        state.sentInit();
        yield List.of(Reply.empty(command));
      }
      case OPENING_VERIFICATION -> List.of(onboarding.requestVerification(payload));
      case SUBMIT_VERIFICATION_CODES -> List.of(onboarding.submitCodes(payload));
      case OPEN_DEMO_ACCOUNT, OPEN_REAL_ACCOUNT -> List.of(onboarding.open(command, payload));
      case TRADER_PARAMS -> List.of(onboarding.traderParams());
      case OTP_SETUP -> List.of(onboarding.otpSetup(payload));
      case CHANGE_PASSWORD ->
          List.of(requireLogin(state, command).orElseGet(() -> changePassword(state, payload)));
      default ->
          requireLogin(state, command)
              .map(List::of)
              .orElseGet(() -> serve(session, command, payload));
    };
  }

  /**
   * {@return commands beyond the session basics; subclasses add the market and the broker}
   *
   * @param session the socket's session
   * @param command the request's command id
   * @param payload the decrypted request payload
   */
  protected List<Reply> serve(ServerSession session, int command, byte[] payload) {
    log.atWarn()
        .addKeyValue("command", CommandId.describe(command))
        .log("the emulator does not serve this command yet");
    return List.of(Reply.error(command, ServerResultCode.INTERNAL_ERROR));
  }

  /**
   * Called when a socket closes.
   *
   * @param session the session whose socket closed
   */
  public void closed(ServerSession session) {}

  private static Optional<Reply> requireLogin(SessionState state, int command) {
    return state.isLoggedIn()
        ? Optional.empty()
        : Optional.of(Reply.error(command, ServerResultCode.INTERNAL_ERROR));
  }

  private List<Reply> login(ServerSession session, byte[] payload) {
    session.state().sentLogin();
    LoginRequest req = LoginRequest.read(WireReader.of(payload, CommandId.LOGIN.id()), 0);
    Optional<AccountConfig> account = context.accounts().find(req.login());
    boolean ok =
        account.isPresent()
            && (req.passwordBlob().isZero()
                ? account.get().passwordMatches(req.password())
                : context.accounts().blobMatches(req.login(), req.passwordBlob()));
    if (!ok) {
      return List.of(Reply.error(CommandId.LOGIN, ServerResultCode.INVALID_ACCOUNT));
    }
    String secret = account.get().otpSecret();
    if (secret != null) {
      if (req.otp().isEmpty()) {
        return List.of(Reply.error(CommandId.LOGIN, ServerResultCode.OTP_REQUIRED));
      }
      if (!Totp.verify(secret, req.otp(), context.clock().getAsLong() / 1000)) {
        return List.of(Reply.error(CommandId.LOGIN, ServerResultCode.INVALID_OTP));
      }
    }
    session.state().loggedIn(req.login());
    Bytes blob = context.accounts().issueBlob(req.login());
    LoginResponse resp = new LoginResponse(blob, context.accounts().nextSession());
    loggedIn(session, req.login());
    return List.of(
        Reply.ok(CommandId.LOGIN, Codecs.LOGIN_RESPONSE.encode(resp)),
        Reply.ok(CommandId.LOGIN_STATUS, Codecs.LOGIN_STATUS.encode(new LoginStatus(0))));
  }

  /**
   * Hook for subclasses: a socket has just logged in.
   *
   * @param session the socket's session
   * @param login the login that just logged in
   */
  protected void loggedIn(ServerSession session, long login) {}

  private Reply changePassword(SessionState state, byte[] payload) {
    ChangePasswordRequest req =
        ChangePasswordRequest.read(WireReader.of(payload, CommandId.CHANGE_PASSWORD.id()), 0);
    AccountConfig account = context.accounts().find(state.login()).orElseThrow();
    if (req.isInvestor() == 0 && !account.passwordMatches(req.oldPassword())) {
      return Reply.ok(
          CommandId.CHANGE_PASSWORD,
          Codecs.CHANGE_PASSWORD_REPLY.encode(
              new ChangePasswordReply(ServerResultCode.CURRENT_PASSWORD_INCORRECT.value())));
    }
    if (req.isInvestor() == 0) {
      context.accounts().changePassword(state.login(), req.newPassword().toCharArray());
    }
    return Reply.ok(
        CommandId.CHANGE_PASSWORD,
        Codecs.CHANGE_PASSWORD_REPLY.encode(
            new ChangePasswordReply(ServerResultCode.SUCCESS.value())));
  }
}

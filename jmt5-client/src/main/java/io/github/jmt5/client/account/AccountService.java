package io.github.jmt5.client.account;

import io.github.jmt5.client.event.AccountUpdated;
import io.github.jmt5.client.event.PushEvent;
import io.github.jmt5.client.event.TradeTransactionsReceived;
import io.github.jmt5.client.session.Request;
import io.github.jmt5.client.session.Session;
import io.github.jmt5.client.trading.TradeState;
import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.command.CommandId;
import io.github.jmt5.protocol.message.account.Account;
import io.github.jmt5.protocol.message.session.ChangePasswordPayload;
import io.github.jmt5.protocol.message.session.ChangePasswordReply;
import io.github.jmt5.protocol.message.trade.DealTransaction;
import io.github.jmt5.protocol.message.trade.TradeTransaction;
import java.nio.CharBuffer;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The account: loaded with cmd 3, replaced by every cmd 14 push, and its balance, credit and
 * floating profit updated from cmd 10 deal records as the web terminal does. {@link #info()} adds
 * equity, margin, free margin and margin level.
 */
public final class AccountService {
  private final Session session;
  private final TradeState trades;
  private final MarginModel model;
  private @Nullable Account account;
  private double balance;
  private double credit;

  /**
   * The account of {@code session}.
   *
   * @param session the session
   * @param trades the positions whose margin and profit count
   * @param model how margin and floating profit are computed
   */
  public AccountService(Session session, TradeState trades, MarginModel model) {
    this.session = session;
    this.trades = trades;
    this.model = model;
  }

  /**
   * Loads the account afresh (cmd 3).
   *
   * @return completes with the account, or exceptionally with the request's failure
   */
  public CompletableFuture<AccountInfo> refresh() {
    return session
        .request(Request.of(CommandId.GET_ACCOUNT, Codecs.ACCOUNT))
        .thenApply(
            a -> {
              replace(a);
              return info().orElseThrow();
            });
  }

  /** {@return the account as last loaded or pushed, with the derived values computed now} */
  public Optional<AccountInfo> info() {
    Account a;
    double b;
    double c;
    synchronized (this) {
      a = account;
      b = balance;
      c = credit;
    }
    if (a == null) {
      return Optional.empty();
    }
    var positions = trades.positions();
    return Optional.of(
        AccountInfo.of(
            session.login(), a, b, c, model.profit(a, positions), model.margin(a, positions)));
  }

  /** {@return the raw account record as last loaded or pushed} */
  public synchronized Optional<Account> raw() {
    return Optional.ofNullable(account);
  }

  /**
   * Changes the main password (cmd 24). Completes with the server's result: 0 on success, else a
   * code such as 2005 (current password incorrect) or 2000–2001 (password policy). The passwords
   * never become Strings; the payload carrying them is zeroed once the reply arrives.
   *
   * @param current the current main password; not kept
   * @param next the new main password, not empty; not kept
   * @return completes with the server's result code
   */
  public CompletableFuture<Integer> changePassword(char[] current, char[] next) {
    if (next.length == 0) {
      throw new IllegalArgumentException("the new password must not be empty");
    }
    byte[] payload =
        ChangePasswordPayload.encode(false, CharBuffer.wrap(next), CharBuffer.wrap(current));
    return session
        .request(
            new Request<>(CommandId.CHANGE_PASSWORD, payload, Codecs.CHANGE_PASSWORD_REPLY, null))
        .whenComplete((r, e) -> Arrays.fill(payload, (byte) 0))
        .thenApply(ChangePasswordReply::result);
  }

  /**
   * The session mirror: applies cmd 14 and the balance parts of cmd 10.
   *
   * @param event a push of the session
   */
  public void mirror(PushEvent event) {
    if (event instanceof AccountUpdated u) {
      replace(u.account());
    } else if (event instanceof TradeTransactionsReceived t) {
      for (TradeTransaction tx : t.transactions()) {
        if (tx instanceof DealTransaction d && d.transactionType() == 0) {
          synchronized (this) {
            balance = d.balance();
            credit = d.credit();
          }
        }
      }
    }
  }

  private synchronized void replace(Account a) {
    account = a;
    balance = a.main().balance();
    credit = a.main().credit();
  }
}

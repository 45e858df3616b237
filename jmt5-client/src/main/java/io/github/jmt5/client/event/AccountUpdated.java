package io.github.jmt5.client.event;

import io.github.jmt5.protocol.message.account.Account;

/**
 * A cmd 14 push: the account's balance, equity, margin and settings as they are now.
 *
 * @param account the whole account
 */
public record AccountUpdated(Account account) implements PushEvent {
  @Override
  public int command() {
    return 14;
  }
}

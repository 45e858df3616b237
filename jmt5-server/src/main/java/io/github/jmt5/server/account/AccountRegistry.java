package io.github.jmt5.server.account;

import io.github.jmt5.protocol.wire.Bytes;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The accounts the emulator knows, their saved-credential blobs and session ids. Thread-safe.
 *
 * <p>A successful login issues a random 160-byte blob; sending it back as the password (320 hex
 * characters) logs in without the plain password, as the web terminal's "save password" does.
 */
public final class AccountRegistry {
  private final Map<Long, AccountConfig> accounts = new ConcurrentHashMap<>();
  private final Map<Bytes, Long> blobs = new ConcurrentHashMap<>();
  private final AtomicLong sessions = new AtomicLong(7_000_000_000L);
  private final AtomicLong logins = new AtomicLong(7_000_000L);
  private final SecureRandom random = new SecureRandom();

  /**
   * A registry holding {@code initial}.
   *
   * @param initial the accounts served from the start
   */
  public AccountRegistry(Collection<AccountConfig> initial) {
    initial.forEach(this::add);
  }

  /**
   * Adds an account, or replaces the one with the same login.
   *
   * @param account the account
   */
  public void add(AccountConfig account) {
    accounts.put(account.login(), account);
  }

  /**
   * {@return the account with {@code login}, or empty}
   *
   * @param login the login
   */
  public Optional<AccountConfig> find(long login) {
    return Optional.ofNullable(accounts.get(login));
  }

  /** {@return a snapshot of every account} */
  public List<AccountConfig> all() {
    return List.copyOf(accounts.values());
  }

  /**
   * {@return a new saved-credential blob for {@code login}}
   *
   * @param login the login the blob is issued to
   */
  public Bytes issueBlob(long login) {
    byte[] b = new byte[160];
    random.nextBytes(b);
    Bytes blob = Bytes.of(b);
    blobs.put(blob, login);
    return blob;
  }

  /**
   * {@return true when {@code blob} was issued to {@code login}}
   *
   * @param login the login that presents the blob
   * @param blob a saved-credential blob from a login request
   */
  public boolean blobMatches(long login, Bytes blob) {
    Long owner = blobs.get(blob);
    return owner != null && owner == login;
  }

  /** {@return an account number not in use, for a newly opened account} */
  public long allocateLogin() {
    long login;
    do {
      login = logins.incrementAndGet();
    } while (accounts.containsKey(login));
    return login;
  }

  /** {@return a new session id} */
  public long nextSession() {
    return sessions.incrementAndGet();
  }

  /**
   * Replaces the master password of {@code login}; false when there is no such account.
   *
   * @param login the login
   * @param newPassword the new master password; copied
   * @return {@code true} when the password was changed
   */
  public boolean changePassword(long login, char[] newPassword) {
    AccountConfig old = accounts.get(login);
    if (old == null) {
      return false;
    }
    accounts.put(
        login,
        new AccountConfig(
            login,
            newPassword,
            old.name(),
            old.balance(),
            old.currency(),
            old.hedging(),
            old.leverage(),
            old.otpSecret()));
    return true;
  }
}

package io.github.jmt5.client.symbols;

import io.github.jmt5.client.event.SymbolsUpdated;
import io.github.jmt5.client.session.Request;
import io.github.jmt5.client.session.Session;
import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.command.CommandId;
import io.github.jmt5.protocol.message.market.FullSymbol;
import io.github.jmt5.protocol.message.market.IdList;
import io.github.jmt5.protocol.message.market.SymbolBasic;
import io.github.jmt5.protocol.message.market.SymbolGroups;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The account's symbols. The list (cmd 6, or the compressed cmd 34 when the account has more than
 * 256 symbols, falling back to cmd 6 if that fails) is loaded once and kept; full configurations
 * (cmd 18) are loaded on first use and kept for the time to live (default 10 minutes); cmd 13
 * pushes replace cached configurations at once. {@link #invalidate()} forgets everything.
 *
 * <p>Thread-safe; concurrent callers share one load.
 */
public final class Symbols {
  private static final Logger LOG = LoggerFactory.getLogger(Symbols.class);
  private static final int COMPRESSED_LIST_THRESHOLD = 256;

  private final Session session;
  private final Duration ttl;
  private final Clock clock;
  private final List<Consumer<SymbolBasic>> basicListeners = new CopyOnWriteArrayList<>();
  private final List<Consumer<FullSymbol>> configListeners = new CopyOnWriteArrayList<>();
  private final Map<String, Cached> configs = new ConcurrentHashMap<>();
  private volatile int symbolsCountHint;
  private @Nullable CompletableFuture<Index> index;

  private record Cached(CompletableFuture<FullSymbol> config, Instant loadedAt) {}

  /** Name and id lookups over the list. */
  private record Index(
      List<SymbolBasic> all, Map<String, SymbolBasic> byName, Map<Integer, SymbolBasic> byId) {
    static Index of(List<SymbolBasic> all) {
      Map<String, SymbolBasic> byName = new LinkedHashMap<>();
      Map<Integer, SymbolBasic> byId = new LinkedHashMap<>();
      for (SymbolBasic s : all) {
        byName.put(s.tradeSymbol(), s);
        byId.put(s.symbolId(), s);
      }
      return new Index(List.copyOf(all), Map.copyOf(byName), Map.copyOf(byId));
    }
  }

  /**
   * Symbols of {@code session}.
   *
   * @param ttl how long a full configuration is kept
   * @param session the session
   * @param clock tells when a kept configuration expires
   */
  public Symbols(Session session, Duration ttl, Clock clock) {
    this.session = session;
    this.ttl = ttl;
    this.clock = clock;
  }

  /**
   * Lets the loader choose cmd 34 when the account reports more than 256 symbols.
   *
   * @param count the account's symbol count
   */
  public void symbolsCountHint(int count) {
    this.symbolsCountHint = count;
  }

  /**
   * Called for every symbol of every loaded list (for example to learn digits).
   *
   * @param listener called on the thread that loaded the list
   */
  public void onBasic(Consumer<SymbolBasic> listener) {
    basicListeners.add(listener);
  }

  /**
   * Called for every loaded or pushed full configuration.
   *
   * @param listener called on the thread that loaded or applied the configuration
   */
  public void onConfig(Consumer<FullSymbol> listener) {
    configListeners.add(listener);
  }

  /**
   * Every symbol of the account (name, id, digits, path), loaded once.
   *
   * @return completes with the symbols, in the server's order
   */
  public CompletableFuture<List<SymbolBasic>> list() {
    return index().thenApply(Index::all);
  }

  /**
   * {@return the basic entry of {@code name}}
   *
   * @param name symbol name
   */
  public CompletableFuture<SymbolBasic> basic(String name) {
    return index()
        .thenApply(
            i -> {
              SymbolBasic s = i.byName().get(name);
              if (s == null) {
                throw new UnknownSymbolException(name);
              }
              return s;
            });
  }

  /**
   * {@return the basic entry of symbol id {@code id}, if the account has it}
   *
   * @param id symbol id
   */
  public CompletableFuture<Optional<SymbolBasic>> byId(int id) {
    return index().thenApply(i -> Optional.ofNullable(i.byId().get(id)));
  }

  /**
   * {@return the name of symbol id {@code id}, if the list is loaded and has it}
   *
   * @param id symbol id
   */
  public Optional<String> nameOf(int id) {
    CompletableFuture<Index> i = loadedIndex();
    if (i == null || !i.isDone() || i.isCompletedExceptionally()) {
      return Optional.empty();
    }
    SymbolBasic s = i.join().byId().get(id);
    return s == null ? Optional.empty() : Optional.of(s.tradeSymbol());
  }

  /**
   * {@return the ids of {@code names}, in order; fails with {@link UnknownSymbolException} for any
   * unknown}
   *
   * @param names symbol names
   */
  public CompletableFuture<List<Integer>> ids(Collection<String> names) {
    return index()
        .thenApply(
            i -> {
              List<Integer> ids = new ArrayList<>();
              for (String n : names) {
                SymbolBasic s = i.byName().get(n);
                if (s == null) {
                  throw new UnknownSymbolException(n);
                }
                ids.add(s.symbolId());
              }
              return ids;
            });
  }

  /**
   * {@return the full configuration of {@code name} (cmd 18), from the cache while fresh}
   *
   * @param name symbol name
   */
  public CompletableFuture<FullSymbol> get(String name) {
    Instant now = clock.instant();
    Cached c =
        configs.compute(
            name,
            (n, old) -> {
              if (old != null
                  && !old.config().isCompletedExceptionally()
                  && old.loadedAt().plus(ttl).isAfter(now)) {
                return old;
              }
              return new Cached(load(n), now);
            });
    return c.config();
  }

  /**
   * {@return the cached configuration of {@code name}, without loading}
   *
   * @param name symbol name
   */
  public Optional<FullSymbol> cached(String name) {
    Cached c = configs.get(name);
    if (c == null || !c.config().isDone() || c.config().isCompletedExceptionally()) {
      return Optional.empty();
    }
    return Optional.of(c.config().join());
  }

  /** {@return symbol groups (cmd 9)} */
  public CompletableFuture<SymbolGroups> groups() {
    return session.request(Request.of(CommandId.GET_SYMBOL_GROUPS, Codecs.SYMBOL_GROUPS));
  }

  /** Forgets the list and every configuration; the next call loads again. */
  public void invalidate() {
    synchronized (this) {
      index = null;
    }
    configs.clear();
  }

  /**
   * Applies a cmd 13 push: the pushed configurations replace the cached ones.
   *
   * @param update the pushed configurations
   */
  public void apply(SymbolsUpdated update) {
    Instant now = clock.instant();
    for (FullSymbol s : update.symbols()) {
      configs.put(s.tradeSymbol(), new Cached(CompletableFuture.completedFuture(s), now));
      configListeners.forEach(l -> l.accept(s));
    }
  }

  private CompletableFuture<FullSymbol> load(String name) {
    return basic(name)
        .thenCompose(
            b ->
                session.request(
                    Request.of(
                        CommandId.GET_FULL_SYMBOLS,
                        Codecs.ID_LIST,
                        IdList.of(b.symbolId()),
                        Codecs.FULL_SYMBOLS)))
        .thenApply(
            list -> {
              for (FullSymbol s : list) {
                if (s.tradeSymbol().equals(name)) {
                  configListeners.forEach(l -> l.accept(s));
                  return s;
                }
              }
              throw new UnknownSymbolException(name);
            });
  }

  private synchronized @Nullable CompletableFuture<Index> loadedIndex() {
    return index;
  }

  private synchronized CompletableFuture<Index> index() {
    CompletableFuture<Index> i = index;
    if (i == null || i.isCompletedExceptionally()) {
      i = loadList().thenApply(this::indexed);
      index = i;
    }
    return i;
  }

  private Index indexed(List<SymbolBasic> all) {
    for (SymbolBasic s : all) {
      basicListeners.forEach(l -> l.accept(s));
    }
    return Index.of(all);
  }

  private CompletableFuture<List<SymbolBasic>> loadList() {
    CompletableFuture<List<SymbolBasic>> plain =
        symbolsCountHint > COMPRESSED_LIST_THRESHOLD
            ? session
                .request(
                    Request.of(CommandId.GET_SYMBOLS_COMPRESSED, Codecs.SYMBOL_LIST_COMPRESSED))
                .thenApply(l -> l.symbols())
                .exceptionallyCompose(
                    e -> {
                      LOG.atWarn()
                          .log("compressed symbol list failed, using cmd 6: {}", e.toString());
                      return uncompressed();
                    })
            : uncompressed();
    return plain;
  }

  private CompletableFuture<List<SymbolBasic>> uncompressed() {
    return session
        .request(Request.of(CommandId.GET_SYMBOLS, Codecs.SYMBOL_LIST))
        .thenApply(l -> l.symbols());
  }
}

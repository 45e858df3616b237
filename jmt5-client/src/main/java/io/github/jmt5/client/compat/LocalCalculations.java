package io.github.jmt5.client.compat;

import io.github.jmt5.client.Mt5Client;
import io.github.jmt5.client.account.AccountInfo;
import io.github.jmt5.client.calc.AccountState;
import io.github.jmt5.client.calc.QuoteBook;
import io.github.jmt5.client.calc.TradeCalculations;
import io.github.jmt5.client.internal.Futures;
import io.github.jmt5.client.market.SymbolQuote;
import io.github.jmt5.client.symbols.UnknownSymbolException;
import io.github.jmt5.protocol.enums.OrderType;
import io.github.jmt5.protocol.enums.PositionType;
import io.github.jmt5.protocol.message.account.Account;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The default calculations of the facade: {@link io.github.jmt5.client.calc} over the client's
 * account, symbol configurations (loaded on first use) and live quotes. A symbol without a live
 * quote needs {@code symbolSelect} first; conversions need the quotes of the cross rates.
 */
public final class LocalCalculations implements Calculations {
  private static final long LOAD_SECONDS = 30;

  /** Calculations that load what they need from the client they are given on each call. */
  public LocalCalculations() {}

  @Override
  public double margin(
      Mt5Client client, int orderType, String symbol, double volume, double price) {
    OrderType type = orderType(orderType);
    return calculations(client, symbol).margin(symbol, type, volume, price);
  }

  @Override
  public double profit(
      Mt5Client client,
      int orderType,
      String symbol,
      double volume,
      double priceOpen,
      double priceClose) {
    OrderType type = orderType(orderType);
    if (!type.isMarket()) {
      throw new IllegalArgumentException("profit needs ORDER_TYPE_BUY or ORDER_TYPE_SELL");
    }
    PositionType side = type == OrderType.BUY ? PositionType.BUY : PositionType.SELL;
    return calculations(client, symbol).profit(symbol, side, volume, priceOpen, priceClose);
  }

  @Override
  public OrderCheckResult check(Mt5Client client, TradeRequest request) {
    OrderType type = orderType(request.type());
    io.github.jmt5.client.calc.OrderCheckResult r =
        calculations(client, request.symbol())
            .check(
                new io.github.jmt5.client.calc.PlannedOrder(
                    request.symbol(),
                    type,
                    request.volume(),
                    request.price(),
                    request.sl(),
                    request.tp()));
    return new OrderCheckResult(
        r.retcode().value(),
        r.balance(),
        r.equity(),
        r.profit(),
        r.margin(),
        r.freeMargin(),
        r.marginLevel(),
        r.comment(),
        request);
  }

  private static OrderType orderType(int value) {
    return OrderType.find(value)
        .orElseThrow(() -> new IllegalArgumentException("unknown order type " + value));
  }

  private static TradeCalculations calculations(Mt5Client client, String symbol) {
    try {
      client.symbols().get(symbol).get(LOAD_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      Throwable cause = Futures.unwrap(e);
      if (cause instanceof UnknownSymbolException u) {
        throw u;
      }
      throw new IllegalStateException("symbol " + symbol + " did not load: " + cause, e);
    } catch (TimeoutException e) {
      throw new IllegalStateException("symbol " + symbol + " did not load in time", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    Account raw = client.account().raw().orElseThrow();
    AccountInfo info = client.account().info().orElseThrow();
    AccountState state =
        new AccountState(
            info.currency(),
            info.currencyDigits(),
            info.leverage(),
            raw.main().marginMode(),
            info.balance(),
            info.credit(),
            info.profit(),
            Math.max(0, info.margin()));
    return new TradeCalculations(
        state, name -> client.symbols().cached(name), new ClientQuotes(client));
  }

  /** The client's live quotes as the calculator's quote book. */
  private static final class ClientQuotes implements QuoteBook {
    private final Mt5Client client;

    ClientQuotes(Mt5Client client) {
      this.client = client;
    }

    @Override
    public Optional<io.github.jmt5.client.calc.Quote> quote(String symbol) {
      return client
          .market()
          .quote(symbol)
          .filter(q -> q.bid() > 0 && q.ask() > 0)
          .map(ClientQuotes::of);
    }

    private static io.github.jmt5.client.calc.Quote of(SymbolQuote q) {
      return new io.github.jmt5.client.calc.Quote(q.bid(), q.ask());
    }

    @Override
    public Set<String> symbols() {
      return client.market().quotedSymbols();
    }
  }
}

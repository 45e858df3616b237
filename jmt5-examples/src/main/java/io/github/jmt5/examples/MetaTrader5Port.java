package io.github.jmt5.examples;

import static io.github.jmt5.client.compat.Mt5Constants.ORDER_FILLING_FOK;
import static io.github.jmt5.client.compat.Mt5Constants.ORDER_TIME_GTC;
import static io.github.jmt5.client.compat.Mt5Constants.ORDER_TYPE_BUY;
import static io.github.jmt5.client.compat.Mt5Constants.ORDER_TYPE_SELL;
import static io.github.jmt5.client.compat.Mt5Constants.TIMEFRAME_M1;
import static io.github.jmt5.client.compat.Mt5Constants.TRADE_ACTION_DEAL;
import static io.github.jmt5.client.compat.Mt5Constants.TRADE_RETCODE_DONE;

import io.github.jmt5.client.compat.AccountInfo;
import io.github.jmt5.client.compat.MetaTrader5;
import io.github.jmt5.client.compat.OrderSendResult;
import io.github.jmt5.client.compat.Rate;
import io.github.jmt5.client.compat.SymbolInfo;
import io.github.jmt5.client.compat.Tick;
import io.github.jmt5.client.compat.TradeRequest;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * A typical script for the official {@code MetaTrader5} Python package, ported line by line to the
 * {@link MetaTrader5} facade. Each Python line stands above its Java counterpart.
 *
 * <pre>java -cp jmt5-examples.jar io.github.jmt5.examples.MetaTrader5Port [--symbol EURUSD]</pre>
 */
public final class MetaTrader5Port {
  private MetaTrader5Port() {}

  /**
   * Runs the example and exits with its exit code.
   *
   * @param args {@code --server URI --login N} for a real server, or nothing for an emulator
   *     started here; see {@link Examples.Args}
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out));
  }

  /**
   * Runs the example; returns the exit code.
   *
   * @param args the options, as for {@link #main}
   * @param out where the example prints
   * @return 0 done, 1 failed, 2 bad options
   */
  public static int run(String[] args, PrintStream out) {
    return Examples.run(args, out, MetaTrader5Port::body);
  }

  private static void body(Examples.Args args, Examples.Target target, PrintStream out)
      throws InterruptedException {
    // import MetaTrader5 as mt5
    try (MetaTrader5 mt5 = new MetaTrader5(target.clock(), 10_000)) {
      // if not mt5.initialize(login=50001, password="...", server="..."):
      if (!mt5.initialize(
          target.uri(), target.login(), target.password(), Duration.ofSeconds(30))) {
        //     print("initialize() failed, error code =", mt5.last_error())
        out.println("initialize() failed, error code = " + mt5.lastError());
        //     quit()
        throw new IllegalStateException("initialize() failed");
      }
      // print(mt5.version())
      out.println(mt5.version());
      // account_info = mt5.account_info()
      AccountInfo accountInfo = mt5.accountInfo();
      // print(f"login {account_info.login} balance {account_info.balance} ...")
      if (accountInfo != null) {
        out.printf(
            "login %d balance %.2f equity %.2f free margin %.2f%n",
            accountInfo.login(),
            accountInfo.balance(),
            accountInfo.equity(),
            accountInfo.marginFree());
      }

      // symbol = "EURUSD"
      String symbol = args.get("symbol", "EURUSD");
      // symbol_info = mt5.symbol_info(symbol)
      SymbolInfo symbolInfo = mt5.symbolInfo(symbol);
      // if symbol_info is None:
      if (symbolInfo == null) {
        //     print(symbol, "not found")
        out.println(symbol + " not found");
        //     mt5.shutdown(); quit()
        throw new IllegalStateException(symbol + " not found");
      }
      // if not symbol_info.visible:
      if (!symbolInfo.visible()) {
        //     if not mt5.symbol_select(symbol, True):
        if (!mt5.symbolSelect(symbol, true)) {
          //         print("symbol_select() failed", mt5.last_error())
          out.println("symbol_select() failed " + mt5.lastError());
          throw new IllegalStateException("symbol_select() failed");
        }
      }

      // rates = mt5.copy_rates_from_pos(symbol, mt5.TIMEFRAME_M1, 0, 10)
      List<Rate> rates = mt5.copyRatesFromPos(symbol, TIMEFRAME_M1, 0, 10);
      // for rate in rates: print(rate)
      if (rates != null) {
        for (Rate rate : rates) {
          out.println(rate);
        }
      }

      // the first tick arrives shortly after symbol_select()
      Tick tick =
          Examples.await(
              "tick",
              Duration.ofSeconds(20),
              () -> java.util.Optional.ofNullable(mt5.symbolInfoTick(symbol)));
      // lot = 0.1
      double lot = 0.1;
      // point = mt5.symbol_info(symbol).point
      double point = symbolInfo.point();
      // price = mt5.symbol_info_tick(symbol).ask
      double price = tick.ask();
      // deviation = 20
      int deviation = 20;
      // request = {
      //     "action": mt5.TRADE_ACTION_DEAL, "symbol": symbol, "volume": lot,
      //     "type": mt5.ORDER_TYPE_BUY, "price": price,
      //     "sl": price - 100 * point, "tp": price + 100 * point, "deviation": deviation,
      //     "magic": 234000, "comment": "python script open",
      //     "type_time": mt5.ORDER_TIME_GTC, "type_filling": mt5.ORDER_FILLING_FOK,
      // }
      TradeRequest request =
          TradeRequest.builder(TRADE_ACTION_DEAL)
              .symbol(symbol)
              .volume(lot)
              .type(ORDER_TYPE_BUY)
              .price(price)
              .sl(price - 100 * point)
              .tp(price + 100 * point)
              .deviation(deviation)
              .magic(234000)
              .comment("python script open")
              .typeTime(ORDER_TIME_GTC)
              .typeFilling(ORDER_FILLING_FOK)
              .build();
      // result = mt5.order_send(request)
      OrderSendResult result = mt5.orderSend(request);
      // print("1. order_send(): by {} {} lots at {} with deviation={} points".format(...))
      out.printf(
          "1. order_send(): by %s %s lots at %s with deviation=%d points%n",
          symbol, lot, price, deviation);
      // if result.retcode != mt5.TRADE_RETCODE_DONE:
      if (result == null || result.retcode() != TRADE_RETCODE_DONE) {
        //     print("2. order_send failed, retcode={}".format(result.retcode))
        out.println(
            "2. order_send failed, "
                + (result == null ? mt5.lastError() : "retcode=" + result.retcode()));
        throw new IllegalStateException("order_send failed");
      }
      // print("2. order_send done, ", result)
      out.println("2. order_send done, " + result);
      // print("   opened position with POSITION_TICKET={}".format(result.order))
      out.println("   opened position with POSITION_TICKET=" + result.order());

      // time.sleep(2)
      Thread.sleep(2_000);

      // position_id = result.order
      long positionId = result.order();
      // price = mt5.symbol_info_tick(symbol).bid
      Tick now = mt5.symbolInfoTick(symbol);
      price = now == null ? price : now.bid();
      // request = {"action": mt5.TRADE_ACTION_DEAL, "symbol": symbol, "volume": lot,
      //            "type": mt5.ORDER_TYPE_SELL, "position": position_id, "price": price,
      //            "deviation": deviation, "magic": 234000, "comment": "python script close",
      //            "type_time": mt5.ORDER_TIME_GTC, "type_filling": mt5.ORDER_FILLING_FOK}
      TradeRequest close =
          TradeRequest.builder(TRADE_ACTION_DEAL)
              .symbol(symbol)
              .volume(lot)
              .type(ORDER_TYPE_SELL)
              .position(positionId)
              .price(price)
              .deviation(deviation)
              .magic(234000)
              .comment("python script close")
              .typeTime(ORDER_TIME_GTC)
              .typeFilling(ORDER_FILLING_FOK)
              .build();
      // result = mt5.order_send(request)
      result = mt5.orderSend(close);
      // print("3. close position #{}: sell {} {} lots at {} with deviation={} points".format(...))
      out.printf(
          "3. close position #%d: sell %s %s lots at %s with deviation=%d points%n",
          positionId, symbol, lot, price, deviation);
      // if result.retcode != mt5.TRADE_RETCODE_DONE:
      if (result == null || result.retcode() != TRADE_RETCODE_DONE) {
        //     print("4. order_send failed, retcode={}".format(result.retcode))
        out.println(
            "4. order_send failed, "
                + (result == null ? mt5.lastError() : "retcode=" + result.retcode()));
        throw new IllegalStateException("order_send failed");
      }
      // print("4. position #{} closed, {}".format(position_id, result))
      out.println("4. position #" + positionId + " closed, " + result);
      // mt5.shutdown()
      mt5.shutdown();
    }
  }
}

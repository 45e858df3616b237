package io.github.jmt5.server.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jmt5.protocol.message.market.FullSymbol;
import io.github.jmt5.protocol.wire.Volume;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The symbol table's format: every column lands in its field, and mistakes name their place. */
class SymbolTableTest {
  private static final String HEADER =
      "id\tname\tgroup\tdescription\tdigits\tbase\tprofit\tmargin\tcontractSize\tcalcMode"
          + "\texecution\tprice\tdailyVolatility\tspreadPoints\tvolumeMin\tvolumeStep\tvolumeMax"
          + "\tstopsLevel\thours\ttradeMode\tfaceValue\tliquidityRate\n";

  private static final String BOND =
      "35\tUST2034\tBonds\tUS Treasury 4.25% 2034\t3\tUSD\tEUR\tGBP\t1\tEXCH_BONDS\tEXCHANGE"
          + "\t96.5\t0.003\t20\t1\t1\t1000\t7\tWEEKDAYS_WITH_BREAK\tCLOSE_ONLY\t1000\t0.25\n";

  @Test
  void everyColumnRoundTripsIntoTheSpecAndTheFullSymbol() {
    SymbolSpec s = SymbolTable.parse("t", "# comment\n\n" + HEADER + BOND).get(0);
    assertThat(s)
        .isEqualTo(
            new SymbolSpec(
                35,
                "UST2034",
                "Bonds",
                "US Treasury 4.25% 2034",
                3,
                "USD",
                "EUR",
                "GBP",
                1,
                37,
                3,
                96.5,
                0.003,
                20,
                1,
                1,
                1000,
                7,
                TradingHours.WEEKDAYS_WITH_BREAK,
                3,
                1000,
                0.25));
    FullSymbol f = SymbolCatalog.of(List.of(s)).byName("UST2034").orElseThrow();
    assertThat(f.symbolId()).isEqualTo(35);
    assertThat(f.symbolDescription()).isEqualTo("US Treasury 4.25% 2034");
    assertThat(f.digits()).isEqualTo(3);
    assertThat(f.currencyBase()).isEqualTo("USD");
    assertThat(f.currencyProfit()).isEqualTo("EUR");
    assertThat(f.currencyMargin()).isEqualTo("GBP");
    assertThat(f.contractSize()).isEqualTo(1);
    assertThat(f.tradeCalcMode()).isEqualTo(37);
    assertThat(f.spread()).isEqualTo(20);
    assertThat(f.faceValue()).isEqualTo(1000);
    assertThat(f.trade().symbolPath()).isEqualTo("Bonds\\UST2034");
    assertThat(f.trade().tradeMode()).isEqualTo(3);
    assertThat(f.trade().tradeExemode()).isEqualTo(3);
    assertThat(f.trade().tradeStopsLevel()).isEqualTo(7);
    assertThat(f.trade().volumeMin()).isEqualTo(Volume.toWire(1));
    assertThat(f.trade().volumeStep()).isEqualTo(Volume.toWire(1));
    assertThat(f.trade().volumeMax()).isEqualTo(Volume.toWire(1000));
    assertThat(f.trade().marginRateLiquidity()).isEqualTo(0.25);
    assertThat(f.schedule().tradeSessions(1))
        .first()
        .satisfies(x -> assertThat(x.to()).isEqualTo(1260));
  }

  @Test
  void faceValueAndLiquidityRateMayBeLeftOut() {
    String header = HEADER.replace("\tfaceValue\tliquidityRate", "");
    String row = BOND.replace("\t1000\t0.25\n", "\n");
    SymbolSpec s = SymbolTable.parse("t", header + row).get(0);
    assertThat(s.faceValue()).isZero();
    assertThat(s.liquidityRate()).isZero();
  }

  @Test
  void mistakesNameTheTableTheLineAndTheColumn() {
    assertThatThrownBy(() -> SymbolTable.parse("t", HEADER + BOND.replace("\t3\tUSD", "\tx\tUSD")))
        .hasMessage("t line 2: column digits: not an integer: 'x'");
    assertThatThrownBy(() -> SymbolTable.parse("t", HEADER + BOND.replace("96.5", "cheap")))
        .hasMessage("t line 2: column price: not a number: 'cheap'");
    assertThatThrownBy(() -> SymbolTable.parse("t", HEADER + BOND.replace("EXCHANGE", "FAST")))
        .hasMessage("t line 2: column execution: no such name: 'FAST'");
    assertThatThrownBy(() -> SymbolTable.parse("t", HEADER + "1\tEURUSD\n"))
        .hasMessage("t line 2: 22 columns expected, found 2");
    assertThatThrownBy(() -> SymbolTable.parse("t", HEADER.replace("digits", "digit") + BOND))
        .hasMessageStartingWith("t line 1: the header has no column digits");
    assertThatThrownBy(() -> SymbolTable.parse("t", HEADER.replace("\n", "\tcolour\n")))
        .hasMessageStartingWith("t line 1: unknown column colour");
    assertThatThrownBy(() -> SymbolTable.parse("t", HEADER + BOND.replace("96.5", "-1")))
        .hasMessage("t line 2: bad spec for UST2034");
    assertThatThrownBy(() -> SymbolTable.parse("t", "# only a comment\n"))
        .hasMessage("t: no header line");
  }

  @Test
  void theStandardTableHasEverySymbolOnce() {
    List<SymbolSpec> specs = SymbolTable.standard();
    assertThat(specs).hasSize(37);
    assertThat(specs).extracting(SymbolSpec::id).doesNotHaveDuplicates();
    assertThat(specs).extracting(SymbolSpec::name).doesNotHaveDuplicates();
  }
}

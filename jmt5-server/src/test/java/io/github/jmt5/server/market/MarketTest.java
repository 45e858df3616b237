package io.github.jmt5.server.market;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jmt5.protocol.message.market.Bar;
import io.github.jmt5.protocol.message.market.FullSymbol;
import io.github.jmt5.protocol.message.market.Tick;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MarketTest {
  private static final long TUESDAY_NOON =
      ZonedDateTime.of(2026, 11, 24, 12, 0, 0, 0, ZoneOffset.UTC).toEpochSecond();
  private static final long SATURDAY_NOON = TUESDAY_NOON + 4 * 86_400L;

  @Test
  void catalogHasRealisticDistinctSymbols() {
    SymbolCatalog c = SymbolCatalog.standard();
    assertThat(c.all()).hasSizeGreaterThanOrEqualTo(30);
    Set<Integer> ids = new HashSet<>();
    Set<Integer> modes = new HashSet<>();
    for (FullSymbol f : c.all()) {
      assertThat(ids.add(f.symbolId())).isTrue();
      modes.add(f.trade().tradeExemode());
      assertThat(f.point()).isEqualTo(Math.pow(10, -f.digits()));
      assertThat(f.trade().volumeMin() % f.trade().volumeStep()).isZero();
      assertThat(f.trade().volumeMax()).isGreaterThan(f.trade().volumeMin());
    }
    assertThat(modes).containsExactlyInAnyOrder(0, 1, 2, 3);
    assertThat(c.byName("XPTUSD").orElseThrow().trade().tradeMode()).isEqualTo(3);
    assertThat(c.groups()).contains("Forex\\Majors", "Forex\\Crosses", "Crypto");
  }

  @Test
  void theSameSeedGivesTheSameMarket() {
    MarketSimulator a = new MarketSimulator(SymbolCatalog.standard(), 7);
    MarketSimulator b = new MarketSimulator(SymbolCatalog.standard(), 7);
    MarketSimulator other = new MarketSimulator(SymbolCatalog.standard(), 8);
    long t = TUESDAY_NOON * 1000;
    assertThat(a.advance(t)).isEqualTo(b.advance(t));
    assertThat(a.quote("EURUSD")).isEqualTo(b.quote("EURUSD"));
    other.advance(t);
    assertThat(other.quote("EURUSD")).isNotEqualTo(a.quote("EURUSD"));
  }

  @Test
  void liveBidsStayInsideTheirMinuteAndEndAtItsClose() {
    SymbolSpec spec = SymbolCatalog.standard().spec("EURUSD").orElseThrow();
    PricePath path = new PricePath(3, spec);
    Random r = new Random(1);
    for (int i = 0; i < 500; i++) {
      long minute = TUESDAY_NOON / 60 + r.nextInt(100_000);
      for (int ms = 0; ms < 60_000; ms += 250) {
        double bid = path.bidAt(minute * 60_000 + ms);
        assertThat(bid).isBetween(path.low(minute), path.high(minute));
      }
      assertThat(path.bidAt(minute * 60_000)).isEqualTo(path.open(minute));
      assertThat(path.bidAt(minute * 60_000 + 59_750)).isEqualTo(path.close(minute));
    }
  }

  @Test
  void everyTimeframeAggregatesItsMinutes() {
    MarketSimulator m = new MarketSimulator(SymbolCatalog.standard(), 11);
    long now = TUESDAY_NOON * 1000;
    List<Bar> d1 = m.bars("XAUUSD", BarPeriod.D1, TUESDAY_NOON - 20 * 86_400L, TUESDAY_NOON, now);
    List<Bar> h4 = m.bars("XAUUSD", BarPeriod.H4, TUESDAY_NOON - 20 * 86_400L, TUESDAY_NOON, now);
    Bar day = d1.get(5);
    List<Bar> parts =
        h4.stream().filter(b -> b.time() >= day.time() && b.time() < day.time() + 86_400).toList();
    assertThat(parts).hasSize(6);
    assertThat(day.open()).isEqualTo(parts.get(0).open());
    assertThat(day.close()).isEqualTo(parts.get(5).close());
    assertThat(day.high()).isEqualTo(parts.stream().mapToDouble(Bar::high).max().orElseThrow());
    assertThat(day.low()).isEqualTo(parts.stream().mapToDouble(Bar::low).min().orElseThrow());
    assertThat(day.tickVolume()).isEqualTo(parts.stream().mapToInt(Bar::tickVolume).sum());
  }

  @Test
  void closedMarketsHaveNoBarsAndNoTicks() {
    MarketSimulator m = new MarketSimulator(SymbolCatalog.standard(), 1);
    assertThat(
            m.bars(
                "EURUSD",
                BarPeriod.M1,
                SATURDAY_NOON,
                SATURDAY_NOON + 3600,
                (SATURDAY_NOON + 7200) * 1000))
        .isEmpty();
    assertThat(
            m.bars(
                "BTCUSD",
                BarPeriod.M1,
                SATURDAY_NOON,
                SATURDAY_NOON + 3599,
                (SATURDAY_NOON + 7200) * 1000))
        .hasSize(60);
    List<Tick> ticks = m.advance(SATURDAY_NOON * 1000);
    assertThat(ticks).extracting(Tick::symbolId).contains(30).doesNotContain(1);
  }

  @Test
  void ticksFlagOnlyWhatChanged() {
    MarketSimulator m = new MarketSimulator(SymbolCatalog.standard(), 1);
    long t = TUESDAY_NOON * 1000;
    List<Tick> first = m.advance(t);
    assertThat(first).allSatisfy(tick -> assertThat(tick.fields() & 3).isEqualTo(3));
    assertThat(m.advance(t)).isEmpty();
  }

  @Test
  void weeksStartOnSundayAndMonthsOnTheFirst() {
    long wed = ZonedDateTime.of(2026, 11, 25, 15, 0, 0, 0, ZoneOffset.UTC).toEpochSecond();
    long sunday = ZonedDateTime.of(2026, 11, 22, 0, 0, 0, 0, ZoneOffset.UTC).toEpochSecond();
    assertThat(BarPeriod.W1.start(wed)).isEqualTo(sunday);
    assertThat(BarPeriod.W1.start(sunday)).isEqualTo(sunday);
    assertThat(BarPeriod.W1.start(sunday - 1)).isEqualTo(sunday - 7 * 86_400L);
    assertThat(BarPeriod.W1.next(sunday)).isEqualTo(sunday + 7 * 86_400L);
    long first = ZonedDateTime.of(2026, 11, 1, 0, 0, 0, 0, ZoneOffset.UTC).toEpochSecond();
    assertThat(BarPeriod.MN1.start(wed)).isEqualTo(first);
    assertThat(BarPeriod.MN1.next(first))
        .isEqualTo(ZonedDateTime.of(2026, 12, 1, 0, 0, 0, 0, ZoneOffset.UTC).toEpochSecond());
  }
}

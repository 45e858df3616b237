package io.github.jmt5.server.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.jmt5.protocol.message.market.Bar;
import io.github.jmt5.protocol.message.market.FullSymbol;
import io.github.jmt5.protocol.message.market.Tick;
import io.github.jmt5.protocol.wire.PriceScale;
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
  void aQuietSymbolRepeatsItsQuoteOnceTheHeartbeatIntervalPasses() {
    MarketSimulator m = new MarketSimulator(SymbolCatalog.standard(), 1);
    m.quoteHeartbeat(1_000);
    int eurusd = SymbolCatalog.standard().byName("EURUSD").orElseThrow().symbolId();
    long t = TUESDAY_NOON * 1000;
    m.setQuote("EURUSD", 1.1, 1.10012); // held: it does not change on its own
    assertThat(m.advance(t)).extracting(Tick::symbolId).contains(eurusd);

    assertThat(m.advance(t + 999)).extracting(Tick::symbolId).doesNotContain(eurusd);
    List<Tick> heartbeat = m.advance(t + 1_000);
    Tick repeated =
        heartbeat.stream().filter(k -> k.symbolId() == eurusd).findFirst().orElseThrow();
    assertThat(repeated.fields() & 3).isEqualTo(3); // the whole quote, not an empty change
    assertThat(repeated.bid()).isEqualTo(PriceScale.scale(1.1, 5));
    assertThat(repeated.ask()).isEqualTo(PriceScale.scale(1.10012, 5));
    assertThat(m.advance(t + 1_500)).extracting(Tick::symbolId).doesNotContain(eurusd);
    assertThat(m.advance(t + 2_000)).extracting(Tick::symbolId).contains(eurusd);
  }

  @Test
  void withoutAHeartbeatAnUnchangedQuoteIsNeverRepeated() {
    MarketSimulator m = new MarketSimulator(SymbolCatalog.standard(), 1);
    int eurusd = SymbolCatalog.standard().byName("EURUSD").orElseThrow().symbolId();
    long t = TUESDAY_NOON * 1000;
    m.setQuote("EURUSD", 1.1);
    m.advance(t);
    for (long later = t + 1_000; later < t + 60_000; later += 1_000) {
      assertThat(m.advance(later)).extracting(Tick::symbolId).doesNotContain(eurusd);
    }
  }

  @Test
  void aClosedMarketSendsNoHeartbeat() {
    MarketSimulator m = new MarketSimulator(SymbolCatalog.standard(), 1);
    m.quoteHeartbeat(1_000);
    int eurusd = SymbolCatalog.standard().byName("EURUSD").orElseThrow().symbolId();
    long fridayEvening = (SATURDAY_NOON - 13 * 3600) * 1000; // Friday 23:00
    m.setQuote("EURUSD", 1.1);
    assertThat(m.advance(fridayEvening)).extracting(Tick::symbolId).contains(eurusd);
    for (long later = fridayEvening + 3_600_000;
        later < fridayEvening + 7_200_000;
        later += 60_000) {
      assertThat(m.advance(later)).extracting(Tick::symbolId).doesNotContain(eurusd);
    }
  }

  @Test
  void aHeldQuoteDrivesTicksAndQuotesUntilTheSymbolFollowsItsPathAgain() {
    MarketSimulator m = new MarketSimulator(SymbolCatalog.standard(), 1);
    SymbolSpec spec = SymbolCatalog.standard().spec("USDJPY").orElseThrow();
    long t = TUESDAY_NOON * 1000;
    m.advance(t);
    double onPath = m.quote("USDJPY").orElseThrow().bid();

    m.setQuote("USDJPY", 123.4567); // rounded to the symbol's 3 digits, ask one spread above
    assertThat(m.quote("USDJPY").orElseThrow().bid()).isEqualTo(onPath); // from the next advance
    List<Tick> ticks = m.advance(t + 250);
    assertThat(m.quote("USDJPY").orElseThrow().bid()).isEqualTo(123.457);
    assertThat(m.quote("USDJPY").orElseThrow().ask())
        .isCloseTo(123.457 + spec.spreadPoints() * spec.point(), within(1e-9));
    assertThat(ticks).anySatisfy(k -> assertThat(k.bid()).isEqualTo(PriceScale.scale(123.457, 3)));
    m.advance(t + 60_000);
    assertThat(m.quote("USDJPY").orElseThrow().bid()).isEqualTo(123.457); // held, not drifting

    m.followPath("USDJPY");
    m.advance(t + 120_000);
    assertThat(m.quote("USDJPY").orElseThrow())
        .isEqualTo(m.quoteAt("USDJPY", t + 120_000).orElseThrow());
  }

  @Test
  void heldQuotesAreChecked() {
    MarketSimulator m = new MarketSimulator(SymbolCatalog.standard(), 1);
    assertThatThrownBy(() -> m.setQuote("NOPE", 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown symbol NOPE");
    assertThatThrownBy(() -> m.setQuote("EURUSD", 1.1, 1.09))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("below the bid");
    assertThatThrownBy(() -> m.setQuote("EURUSD", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive");
    assertThatThrownBy(() -> m.setQuote("EURUSD", Double.NaN, 1.1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> m.quoteHeartbeat(-1)).isInstanceOf(IllegalArgumentException.class);
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

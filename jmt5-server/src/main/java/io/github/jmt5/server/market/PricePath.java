package io.github.jmt5.server.market;

/**
 * A symbol's deterministic price, defined minute by minute so that any minute of any year can be
 * computed directly, without replaying history. Each minute has an open (the previous minute's
 * close), a close, a high and a low; inside the minute the bid moves along straight lines from the
 * open to the high or low, to the other extreme, and reaches the close one second before the minute
 * ends. Ticks therefore always lie within their minute's bar, and the bar's close is the minute's
 * last bid.
 *
 * <p>The level is a sum of smooth value-noise layers (days, hours, tens of minutes) plus a
 * per-minute term, all hashed from the seed and the symbol id. Immutable and thread-safe.
 */
public final class PricePath {
  private static final long[] SCALES = {1440 * 5, 1440, 240, 30};
  private static final double[] WEIGHTS = {1.6, 1.0, 0.5, 0.25};

  private final long seed;
  private final double base;
  private final double dailyVolatility;
  private final int digits;

  /**
   * The path of {@code spec}, fixed by {@code seed} and the symbol id.
   *
   * @param seed seed of the market simulation
   * @param spec the symbol
   */
  public PricePath(long seed, SymbolSpec spec) {
    this.seed = mix(seed * 0x9E3779B97F4A7C15L + spec.id());
    this.base = spec.price();
    this.dailyVolatility = spec.dailyVolatility();
    this.digits = spec.digits();
  }

  /**
   * {@return open of the minute that starts at {@code minute} (Unix minutes)}
   *
   * @param minute Unix minutes
   */
  public double open(long minute) {
    return round(level(minute));
  }

  /**
   * Close of a minute: the next minute's open.
   *
   * @param minute Unix minutes
   * @return the close price
   */
  public double close(long minute) {
    return open(minute + 1);
  }

  /**
   * {@return the high of the minute that starts at {@code minute} (Unix minutes)}
   *
   * @param minute Unix minutes
   */
  public double high(long minute) {
    return round(Math.max(open(minute), close(minute)) + excursion(minute, 1));
  }

  /**
   * {@return the low of the minute that starts at {@code minute} (Unix minutes)}
   *
   * @param minute Unix minutes
   */
  public double low(long minute) {
    return round(Math.min(open(minute), close(minute)) - excursion(minute, 2));
  }

  /**
   * {@return the bid at {@code epochMs}, on the path through the minute's open, extremes and close}
   *
   * @param epochMs a time, Unix milliseconds
   */
  public double bidAt(long epochMs) {
    long minute = Math.floorDiv(epochMs, 60_000L);
    double x = (epochMs - minute * 60_000L) / 1000.0; // seconds into the minute, 0 <= x < 60
    double o = open(minute);
    double c = close(minute);
    double h = high(minute);
    double l = low(minute);
    boolean highFirst = (hash(minute, 3) & 1) == 0;
    double first = highFirst ? h : l;
    double second = highFirst ? l : h;
    double t1 = 10 + 15 * unit(hash(minute, 4));
    double t2 = 30 + 20 * unit(hash(minute, 5));
    double v;
    if (x < t1) {
      v = o + (first - o) * (x / t1);
    } else if (x < t2) {
      v = first + (second - first) * ((x - t1) / (t2 - t1));
    } else if (x < 59) {
      v = second + (c - second) * ((x - t2) / (59 - t2));
    } else {
      v = c;
    }
    return round(Math.max(l, Math.min(h, v)));
  }

  private double level(long minute) {
    double sigmaPerDay = dailyVolatility;
    double sum = 0;
    for (int i = 0; i < SCALES.length; i++) {
      sum += WEIGHTS[i] * valueNoise(minute, SCALES[i], i);
    }
    sum += 0.05 * (unit(hash(minute, 9)) * 2 - 1);
    return base * Math.exp(sigmaPerDay * sum);
  }

  /** Smooth noise in [-1, 1]: hashed values at multiples of {@code scale}, cosine-interpolated. */
  private double valueNoise(long minute, long scale, int layer) {
    long k = Math.floorDiv(minute, scale);
    double f = (minute - k * scale) / (double) scale;
    double a = unit(hash(k, 100 + layer)) * 2 - 1;
    double b = unit(hash(k + 1, 100 + layer)) * 2 - 1;
    double w = (1 - Math.cos(Math.PI * f)) / 2;
    return a + (b - a) * w;
  }

  private double excursion(long minute, int salt) {
    double perMinute = base * dailyVolatility / Math.sqrt(1440);
    return perMinute * unit(hash(minute, salt));
  }

  private double round(double price) {
    double p = Math.pow(10, digits);
    return Math.round(price * p) / p;
  }

  private long hash(long index, int salt) {
    return mix(seed ^ mix(index * 31 + salt));
  }

  private static double unit(long h) {
    return (h >>> 11) * 0x1.0p-53;
  }

  /** SplitMix64 finaliser. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}

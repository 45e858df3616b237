package io.github.jmt5.protocol.enums;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Lookup tables and bit-set helpers shared by the enums of this package, built once per enum so the
 * enums themselves stay free of copy-paste. Not API.
 */
final class WireEnums {

  /** Keys below this bound are looked up in a direct array; larger ones by binary search. */
  private static final int DENSE_LIMIT = 256;

  private WireEnums() {}

  /** The text {@code describe} returns for a value without a constant. */
  static String unknown(int value) {
    return "unknown (" + value + ")";
  }

  /** A table of {@code constants} keyed by their wire value. */
  static <E extends Enum<E> & WireEnum> Table<E> table(E[] constants) {
    return new Table<>(constants, WireEnum::value);
  }

  /** A table of {@code constants} keyed by {@code key}, which must be unique. */
  static <E extends Enum<E>> Table<E> table(E[] constants, ToIntFunction<? super E> key) {
    return new Table<>(constants, key);
  }

  /** The description of the constant with wire value {@code value}, or {@code "unknown (N)"}. */
  static <E extends Enum<E> & WireEnum> String describe(Table<E> table, int value) {
    E e = table.get(value);
    return e != null ? e.description() : unknown(value);
  }

  /** Bit-set helpers for the single-bit {@code constants} of {@code type}. */
  static <E extends Enum<E> & WireFlag> Flags<E> flags(Class<E> type, E[] constants) {
    return new Flags<>(type, constants);
  }

  /** The OR of the bits of {@code flags}. */
  static int toBits(Set<? extends WireFlag> flags) {
    int bits = 0;
    for (WireFlag f : flags) {
      bits |= f.value();
    }
    return bits;
  }

  /**
   * An immutable int-keyed lookup: a direct array when every key is in {@code [0, 256)}, otherwise
   * a binary search over the sorted keys. Neither path allocates.
   */
  static final class Table<E extends Enum<E>> {
    private final @Nullable E @Nullable [] dense;
    private final int[] keys;
    private final E[] sorted;

    private Table(E[] constants, ToIntFunction<? super E> key) {
      sorted = constants.clone();
      Arrays.sort(sorted, Comparator.comparingInt(key));
      keys = new int[sorted.length];
      for (int i = 0; i < sorted.length; i++) {
        keys[i] = key.applyAsInt(sorted[i]);
        if (i > 0 && keys[i] == keys[i - 1]) {
          throw new IllegalArgumentException(
              "duplicate key " + keys[i] + ": " + sorted[i - 1] + ", " + sorted[i]);
        }
      }
      int n = keys.length;
      if (n > 0 && keys[0] >= 0 && keys[n - 1] < DENSE_LIMIT) {
        @Nullable E[] d = Arrays.copyOf(constants, keys[n - 1] + 1);
        Arrays.fill(d, null);
        for (E e : constants) {
          d[key.applyAsInt(e)] = e;
        }
        dense = d;
      } else {
        dense = null;
      }
    }

    /** The constant with key {@code k}, or null. */
    @Nullable E get(int k) {
      @Nullable E @Nullable [] d = dense;
      if (d != null) {
        return k >= 0 && k < d.length ? d[k] : null;
      }
      int i = Arrays.binarySearch(keys, k);
      return i >= 0 ? sorted[i] : null;
    }

    /** The constant with key {@code k}, if any. */
    Optional<E> find(int k) {
      return Optional.ofNullable(get(k));
    }
  }

  /** Conversions between a bit-set field and an {@link EnumSet} of its known bits. */
  static final class Flags<E extends Enum<E> & WireFlag> {
    private final Class<E> type;
    private final E[] constants;
    private final int mask;
    private final Table<E> table;

    private Flags(Class<E> type, E[] constants) {
      int m = 0;
      for (E e : constants) {
        if (Integer.bitCount(e.value()) != 1) {
          throw new IllegalArgumentException(e + " is not a single bit: " + e.value());
        }
        m |= e.value();
      }
      this.type = type;
      this.constants = constants.clone();
      this.mask = m;
      this.table = WireEnums.table(constants);
    }

    /** The lookup by bit value. */
    Table<E> table() {
      return table;
    }

    /** The known flags set in {@code bits}; unknown bits are ignored. */
    EnumSet<E> of(int bits) {
      EnumSet<E> set = EnumSet.noneOf(type);
      for (E e : constants) {
        if ((bits & e.value()) != 0) {
          set.add(e);
        }
      }
      return set;
    }

    /** The bits of {@code bits} that have no constant. */
    int unknownBits(int bits) {
      return bits & ~mask;
    }

    /** Constant names joined by {@code |}, then any unknown bits in hex; {@code "none"} for 0. */
    String describeBits(int bits) {
      if (bits == 0) {
        return "none";
      }
      StringJoiner j = new StringJoiner("|");
      for (E e : constants) {
        if ((bits & e.value()) != 0) {
          j.add(e.name());
        }
      }
      int rest = unknownBits(bits);
      if (rest != 0) {
        j.add("0x" + Integer.toHexString(rest));
      }
      return j.toString();
    }
  }
}

package io.github.jmt5.client.compat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The {@code group} filter of the official package ({@code symbols_get}, {@code orders_get}, {@code
 * positions_get}, {@code history_*_get}): comma-separated conditions, {@code *} matching any run of
 * characters, {@code !} in front of a condition excluding what it matches.
 *
 * <p>Conditions apply in order, as the official documentation says ("conditions of including to a
 * group should be specified first followed by an exclusion condition"): a name starts outside the
 * group, an inclusion it matches puts it in, an exclusion it matches takes it out again. So {@code
 * "*,!*USD*"} is every symbol without USD in its name, while {@code "!*USD*"} alone selects
 * nothing. Matching ignores case and the spaces around conditions. A condition containing a
 * backslash is matched against the symbol's path (for example {@code "Forex\*"}) instead of its
 * name; where there is no path (orders, positions, deals) the name is used.
 *
 * <p>Immutable and thread-safe.
 */
public final class GroupPattern {
  private record Condition(boolean exclude, boolean onPath, String mask) {}

  private final String group;
  private final List<Condition> conditions;

  private GroupPattern(String group, List<Condition> conditions) {
    this.group = group;
    this.conditions = List.copyOf(conditions);
  }

  /**
   * Parses a group filter.
   *
   * @param group comma-separated conditions such as {@code *USD*} or {@code !*EUR*}
   * @return the pattern
   * @throws IllegalArgumentException if it has no condition
   */
  public static GroupPattern parse(String group) {
    Objects.requireNonNull(group, "group");
    List<Condition> conditions = new ArrayList<>();
    for (String part : group.split(",", -1)) {
      String c = part.trim();
      boolean exclude = c.startsWith("!");
      if (exclude) {
        c = c.substring(1).trim();
      }
      if (c.isEmpty()) {
        continue;
      }
      conditions.add(new Condition(exclude, c.indexOf('\\') >= 0, c.toUpperCase(Locale.ROOT)));
    }
    if (conditions.isEmpty()) {
      throw new IllegalArgumentException("group '" + group + "' has no condition");
    }
    return new GroupPattern(group, conditions);
  }

  /**
   * {@return whether {@code name} belongs to the group (path conditions are matched against the
   * name)}
   *
   * @param name symbol name
   */
  public boolean matches(String name) {
    return matches(name, name);
  }

  /**
   * {@return whether the symbol {@code name} with group path {@code path} belongs to the group}
   *
   * @param name symbol name
   * @param path the symbol's group path
   */
  public boolean matches(String name, String path) {
    String n = name.toUpperCase(Locale.ROOT);
    String p = path.toUpperCase(Locale.ROOT);
    boolean in = false;
    for (Condition c : conditions) {
      if (in == c.exclude() && glob(c.mask(), c.onPath() ? p : n)) {
        in = !c.exclude();
      }
    }
    return in;
  }

  /** Whether {@code text} matches {@code mask}, where {@code *} matches any run of characters. */
  static boolean glob(String mask, String text) {
    int m = 0;
    int t = 0;
    int star = -1;
    int resume = 0;
    while (t < text.length()) {
      if (m < mask.length() && mask.charAt(m) == '*') {
        star = m++;
        resume = t;
      } else if (m < mask.length() && mask.charAt(m) == text.charAt(t)) {
        m++;
        t++;
      } else if (star >= 0) {
        m = star + 1;
        t = ++resume;
      } else {
        return false;
      }
    }
    while (m < mask.length() && mask.charAt(m) == '*') {
      m++;
    }
    return m == mask.length();
  }

  @Override
  public String toString() {
    return "GroupPattern[" + group + "]";
  }
}

package io.github.jmt5.protocol.version;

import io.github.jmt5.protocol.command.CommandTable;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Selects the command table for a server build. The server build arrives in the account body
 * ({@code server_build}); where a later build changes a layout, a variant table is registered from
 * that build on and every session talking to such a server decodes with it.
 *
 * <p>Only one variant is known today: the layouts of web-terminal build {@value #REFERENCE_BUILD},
 * which serve every build. Immutable and thread-safe.
 */
public final class ProtocolVersions {
  /** The web-terminal build the protocol description was read from. */
  public static final int REFERENCE_BUILD = 5687;

  private static final ProtocolVersions STANDARD =
      new ProtocolVersions(new TreeMap<>(Map.of(0, CommandTable.standard())));

  private final NavigableMap<Integer, CommandTable> byFirstBuild;

  private ProtocolVersions(NavigableMap<Integer, CommandTable> byFirstBuild) {
    this.byFirstBuild = byFirstBuild;
  }

  /** {@return the known variants} */
  public static ProtocolVersions standard() {
    return STANDARD;
  }

  /**
   * {@return a copy in which {@code table} applies from {@code firstBuild} up to the next
   * registered variant}
   *
   * @param firstBuild first server build the table applies to, at least 0
   * @param table the command table of that variant
   */
  public ProtocolVersions withVariant(int firstBuild, CommandTable table) {
    if (firstBuild < 0) {
      throw new IllegalArgumentException("firstBuild must be >= 0, was " + firstBuild);
    }
    NavigableMap<Integer, CommandTable> m = new TreeMap<>(byFirstBuild);
    m.put(firstBuild, table);
    return new ProtocolVersions(m);
  }

  /**
   * {@return the table for {@code serverBuild}; 0 (not yet known) gives the oldest variant}
   *
   * @param serverBuild the server build from the login response, or 0
   */
  public CommandTable tableFor(int serverBuild) {
    Map.Entry<Integer, CommandTable> e = byFirstBuild.floorEntry(Math.max(0, serverBuild));
    return e != null ? e.getValue() : byFirstBuild.firstEntry().getValue();
  }

  /**
   * {@return the first build of the variant that applies to {@code serverBuild}}
   *
   * @param serverBuild the server build from the login response, or 0
   */
  public int variantFor(int serverBuild) {
    Integer k = byFirstBuild.floorKey(Math.max(0, serverBuild));
    return k != null ? k : byFirstBuild.firstKey();
  }
}

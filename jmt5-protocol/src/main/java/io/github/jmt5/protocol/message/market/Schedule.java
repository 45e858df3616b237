package io.github.jmt5.protocol.message.market;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.message.Wire;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A symbol's weekly schedule: 16 quote sessions and 16 trade sessions for each day, Sunday first.
 * Unused slots are 0/0.
 *
 * @param quoteSessions 7 x 16 quote sessions, day by day
 * @param tradeSessions 7 x 16 trade sessions, day by day
 */
public record Schedule(List<ScheduleSession> quoteSessions, List<ScheduleSession> tradeSessions) {
  /** Days in the schedule. */
  public static final int DAYS = 7;

  /** Session slots per day. */
  public static final int SESSIONS_PER_DAY = 16;

  private static final int SLOTS = DAYS * SESSIONS_PER_DAY;

  /** Size on the wire. */
  public static final int SIZE = 2 * SLOTS * ScheduleSession.SIZE;

  /** The wire layout. */
  public static final Layout LAYOUT =
      Layout.builder("SCHEDULE")
          .nested("quote_sessions", ScheduleSession.LAYOUT, SLOTS)
          .nested("trade_sessions", ScheduleSession.LAYOUT, SLOTS)
          .build();

  /**
   * Checks that both lists have 7 x 16 slots and copies them.
   *
   * @param quoteSessions 7 x 16 quote sessions, day by day
   * @param tradeSessions 7 x 16 trade sessions, day by day
   * @throws IllegalArgumentException if a list has the wrong length
   */
  public Schedule {
    quoteSessions = Wire.fixedList(quoteSessions, SLOTS, "quoteSessions");
    tradeSessions = Wire.fixedList(tradeSessions, SLOTS, "tradeSessions");
  }

  /** {@return a schedule with every slot unused} */
  public static Schedule empty() {
    List<ScheduleSession> none = new ArrayList<>(SLOTS);
    for (int i = 0; i < SLOTS; i++) {
      none.add(new ScheduleSession(0, 0));
    }
    return new Schedule(none, none);
  }

  /**
   * {@return the 16 quote sessions of {@code day} (0 = Sunday)}
   *
   * @param day day of the week, 0 (Sunday) to 6
   */
  public List<ScheduleSession> quoteSessions(int day) {
    return quoteSessions.subList(day * SESSIONS_PER_DAY, (day + 1) * SESSIONS_PER_DAY);
  }

  /**
   * {@return the 16 trade sessions of {@code day} (0 = Sunday)}
   *
   * @param day day of the week, 0 (Sunday) to 6
   */
  public List<ScheduleSession> tradeSessions(int day) {
    return tradeSessions.subList(day * SESSIONS_PER_DAY, (day + 1) * SESSIONS_PER_DAY);
  }

  /**
   * {@return the schedule: 7 x 16 quote sessions, then 7 x 16 trade sessions}
   *
   * @param r reader over the body
   * @param off byte offset of the schedule
   * @throws io.github.jmt5.protocol.ProtocolException if the schedule runs past the end of the body
   */
  public static Schedule read(WireReader r, int off) {
    return new Schedule(readSlots(r, off), readSlots(r, off + SLOTS * ScheduleSession.SIZE));
  }

  private static List<ScheduleSession> readSlots(WireReader r, int off) {
    List<ScheduleSession> out = new ArrayList<>(SLOTS);
    for (int i = 0; i < SLOTS; i++) {
      out.add(ScheduleSession.read(r, off + i * ScheduleSession.SIZE));
    }
    return out;
  }

  /**
   * Appends the quote sessions, then the trade sessions.
   *
   * @param w the writer
   */
  public void write(WireWriter w) {
    for (ScheduleSession s : quoteSessions) {
      s.write(w);
    }
    for (ScheduleSession s : tradeSessions) {
      s.write(w);
    }
  }
}

package io.github.jmt5.client.session;

import static io.github.jmt5.client.event.ConnectionState.READY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.github.jmt5.client.error.RequestTimeoutException;
import io.github.jmt5.client.event.UnknownPush;
import io.github.jmt5.protocol.ProtocolException;
import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.command.CommandId;
import io.github.jmt5.protocol.message.account.Account;
import io.github.jmt5.server.Mt5Emulator;
import io.github.jmt5.server.fault.Fault;
import io.github.jmt5.server.script.ScriptedReply;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.Deflater;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A server that lies: bodies that inflate without end, counts far beyond the body, frames for
 * commands nothing waits for, replies that never come. Each ends in a typed error on the request
 * concerned, never an out-of-memory error or a hang, and the session stays usable.
 */
class HostileServerIT {
  private Mt5Emulator emulator;

  @SuppressWarnings("NullAway.Init") // set by each test
  private Session session;

  @BeforeEach
  void start() {
    emulator = Harness.emulator();
    session =
        new Session(
            Harness.options(emulator)
                .requestTimeout(Duration.ofSeconds(5))
                .lateReplyGrace(Duration.ofMillis(300))
                .build());
    session.connect().join();
  }

  @AfterEach
  void stop() {
    session.close();
    emulator.close();
  }

  private Account account() {
    return session.request(Request.of(CommandId.GET_ACCOUNT, Codecs.ACCOUNT)).join();
  }

  @Test
  void aZipBombInTheCompressedSymbolListFailsWithTheLimitNotAnOutOfMemoryError() {
    byte[] bomb = zlibOfZeros(256L << 20); // 256 MiB of zeros, about 256 KiB on the wire
    assertThat(bomb.length).isLessThan(1 << 20);
    emulator.enqueue(ScriptedReply.of(CommandId.GET_SYMBOLS_COMPRESSED.id(), bomb));

    assertThatThrownBy(
            () ->
                session
                    .request(
                        Request.of(CommandId.GET_SYMBOLS_COMPRESSED, Codecs.SYMBOL_LIST_COMPRESSED))
                    .join())
        .cause()
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("exceeds the limit");
    assertThat(session.state()).isEqualTo(READY);
    assertThat(account().main().balance()).isEqualTo(10_000.0);
  }

  @Test
  void aHugeCountFailsTheRequestWithTheFieldAndOffset() {
    byte[] body = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(0x7fff_ffff).array();
    emulator.enqueue(ScriptedReply.of(CommandId.GET_SYMBOLS.id(), body));

    assertThatThrownBy(
            () -> session.request(Request.of(CommandId.GET_SYMBOLS, Codecs.SYMBOL_LIST)).join())
        .cause()
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("count")
        .hasMessageContaining("[command 6");
    assertThat(session.state()).isEqualTo(READY);
    assertThat(account()).isNotNull();
  }

  @Test
  void aFrameForACommandNothingWaitsForBecomesAnUnknownPush() {
    List<UnknownPush> unknown = new CopyOnWriteArrayList<>();
    session.on(UnknownPush.class, unknown::add);
    // the reply arrives after its request gave up: nothing is outstanding for cmd 4 any more
    emulator.faults().delay(CommandId.GET_POSITIONS_AND_ORDERS.id(), Duration.ofMillis(600), 1);

    assertThatThrownBy(
            () ->
                session
                    .request(
                        Request.of(CommandId.GET_POSITIONS_AND_ORDERS, Codecs.POSITIONS_AND_ORDERS)
                            .withTimeout(Duration.ofMillis(200)))
                    .join())
        .cause()
        .isInstanceOf(RequestTimeoutException.class);

    await().until(() -> !unknown.isEmpty());
    assertThat(unknown.get(0).command()).isEqualTo(CommandId.GET_POSITIONS_AND_ORDERS.id());
    assertThat(session.state()).isEqualTo(READY);
    assertThat(account()).isNotNull();
  }

  @Test
  void aReplyThatNeverComesTimesOutAndTheNextRequestIsAnswered() {
    emulator.faults().on(CommandId.GET_ACCOUNT.id(), new Fault.NoReply());

    assertThatThrownBy(
            () ->
                session
                    .request(
                        Request.of(CommandId.GET_ACCOUNT, Codecs.ACCOUNT)
                            .withTimeout(Duration.ofMillis(300)))
                    .join())
        .cause()
        .isInstanceOf(RequestTimeoutException.class)
        .hasMessageContaining("no reply to command 3 ");
    assertThat(session.outstandingRequests()).isZero();
    assertThat(session.state()).isEqualTo(READY);
    assertThat(account()).isNotNull();
  }

  /** A cmd 34 body: a harmless declared length, then a zlib stream of {@code zeros} zero bytes. */
  private static byte[] zlibOfZeros(long zeros) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] len = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(1000).array();
    out.write(len, 0, 4);
    byte[] chunk = new byte[1 << 16];
    byte[] buf = new byte[1 << 16];
    for (long fed = 0; fed < zeros; fed += chunk.length) {
      deflater.setInput(chunk);
      while (!deflater.needsInput()) {
        out.write(buf, 0, deflater.deflate(buf));
      }
    }
    deflater.finish();
    while (!deflater.finished()) {
      out.write(buf, 0, deflater.deflate(buf));
    }
    deflater.end();
    return out.toByteArray();
  }
}

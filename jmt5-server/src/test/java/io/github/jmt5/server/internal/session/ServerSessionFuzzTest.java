package io.github.jmt5.server.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jmt5.protocol.ProtocolException;
import io.github.jmt5.protocol.command.CommandId;
import io.github.jmt5.protocol.crypto.ClientId;
import io.github.jmt5.protocol.frame.BootstrapReply;
import io.github.jmt5.protocol.frame.FrameCodec;
import io.github.jmt5.protocol.frame.InnerResponse;
import io.github.jmt5.protocol.message.session.LoginPayload;
import io.github.jmt5.protocol.version.ProtocolVersions;
import io.github.jmt5.server.account.AccountConfig;
import io.github.jmt5.server.account.AccountRegistry;
import io.github.jmt5.server.fault.FaultPlan;
import io.github.jmt5.server.internal.broker.Broker;
import io.github.jmt5.server.internal.transport.Peer;
import io.github.jmt5.server.market.MarketSimulator;
import io.github.jmt5.server.market.SymbolCatalog;
import io.github.jmt5.server.script.Script;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The emulator's request handling fed arbitrary decrypted request frames, on a socket that is
 * bootstrapped and (when the input says so) logged in. Handling a frame may only answer, stay
 * silent, close the socket, or throw {@link ProtocolException} (which the transport answers by
 * closing the socket); every frame it sends decrypts; and afterwards the same emulator still logs
 * in a fresh socket and answers it.
 */
class ServerSessionFuzzTest {
  private static final long FUZZED = 50_001;
  private static final String FUZZED_PASSWORD = "fuzzed-password";
  private static final long WITNESS = 50_002;
  private static final String WITNESS_PASSWORD = "witness-password";

  /** Commands worth aiming at; other ids come from the input too. */
  private static final int[] COMMANDS = {
    0, 2, 3, 4, 5, 6, 7, 9, 11, 12, 18, 20, 22, 24, 27, 28, 29, 30, 34, 38, 39, 41, 42, 43, 44, 51,
    52
  };

  private static final ScheduledExecutorService SCHEDULER =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "fuzz-scheduler");
            t.setDaemon(true);
            return t;
          });
  private static final long NOW = 1_700_000_000_000L;
  private static final SessionContext CONTEXT;
  private static final MarketHandlers HANDLERS;

  static {
    AccountRegistry accounts =
        new AccountRegistry(
            List.of(
                AccountConfig.of(FUZZED, FUZZED_PASSWORD, 10_000),
                AccountConfig.of(WITNESS, WITNESS_PASSWORD, 10_000)));
    CONTEXT =
        new SessionContext(
            accounts,
            new FaultPlan(),
            new Script(),
            SCHEDULER,
            () -> NOW,
            ProtocolVersions.REFERENCE_BUILD);
    SymbolCatalog catalog = SymbolCatalog.standard();
    MarketSimulator market = new MarketSimulator(catalog, 7);
    market.advance(NOW);
    Broker broker =
        new Broker(catalog, market, accounts, () -> NOW, ProtocolVersions.REFERENCE_BUILD);
    HANDLERS = new MarketHandlers(CONTEXT, market, new SessionRegistry(), broker);
  }

  @FuzzTest(maxDuration = "30s")
  void requests(FuzzedDataProvider data) {
    Socket socket = Socket.bootstrapped(data.consumeLong());
    if (data.consumeBoolean()) {
      assertThat(socket.login(FUZZED, FUZZED_PASSWORD).code()).isZero();
    }
    int frames = data.consumeInt(1, 12);
    for (int i = 0; i < frames && socket.peer.isOpen(); i++) {
      int command =
          data.consumeBoolean()
              ? COMMANDS[data.consumeInt(0, COMMANDS.length - 1)]
              : data.consumeInt(0, 0xffff);
      byte[] payload = data.consumeBytes(data.consumeInt(0, 4096));
      try {
        socket.send(command, payload);
      } catch (ProtocolException handled) {
        socket.peer.close(false);
      }
    }
    socket.close();

    Socket witness = Socket.bootstrapped(0);
    assertThat(witness.login(WITNESS, WITNESS_PASSWORD).code()).isZero();
    InnerResponse pong = witness.request(CommandId.PING.id(), new byte[0]);
    assertThat(pong.command()).isEqualTo(CommandId.PING.id());
    assertThat(pong.code()).isZero();
    witness.close();
  }

  /** One client socket driven from the test thread, with the client's side of the codec. */
  private static final class Socket {
    final FakePeer peer = new FakePeer();
    final ServerSession session = new ServerSession(CONTEXT, HANDLERS);
    final FrameCodec client;
    int read;

    private Socket(long seed) {
      this.client = new FrameCodec(new Random(seed));
      session.onOpen(peer);
    }

    static Socket bootstrapped(long seed) {
      Socket s = new Socket(seed);
      InnerResponse r = s.request(0, new byte[BootstrapReply.TOKEN_LENGTH]);
      assertThat(r.command()).isZero();
      s.client.switchKey(BootstrapReply.decode(r.body().toArray()).sessionKey().toArray());
      return s;
    }

    /** Sends a request and decrypts everything it was answered with. */
    List<InnerResponse> send(int command, byte[] payload) {
      session.onMessage(peer, client.encodeRequest(command, payload));
      peer.runPending();
      List<InnerResponse> out = new ArrayList<>();
      while (read < peer.sent.size()) {
        out.add(client.decodeResponse(peer.sent.get(read++)));
      }
      return out;
    }

    InnerResponse request(int command, byte[] payload) {
      List<InnerResponse> answer = send(command, payload);
      assertThat(answer).isNotEmpty();
      return answer.get(0);
    }

    InnerResponse login(long login, String password) {
      return request(
          CommandId.LOGIN.id(),
          LoginPayload.encode(login, password, "", ClientId.fromJoined("fuzz;1;en;0x0;1"), 0, ""));
    }

    void close() {
      peer.close(false);
      peer.runPending();
      session.onClose(peer);
    }
  }

  /** A socket whose thread is the test thread: queued sends run in {@link #runPending}. */
  private static final class FakePeer implements Peer {
    final List<byte[]> sent = new ArrayList<>();
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private volatile boolean open = true;

    void runPending() {
      Runnable r;
      while ((r = tasks.poll()) != null) {
        r.run();
      }
    }

    @Override
    public String id() {
      return "fuzz";
    }

    @Override
    public SocketAddress remoteAddress() {
      return InetSocketAddress.createUnresolved("fuzz", 1);
    }

    @Override
    public void send(byte[] message) {
      if (open) {
        sent.add(message);
      }
    }

    @Override
    public void close(boolean withCloseFrame) {
      open = false;
    }

    @Override
    public void setReading(boolean reading) {}

    @Override
    public Executor executor() {
      return tasks::add;
    }

    @Override
    public boolean isOpen() {
      return open;
    }
  }
}

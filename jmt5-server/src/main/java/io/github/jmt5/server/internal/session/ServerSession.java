package io.github.jmt5.server.internal.session;

import io.github.jmt5.protocol.ProtocolException;
import io.github.jmt5.protocol.command.CommandId;
import io.github.jmt5.protocol.command.CommandTable;
import io.github.jmt5.protocol.command.RawBody;
import io.github.jmt5.protocol.frame.BootstrapReply;
import io.github.jmt5.protocol.frame.FrameCodec;
import io.github.jmt5.protocol.frame.InnerRequest;
import io.github.jmt5.protocol.wire.Bytes;
import io.github.jmt5.server.fault.Fault;
import io.github.jmt5.server.internal.transport.Peer;
import io.github.jmt5.server.internal.transport.PeerHandler;
import io.github.jmt5.server.script.RecordedRequest;
import io.github.jmt5.server.script.ScriptedReply;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client socket of the emulator: decrypts frames, records them, applies the fault plan and
 * scripted replies, and otherwise answers through the {@link CommandHandlers}. Replies of one
 * socket leave in order.
 *
 * <p>Confined to the socket's thread, except {@link #push}, which may be called from any thread.
 */
public final class ServerSession implements PeerHandler {
  private static final Logger log = LoggerFactory.getLogger(ServerSession.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SessionContext context;
  private final CommandHandlers handlers;
  private final FrameCodec codec = new FrameCodec();
  private final SessionState state = new SessionState();
  private Peer peer;
  private OrderedSender sender;
  private int frames;
  private final List<Runnable> afterReplies = new ArrayList<>();

  /**
   * A session for one socket, not yet bootstrapped.
   *
   * @param context the accounts, clock and options sessions share
   * @param handlers answers the requests
   */
  public ServerSession(SessionContext context, CommandHandlers handlers) {
    this.context = context;
    this.handlers = handlers;
  }

  /** {@return where this socket is in its life} */
  public SessionState state() {
    return state;
  }

  @Override
  public void onOpen(Peer p) {
    this.peer = p;
    this.sender = new OrderedSender(p, context.scheduler());
    log.atDebug()
        .addKeyValue("peer", p.id())
        .addKeyValue("remote", p.remoteAddress())
        .log("socket open");
  }

  @Override
  public void onMessage(Peer p, byte[] message) {
    int frameNumber = ++frames;
    InnerRequest request;
    try {
      request = codec.decodeRequest(message);
    } catch (ProtocolException e) {
      // a frame that does not decrypt cannot be answered
      log.atInfo()
          .addKeyValue("peer", p.id())
          .addKeyValue("frame", frameNumber)
          .log("closing: {}", e.getMessage());
      p.close(false);
      return;
    }
    int command = request.command();
    context
        .script()
        .record(
            new RecordedRequest(
                p.id(),
                frameNumber,
                command,
                request.payload(),
                decode(request),
                context.clock().getAsLong()));
    Optional<Fault> fault = context.faults().take(command, frameNumber);
    if (fault.isPresent() && applyBeforeHandling(fault.get(), command)) {
      return;
    }
    if (command == CommandId.BOOTSTRAP.id() && !state.isBootstrapped()) {
      bootstrap(request.payload().toArray());
      return;
    }
    Optional<ScriptedReply> scripted = context.script().nextReply(command);
    List<Reply> replies =
        scripted.isPresent()
            ? List.of(new Reply(command, scripted.get().code(), scripted.get().body().toArray()))
            : handlers.handle(this, command, request.payload().toArray());
    Fault f = fault.orElse(null);
    long delay = f instanceof Fault.Delay d ? d.delay().toMillis() : 0;
    for (Reply reply : replies) {
      send(reply, delay, f);
      delay = 0;
    }
    afterReplies.forEach(Runnable::run);
    afterReplies.clear();
    if (f instanceof Fault.StopReading) {
      sender.enqueue(0, () -> p.setReading(false));
    }
  }

  /** True when the fault replaces the normal handling. */
  private boolean applyBeforeHandling(Fault fault, int command) {
    if (fault instanceof Fault.Close c) {
      peer.close(c.withCloseFrame());
      return true;
    }
    if (fault instanceof Fault.NoReply) {
      return true;
    }
    if (fault instanceof Fault.ReplyCode r) {
      send(Reply.error(command, r.code()), 0, null);
      return true;
    }
    return false;
  }

  private Object decode(InnerRequest request) {
    try {
      return CommandTable.standard().decodeRequest(request.command(), request.payload().toArray());
    } catch (ProtocolException e) {
      return new RawBody(request.command(), request.payload());
    }
  }

  /**
   * Cmd 0: the reply goes out under the initial key, then both directions switch to the new one.
   */
  private void bootstrap(byte[] token) {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    byte[] newToken = new byte[BootstrapReply.TOKEN_LENGTH];
    if (Bytes.of(token).isZero()) {
      RANDOM.nextBytes(newToken);
    } else {
      System.arraycopy(token, 0, newToken, 0, Math.min(token.length, newToken.length));
    }
    int build = context.serverBuild();
    byte[] head = {(byte) build, (byte) (build >>> 8)};
    BootstrapReply reply = new BootstrapReply(Bytes.of(head), Bytes.of(newToken), Bytes.of(key));
    sender.enqueue(
        0,
        () -> {
          peer.send(codec.encodeResponse(0, 0, reply.encode()));
          codec.switchKey(key);
          state.bootstrapped();
        });
  }

  /** Sends a reply or push after every frame queued before it. */
  void send(Reply reply, long delayMs, @Nullable Fault fault) {
    sender.enqueue(
        delayMs,
        () -> {
          if (!peer.isOpen()) {
            return;
          }
          byte[] frame = codec.encodeResponse(reply.command(), reply.code(), reply.body());
          if (fault instanceof Fault.CorruptReply) {
            frame[frame.length - 1] ^= 0x5a;
            frame[frame.length - 17 > 8 ? frame.length - 17 : frame.length - 1] ^= 0x33;
          } else if (fault instanceof Fault.WrongKey) {
            FrameCodec wrong = new FrameCodec();
            byte[] k = new byte[32];
            RANDOM.nextBytes(k);
            wrong.switchKey(k);
            frame = wrong.encodeResponse(reply.command(), reply.code(), reply.body());
          }
          peer.send(frame);
        });
  }

  /**
   * Runs {@code action} once the replies to the request being handled are queued, so that what it
   * starts (pushes) cannot overtake them.
   */
  void afterReplies(Runnable action) {
    afterReplies.add(action);
  }

  /**
   * Queues a push to this socket. Thread-safe.
   *
   * @param reply the push
   */
  public void push(Reply reply) {
    send(reply, 0, null);
  }

  /** Closes the socket without a close frame. */
  public void drop() {
    if (peer != null) {
      peer.close(false);
    }
  }

  @Override
  public void onClose(Peer p) {
    handlers.closed(this);
    log.atDebug().addKeyValue("peer", p.id()).addKeyValue("frames", frames).log("socket closed");
  }

  Peer peer() {
    return peer;
  }
}

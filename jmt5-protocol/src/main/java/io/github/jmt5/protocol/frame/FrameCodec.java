package io.github.jmt5.protocol.frame;

import io.github.jmt5.protocol.crypto.FrameCipher;
import io.github.jmt5.protocol.crypto.InitialKey;
import io.github.jmt5.protocol.wire.Bytes;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Random;

/**
 * Turns inner frames into WebSocket messages and back for one socket: outer header plus AES-CBC
 * under the current key. A socket starts with the initial key; after the bootstrap both sides
 * {@link #switchKey} to the session key for good.
 *
 * <p>Used by clients ({@link #encodeRequest}, {@link #decodeResponse}) and servers ({@link
 * #decodeRequest}, {@link #encodeResponse}). Encoding builds the inner frame in a buffer the codec
 * keeps and encrypts it straight into the message, so a message costs one array; {@link #openInto}
 * decrypts into the caller's buffer and allocates nothing. Not thread-safe: confine an instance to
 * the socket's thread.
 */
public final class FrameCodec {
  private static final int REQUEST_HEADER = 4;
  private static final int RESPONSE_HEADER = 5;

  /** Frames up to this size are built in a kept buffer; larger ones in a one-off array. */
  private static final int SCRATCH_CAP = 64 << 10;

  private final NonceSource nonces;
  private FrameCipher cipher;
  private boolean initialKey = true;
  private byte[] scratch = new byte[256];
  private int openedLength;

  /** A codec on the initial key with nonces from a {@link SecureRandom}. */
  public FrameCodec() {
    this.nonces = new SecureNonces(new SecureRandom());
    this.cipher = new FrameCipher(InitialKey.bytes());
  }

  /**
   * With a given nonce source, for reproducible frames.
   *
   * @param nonces source of the two nonce bytes, each drawn from 0..254
   */
  public FrameCodec(Random nonces) {
    this.nonces = () -> nonces.nextInt(255);
    this.cipher = new FrameCipher(InitialKey.bytes());
  }

  /**
   * Switches both directions to {@code sessionKey}.
   *
   * @param sessionKey the 16, 24 or 32 byte key from the cmd 0 reply
   */
  public void switchKey(byte[] sessionKey) {
    this.cipher = new FrameCipher(sessionKey);
    this.initialKey = false;
  }

  /** {@return true until {@link #switchKey} is called} */
  public boolean usesInitialKey() {
    return initialKey;
  }

  /**
   * {@return a client request with a random nonce (each byte 0..254, as the web terminal makes
   * them)}
   *
   * @param command u16 command id
   * @param payload the request payload, may be empty
   */
  public byte[] encodeRequest(int command, byte[] payload) {
    return encodeRequest(command, payload, 0, payload.length);
  }

  /**
   * {@return a client request with a random nonce whose payload is {@code len} bytes of {@code
   * payload} from {@code off}, e.g. the buffer of a reused {@link
   * io.github.jmt5.protocol.wire.WireWriter}}
   *
   * @param command u16 command id
   * @param payload array holding the payload
   * @param off where the payload starts
   * @param len payload length in bytes
   */
  public byte[] encodeRequest(int command, byte[] payload, int off, int len) {
    checkCommand(command);
    byte[] inner = scratch(REQUEST_HEADER + len);
    inner[0] = (byte) nonces.next();
    inner[1] = (byte) nonces.next();
    return sealRequest(inner, command, payload, off, len);
  }

  /**
   * {@return a client request with the given nonce, for reproducible frames and tests}
   *
   * @param nonce the two nonce bytes
   * @param command u16 command id
   * @param payload the request payload, may be empty
   */
  public byte[] encodeRequest(Bytes nonce, int command, byte[] payload) {
    checkNonce(nonce);
    checkCommand(command);
    byte[] inner = scratch(REQUEST_HEADER + payload.length);
    inner[0] = nonce.get(0);
    inner[1] = nonce.get(1);
    return sealRequest(inner, command, payload, 0, payload.length);
  }

  private byte[] sealRequest(byte[] inner, int command, byte[] payload, int off, int len) {
    inner[2] = (byte) command;
    inner[3] = (byte) (command >>> 8);
    System.arraycopy(payload, off, inner, REQUEST_HEADER, len);
    return seal(inner, 0, REQUEST_HEADER + len);
  }

  /**
   * {@return a server reply or push with a zero nonce}
   *
   * @param command u16 command id
   * @param code u8 result code, 0 for success
   * @param body the reply or push body, may be empty
   */
  public byte[] encodeResponse(int command, int code, byte[] body) {
    return encodeResponse(0, 0, command, code, body);
  }

  /**
   * {@return a server reply or push with the given nonce}
   *
   * @param nonce the two nonce bytes
   * @param command u16 command id
   * @param code u8 result code, 0 for success
   * @param body the reply or push body, may be empty
   */
  public byte[] encodeResponse(Bytes nonce, int command, int code, byte[] body) {
    checkNonce(nonce);
    return encodeResponse(nonce.get(0), nonce.get(1), command, code, body);
  }

  private byte[] encodeResponse(int nonce0, int nonce1, int command, int code, byte[] body) {
    checkCommand(command);
    if (code < 0 || code > 0xff) {
      throw new IllegalArgumentException("command or code out of range: " + command + "/" + code);
    }
    int len = body.length;
    byte[] inner = scratch(RESPONSE_HEADER + len);
    inner[0] = (byte) nonce0;
    inner[1] = (byte) nonce1;
    inner[2] = (byte) command;
    inner[3] = (byte) (command >>> 8);
    inner[4] = (byte) code;
    System.arraycopy(body, 0, inner, RESPONSE_HEADER, len);
    return seal(inner, 0, RESPONSE_HEADER + len);
  }

  /**
   * Decrypts and decodes a server message.
   *
   * @param message the whole WebSocket message: outer header and ciphertext
   * @return the command id, result code and body
   * @throws io.github.jmt5.protocol.ProtocolException for a message that is short or does not
   *     decrypt
   */
  public InnerResponse decodeResponse(byte[] message) {
    byte[] inner = openScratch(message);
    int n = openedLength;
    if (n < RESPONSE_HEADER) {
      return InnerResponse.decode(Arrays.copyOf(inner, n)); // throws the usual exception
    }
    return new InnerResponse(
        Bytes.of(inner, 0, 2),
        (inner[2] & 0xff) | (inner[3] & 0xff) << 8,
        inner[4] & 0xff,
        Bytes.of(inner, RESPONSE_HEADER, n - RESPONSE_HEADER));
  }

  /**
   * Decrypts and decodes a client message.
   *
   * @param message the whole WebSocket message: outer header and ciphertext
   * @return the nonce, command id and payload
   * @throws io.github.jmt5.protocol.ProtocolException for a message that is short or does not
   *     decrypt
   */
  public InnerRequest decodeRequest(byte[] message) {
    byte[] inner = openScratch(message);
    int n = openedLength;
    if (n < REQUEST_HEADER) {
      return InnerRequest.decode(Arrays.copyOf(inner, n)); // throws the usual exception
    }
    return new InnerRequest(
        Bytes.of(inner, 0, 2),
        (inner[2] & 0xff) | (inner[3] & 0xff) << 8,
        Bytes.of(inner, REQUEST_HEADER, n - REQUEST_HEADER));
  }

  /**
   * Decrypts into the kept buffer (or a one-off array for a message above the cap) and leaves the
   * inner length in {@link #openedLength}, so a decoded frame costs one copy of its body.
   */
  private byte[] openScratch(byte[] message) {
    byte[] out = scratch(maxInnerLength(message));
    openedLength = openInto(message, out, 0);
    return out;
  }

  /**
   * Encrypts and wraps an inner frame.
   *
   * @param inner the whole inner frame
   * @return the WebSocket message: outer header and ciphertext
   */
  public byte[] seal(byte[] inner) {
    return seal(inner, 0, inner.length);
  }

  /**
   * Encrypts and wraps {@code len} bytes of {@code inner} from {@code off}.
   *
   * @param inner array holding the inner frame
   * @param off where the inner frame starts
   * @param len inner frame length in bytes
   * @return the WebSocket message: outer header and ciphertext
   */
  public byte[] seal(byte[] inner, int off, int len) {
    int body = FrameCipher.encryptedLength(len);
    byte[] out = new byte[OuterFrame.HEADER + body];
    OuterFrame.putInt(out, 0, body);
    OuterFrame.putInt(out, 4, OuterFrame.VERSION);
    cipher.encrypt(inner, off, len, out, OuterFrame.HEADER);
    return out;
  }

  /**
   * Unwraps and decrypts a message to its inner frame.
   *
   * @param message the whole WebSocket message
   * @return the inner frame, a new array
   * @throws io.github.jmt5.protocol.ProtocolException for a message that is short or does not
   *     decrypt
   */
  public byte[] open(byte[] message) {
    OuterFrame.Unwrapped u = OuterFrame.unwrap(message);
    return cipher.decrypt(message, u.bodyOffset(), u.bodyLength());
  }

  /**
   * Unwraps and decrypts a message into {@code out} at {@code outOff}, allocating nothing: the
   * inner frame's bytes, the same as {@link #open} returns. {@code out} needs {@link
   * #maxInnerLength maxInnerLength(message)} bytes from {@code outOff}.
   *
   * @param message the whole WebSocket message
   * @param out array the inner frame is written to
   * @param outOff where the inner frame starts in {@code out}
   * @return the inner frame's length
   * @throws io.github.jmt5.protocol.ProtocolException for a message that is short or does not
   *     decrypt
   * @throws IllegalArgumentException when {@code out} is too short
   */
  public int openInto(byte[] message, byte[] out, int outOff) {
    if (message.length < OuterFrame.HEADER) {
      OuterFrame.unwrap(message); // throws the usual exception
    }
    return cipher.decrypt(
        message, OuterFrame.HEADER, message.length - OuterFrame.HEADER, out, outOff);
  }

  /**
   * {@return room {@link #openInto} needs for {@code message}: its length less the outer header}
   *
   * @param message the whole WebSocket message
   */
  public static int maxInnerLength(byte[] message) {
    return Math.max(0, message.length - OuterFrame.HEADER);
  }

  /** The kept buffer when {@code size} fits under the cap; a one-off array for larger frames. */
  private byte[] scratch(int size) {
    if (size > SCRATCH_CAP) {
      return new byte[size];
    }
    if (scratch.length < size) {
      scratch = new byte[Math.min(SCRATCH_CAP, Math.max(size, 2 * scratch.length))];
    }
    return scratch;
  }

  private static void checkNonce(Bytes nonce) {
    if (nonce.length() != 2) {
      throw new IllegalArgumentException("nonce must be 2 bytes");
    }
  }

  private static void checkCommand(int command) {
    if (command < 0 || command > 0xffff) {
      throw new IllegalArgumentException("command must fit in a u16, was " + command);
    }
  }

  /** Nonce bytes, each 0..254. */
  @FunctionalInterface
  private interface NonceSource {
    int next();
  }

  /**
   * Nonce bytes from a secure generator, drawn 64 at a time: a byte of 255 is skipped, so each
   * value of 0..254 is equally likely, as with {@code nextInt(255)}.
   */
  private static final class SecureNonces implements NonceSource {
    private final SecureRandom random;
    private final byte[] pool = new byte[64];
    private int next = pool.length;

    SecureNonces(SecureRandom random) {
      this.random = random;
    }

    @Override
    public int next() {
      while (true) {
        if (next == pool.length) {
          random.nextBytes(pool);
          next = 0;
        }
        int b = pool[next++] & 0xff;
        if (b != 0xff) {
          return b;
        }
      }
    }
  }
}

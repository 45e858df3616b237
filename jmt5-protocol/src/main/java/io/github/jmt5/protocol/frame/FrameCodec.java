package io.github.jmt5.protocol.frame;

import io.github.jmt5.protocol.crypto.FrameCipher;
import io.github.jmt5.protocol.crypto.InitialKey;
import io.github.jmt5.protocol.wire.Bytes;
import java.security.SecureRandom;
import java.util.Random;

/**
 * Turns inner frames into WebSocket messages and back for one socket: outer header plus AES-CBC
 * under the current key. A socket starts with the initial key; after the bootstrap both sides
 * {@link #switchKey} to the session key for good.
 *
 * <p>Used by clients ({@link #encodeRequest}, {@link #decodeResponse}) and servers ({@link
 * #decodeRequest}, {@link #encodeResponse}). Not thread-safe: confine an instance to the socket's
 * thread.
 */
public final class FrameCodec {
  private final Random nonces;
  private FrameCipher cipher;
  private boolean initialKey = true;

  public FrameCodec() {
    this(new SecureRandom());
  }

  /** With a given nonce source, for reproducible frames. */
  public FrameCodec(Random nonces) {
    this.nonces = nonces;
    this.cipher = new FrameCipher(InitialKey.bytes());
  }

  /** Switches both directions to {@code sessionKey}. */
  public void switchKey(byte[] sessionKey) {
    this.cipher = new FrameCipher(sessionKey);
    this.initialKey = false;
  }

  public boolean usesInitialKey() {
    return initialKey;
  }

  /** A client request with a random nonce (each byte 0..254, as the web terminal makes them). */
  public byte[] encodeRequest(int command, byte[] payload) {
    byte[] nonce = {(byte) nonces.nextInt(255), (byte) nonces.nextInt(255)};
    return encodeRequest(Bytes.of(nonce), command, payload);
  }

  public byte[] encodeRequest(Bytes nonce, int command, byte[] payload) {
    return seal(new InnerRequest(nonce, command, Bytes.of(payload)).encode());
  }

  /** A server reply or push with a zero nonce. */
  public byte[] encodeResponse(int command, int code, byte[] body) {
    return encodeResponse(Bytes.zeros(2), command, code, body);
  }

  public byte[] encodeResponse(Bytes nonce, int command, int code, byte[] body) {
    return seal(new InnerResponse(nonce, command, code, Bytes.of(body)).encode());
  }

  /**
   * @throws io.github.jmt5.protocol.ProtocolException for a message that is short or does not
   *     decrypt
   */
  public InnerResponse decodeResponse(byte[] message) {
    return InnerResponse.decode(open(message));
  }

  /**
   * @throws io.github.jmt5.protocol.ProtocolException for a message that is short or does not
   *     decrypt
   */
  public InnerRequest decodeRequest(byte[] message) {
    return InnerRequest.decode(open(message));
  }

  /** Encrypts and wraps an inner frame. */
  public byte[] seal(byte[] inner) {
    return OuterFrame.wrap(cipher.encrypt(inner, 0, inner.length));
  }

  /** Unwraps and decrypts a message to its inner frame. */
  public byte[] open(byte[] message) {
    OuterFrame.Unwrapped u = OuterFrame.unwrap(message);
    return cipher.decrypt(message, u.bodyOffset(), u.bodyLength());
  }
}

package io.github.jmt5.protocol.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jmt5.protocol.ProtocolException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrameCipherTest {
  private static final int[] LENGTHS = {
    0, 1, 15, 16, 17, 31, 32, 33, 47, 48, 49, 255, 256, 257, 4095, 4096
  };

  @ParameterizedTest
  @ValueSource(ints = {16, 24, 32})
  void roundTripsAtBlockBoundaries(int keySize) {
    Random random = new Random(keySize);
    byte[] key = new byte[keySize];
    random.nextBytes(key);
    FrameCipher c = new FrameCipher(key);
    for (int len : LENGTHS) {
      byte[] plain = new byte[len];
      random.nextBytes(plain);
      byte[] cipher = c.encrypt(plain, 0, len);
      assertThat(cipher).as("length " + len).hasSize((len / 16 + 1) * 16);
      assertThat(c.decrypt(cipher, 0, cipher.length)).isEqualTo(plain);
    }
  }

  @Test
  void sameInputGivesSameOutputBecauseEveryMessageStartsFromAZeroIv() {
    FrameCipher c = new FrameCipher(InitialKey.bytes());
    byte[] p = {1, 2, 3};
    assertThat(c.encrypt(p, 0, 3)).isEqualTo(c.encrypt(p, 0, 3));
  }

  @Test
  void damagedTruncatedOrForeignCiphertextIsAProtocolError() {
    FrameCipher c = new FrameCipher(InitialKey.bytes());
    byte[] cipher = c.encrypt(new byte[40], 0, 40);
    byte[] damaged = cipher.clone();
    damaged[damaged.length - 1] ^= 0x55;
    assertThatThrownBy(() -> c.decrypt(damaged, 0, damaged.length))
        .isInstanceOf(ProtocolException.class);
    assertThatThrownBy(() -> c.decrypt(cipher, 0, 20)).isInstanceOf(ProtocolException.class);
    assertThatThrownBy(() -> c.decrypt(cipher, 0, 0)).isInstanceOf(ProtocolException.class);
    FrameCipher other = new FrameCipher(new byte[32]);
    // a wrong key fails padding almost always; when the padding happens to parse, the bytes are
    // garbage
    for (int i = 0; i < 20; i++) {
      byte[] p = new byte[i];
      byte[] ct = c.encrypt(p, 0, i);
      try {
        assertThat(other.decrypt(ct, 0, ct.length)).isNotEqualTo(p);
      } catch (ProtocolException expected) {
        assertThat(expected).hasMessageContaining("does not decrypt");
      }
    }
  }

  @Test
  void rejectsKeysOfOtherSizes() {
    assertThatThrownBy(() -> new FrameCipher(new byte[20]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

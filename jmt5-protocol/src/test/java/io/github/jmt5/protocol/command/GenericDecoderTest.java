package io.github.jmt5.protocol.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jmt5.protocol.message.market.IdList;
import io.github.jmt5.protocol.message.session.LoginStatus;
import io.github.jmt5.protocol.wire.Bytes;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GenericDecoderTest {
  private final GenericDecoder decoder = GenericDecoder.standard();

  @Test
  void fixedRecordsUseTheLayoutsFieldNames() {
    byte[] body = Codecs.LOGIN_STATUS.encode(new LoginStatus(0));
    assertThat(decoder.push(15, body)).containsExactly(Map.entry("state", 0L));
  }

  @Test
  void listsAndCountsAreNamed() {
    Map<String, Object> fields = decoder.request(7, Codecs.ID_LIST.encode(IdList.of(1, 7)));
    assertThat(fields).containsEntry("ids", List.of(1, 7));
  }

  @Test
  void unknownCommandsAreKeptRaw() {
    Map<String, Object> fields = decoder.push(77, new byte[] {1, 2, 3});
    assertThat(fields).containsEntry("command", 77).containsEntry("raw", Bytes.fromHex("010203"));
  }

  @Test
  void emptyBodiesDecodeToNoFields() {
    assertThat(decoder.reply(51, new byte[0])).isEmpty();
  }
}

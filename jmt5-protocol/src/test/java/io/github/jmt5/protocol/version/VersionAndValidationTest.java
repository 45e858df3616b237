package io.github.jmt5.protocol.version;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.command.CommandId;
import io.github.jmt5.protocol.command.CommandSpec;
import io.github.jmt5.protocol.command.CommandTable;
import io.github.jmt5.protocol.message.market.Bar;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionAndValidationTest {
  @Test
  void tableIsChosenByServerBuild() {
    CommandTable later =
        CommandTable.standard()
            .with(new CommandSpec(CommandId.PING, Codecs.EMPTY, Codecs.EMPTY, null));
    ProtocolVersions versions = ProtocolVersions.standard().withVariant(6000, later);
    assertThat(versions.tableFor(0)).isSameAs(CommandTable.standard());
    assertThat(versions.tableFor(ProtocolVersions.REFERENCE_BUILD))
        .isSameAs(CommandTable.standard());
    assertThat(versions.tableFor(6000)).isSameAs(later);
    assertThat(versions.tableFor(7000)).isSameAs(later);
    assertThat(versions.variantFor(5999)).isZero();
  }

  @Test
  void wellFormedBodyValidates() {
    byte[] bars = Codecs.BARS.encode(List.of(new Bar(60, 1, 2, 0.5, 1.5, 10, 0)));
    SchemaValidator v = new SchemaValidator(CommandTable.standard());
    assertThat(v.validate(11, SchemaValidator.Part.REPLY, bars)).isEmpty();
  }

  @Test
  void trailingBytesAreReportedWithOffsetAndField() {
    WireWriter w = new WireWriter();
    new Bar(60, 1, 2, 0.5, 1.5, 10, 0).write(w);
    w.i32(7).u32(9); // 8 stray bytes: the start of a second bar that never completes
    var mismatch =
        new SchemaValidator(CommandTable.standard())
            .validate(11, SchemaValidator.Part.REPLY, w.toByteArray());
    assertThat(mismatch).isPresent();
    assertThat(mismatch.get().offset()).isEqualTo(48);
    assertThat(mismatch.get().field()).isEqualTo("[1].time");
    assertThat(mismatch.get().toString()).contains("cmd 11 reply", "8 unexpected trailing bytes");
  }

  @Test
  void truncatedBodyIsReportedFromTheDecoder() {
    var mismatch =
        new SchemaValidator(CommandTable.standard())
            .validate(28, SchemaValidator.Part.REPLY, new byte[170 - 10]);
    assertThat(mismatch).isPresent();
    assertThat(mismatch.get().field()).isEqualTo("session");
    assertThat(mismatch.get().offset()).isEqualTo(160);
  }
}

package io.github.jmt5.protocol.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jmt5.protocol.command.CommandTable;
import io.github.jmt5.protocol.command.RecordCatalog;
import io.github.jmt5.protocol.enums.Timeframe;
import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.message.market.BarsRequest;
import io.github.jmt5.protocol.message.market.IdList;
import io.github.jmt5.protocol.message.onboarding.Document;
import io.github.jmt5.protocol.message.onboarding.OpenRealAccountRequest;
import io.github.jmt5.protocol.message.onboarding.OpeningForm;
import io.github.jmt5.protocol.message.onboarding.OpeningVerificationRequest;
import io.github.jmt5.protocol.message.onboarding.RealAccountDetails;
import io.github.jmt5.protocol.message.session.LoginPayload;
import io.github.jmt5.protocol.message.session.OtpSetupPayload;
import io.github.jmt5.protocol.message.trade.HistoryRequest;
import io.github.jmt5.protocol.wire.Bytes;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code request} vectors: each client payload is built the way jmt5 builds it and must match byte
 * for byte; where a typed request codec exists, it must decode the payload and re-encode it
 * unchanged.
 */
final class RequestVectors {
  private RequestVectors() {}

  static void run(Vector v) {
    JsonNode in = v.inputs();
    int command = in.path("command").asInt();
    byte[] expected = Expect.hex(v.expected().path("hex"));
    assertThat(expected).hasSize(v.expected().path("size").asInt());
    byte[] built = build(command, in);
    assertThat(Expect.hex(built)).as("payload").isEqualTo(Expect.hex(expected));
    roundTripThroughTable(command, expected);
  }

  private static byte[] build(int command, JsonNode in) {
    return switch (command) {
      case 28 -> login(in);
      case 43 -> otp(in);
      case 7, 18, 20, 22 -> write(w -> ids(in).write(w));
      case 5 ->
          write(w -> new HistoryRequest(in.path("from").asInt(), in.path("to").asInt()).write(w));
      case 11 -> bars(in);
      case 27 ->
          write(
              w ->
                  new OpeningVerificationRequest(
                          in.path("build").asInt(),
                          Bytes.fromHex(in.path("cid_hex").asText()),
                          form(in.path("base_hex")))
                      .write(w));
      case 39 -> write(w -> openReal(in).write(w));
      default -> bySchema(in);
    };
  }

  /**
   * Any payload that is one record: the vector's fields through the schema's layout and typed
   * codec.
   */
  private static byte[] bySchema(JsonNode in) {
    String schema = in.path("schema").asText();
    Layout layout = RecordVectors.layoutOf(schema);
    RecordVectors.assertFieldsMatchLayout(in.path("fields"), layout);
    byte[] generic = RecordVectors.encodeFields(layout, in.path("fields"));
    RecordCatalog.Entry<?> entry = RecordCatalog.byLayoutName(schema).orElseThrow();
    assertThat(Expect.hex(retype(entry, generic)))
        .as("typed round trip")
        .isEqualTo(Expect.hex(generic));
    return generic;
  }

  private static <T> byte[] retype(RecordCatalog.Entry<T> entry, byte[] bytes) {
    T record = entry.reader().read(WireReader.of(bytes, -1), 0);
    WireWriter w = new WireWriter();
    entry.writer().write(record, w);
    return w.toByteArray();
  }

  private static byte[] login(JsonNode in) {
    JsonNode api = in.path("api");
    byte[] built =
        LoginPayload.encode(
            Long.parseLong(api.path("login").asText()),
            java.nio.CharBuffer.wrap(api.path("password").asText().toCharArray()),
            api.path("otp").asText(),
            Bytes.fromHex(api.path("cid_hex").asText()),
            Long.parseUnsignedLong(api.path("session").asText()),
            api.path("url").asText());
    assertThat(Expect.hex(built)).isEqualTo(Expect.hex(bySchema(in)));
    return built;
  }

  private static byte[] otp(JsonNode in) {
    JsonNode fields = in.path("fields");
    String password = field(fields, "password");
    JsonNode blob = fieldNode(fields, "password_blob");
    if (blob != null) {
      password =
          blob.path("value").asText(); // a saved credential is passed as its 320 hex characters
    }
    return OtpSetupPayload.encode(
        Long.parseLong(field(fields, "login")),
        password,
        field(fields, "otp"),
        field(fields, "otp_secret"),
        field(fields, "otp_secret_check"),
        Bytes.fromHex(field(fields, "cid")));
  }

  private static byte[] bars(JsonNode in) {
    int minutes = in.path("period_minutes").asInt();
    JsonNode fields = in.path("fields");
    int period = Timeframe.periodCode(minutes);
    assertThat(period).as("period code").isEqualTo(Integer.parseInt(field(fields, "period")));
    BarsRequest r =
        new BarsRequest(
            field(fields, "symbol"),
            period,
            Integer.parseInt(field(fields, "from")),
            Integer.parseInt(field(fields, "to")));
    return write(r::write);
  }

  private static OpenRealAccountRequest openReal(JsonNode in) {
    RealAccountDetails details =
        RealAccountDetails.read(
            WireReader.of(
                RecordVectors.encodeFields(RealAccountDetails.LAYOUT, in.path("extra_fields")), -1),
            0);
    List<Document> docs = new ArrayList<>();
    for (JsonNode d : in.path("documents")) {
      JsonNode f = d.path("fields");
      docs.add(
          new Document(
              Integer.parseInt(field(f, "data_type")),
              Integer.parseInt(field(f, "document_type")),
              field(f, "front_name"),
              Bytes.fromHex(d.path("front_hex").asText()),
              field(f, "back_name"),
              Bytes.fromHex(d.path("back_hex").asText())));
    }
    return new OpenRealAccountRequest(form(in.path("base_hex")), details, docs);
  }

  private static OpeningForm form(JsonNode baseHex) {
    return OpeningForm.read(WireReader.of(Expect.hex(baseHex), -1), 0);
  }

  private static IdList ids(JsonNode in) {
    List<Integer> ids = new ArrayList<>();
    for (JsonNode id : in.path("ids")) {
      ids.add(id.asInt());
    }
    return new IdList(ids);
  }

  /**
   * Decoding with the command table's request codec and encoding again must give the same bytes.
   */
  @SuppressWarnings("unchecked")
  private static void roundTripThroughTable(int command, byte[] payload) {
    var spec = CommandTable.standard().spec(command).orElseThrow();
    var codec = (io.github.jmt5.protocol.command.BodyCodec<Object>) spec.request();
    if (codec == null) {
      return;
    }
    Object decoded = codec.decode(payload, command);
    byte[] again = codec.encode(decoded);
    if (command == 43 && payload.length > again.length) {
      again = concat(again, java.util.Arrays.copyOfRange(payload, again.length, payload.length));
    }
    assertThat(Expect.hex(again)).as("command table round trip").isEqualTo(Expect.hex(payload));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static String field(JsonNode fields, String name) {
    JsonNode f = fieldNode(fields, name);
    if (f == null) {
      throw new AssertionError("vector has no field " + name);
    }
    return f.path("value").asText();
  }

  private static JsonNode fieldNode(JsonNode fields, String name) {
    for (JsonNode f : fields) {
      if (f.path("name").asText().equals(name)) {
        return f;
      }
    }
    return null;
  }

  private static byte[] write(java.util.function.Consumer<WireWriter> body) {
    WireWriter w = new WireWriter();
    body.accept(w);
    return w.toByteArray();
  }
}

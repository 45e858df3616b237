package io.github.jmt5.protocol.command;

import io.github.jmt5.protocol.layout.LayoutCodec;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes any frame body into ordered {@code field name -> value} maps named as in the protocol
 * documentation, for tools such as the protocol debugger.
 *
 * <p>The body is decoded with the command table's typed codec; each fixed record is then written
 * back and read with its {@link io.github.jmt5.protocol.layout.Layout}, so field names, order and
 * value types come from the layout. Composite bodies (lists, the account body, transactions) become
 * maps of their parts. Bodies of commands without a codec become {@code {"raw": Bytes}}. Slow by
 * design; never on a hot path.
 */
public final class GenericDecoder {
  private final CommandTable table;

  /**
   * A decoder using the codecs of {@code table}.
   *
   * @param table the command table that picks a codec per command id
   */
  public GenericDecoder(CommandTable table) {
    this.table = table;
  }

  /** {@return a decoder for {@link CommandTable#standard()}} */
  public static GenericDecoder standard() {
    return new GenericDecoder(CommandTable.standard());
  }

  /**
   * {@return the fields of a request payload, in wire order}
   *
   * @param command the command id of the frame
   * @param payload the request payload
   * @throws io.github.jmt5.protocol.ProtocolException if the payload does not decode
   */
  public Map<String, Object> request(int command, byte[] payload) {
    return fields(table.decodeRequest(command, payload));
  }

  /**
   * {@return the fields of a reply body, in wire order}
   *
   * @param command the command id of the frame
   * @param body the reply body
   * @throws io.github.jmt5.protocol.ProtocolException if the body does not decode
   */
  public Map<String, Object> reply(int command, byte[] body) {
    return fields(table.decodeReply(command, body));
  }

  /**
   * {@return the fields of a push body, in wire order}
   *
   * @param command the command id of the frame
   * @param body the push body
   * @throws io.github.jmt5.protocol.ProtocolException if the body does not decode
   */
  public Map<String, Object> push(int command, byte[] body) {
    return fields(table.decodePush(command, body));
  }

  /**
   * {@return the fields of a decoded message; a bare list becomes {@code {"items": [...]}}}
   *
   * @param message a typed message as the command table decodes it
   */
  public static Map<String, Object> fields(Object message) {
    Object wire = toWire(message);
    if (wire instanceof Map<?, ?> m) {
      @SuppressWarnings("unchecked")
      Map<String, Object> map = (Map<String, Object>) m;
      return map;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    if (message instanceof RawBody raw) {
      out.put("command", raw.command());
      out.put("raw", raw.body());
    } else if (message instanceof Empty) {
      return out;
    } else {
      out.put("items", wire);
    }
    return out;
  }

  /**
   * Converts a typed message (record, list of records, or scalar) to maps, lists and scalars.
   *
   * @param value a record, list of records, {@link RawBody} or scalar
   * @return ordered maps for records, lists for lists, the value itself for scalars
   */
  public static Object toWire(Object value) {
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      for (Object o : list) {
        out.add(toWire(o));
      }
      return out;
    }
    if (!(value instanceof Record record) || value instanceof RawBody) {
      return value;
    }
    var entry = RecordCatalog.byType(record.getClass());
    Map<String, Object> out = new LinkedHashMap<>();
    entry.ifPresent(e -> out.putAll(throughLayout(e, record)));
    for (RecordComponent c : record.getClass().getRecordComponents()) {
      String name = snake(c.getName());
      boolean coveredByLayout =
          entry.isPresent()
              && (entry.get().layout().field(name).isPresent()
                  || !List.class.isAssignableFrom(c.getType()));
      if (!out.containsKey(name) && !coveredByLayout) {
        out.put(name, toWire(component(record, c)));
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static <T> Map<String, Object> throughLayout(
      RecordCatalog.Entry<T> entry, Object record) {
    WireWriter w = new WireWriter();
    entry.writer().write((T) record, w);
    return LayoutCodec.decode(entry.layout(), WireReader.of(w.toByteArray(), -1), 0, true);
  }

  private static Object component(Record r, RecordComponent c) {
    try {
      return c.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass(), e);
    }
  }

  /**
   * Converts a Java component name to the wire's snake case: {@code tradePosition} to {@code
   * trade_position}.
   *
   * @param camel a Java component name
   * @return the snake-case name
   */
  public static String snake(String camel) {
    StringBuilder sb = new StringBuilder(camel.length() + 4);
    for (int i = 0; i < camel.length(); i++) {
      char ch = camel.charAt(i);
      if (Character.isUpperCase(ch)) {
        sb.append('_').append(Character.toLowerCase(ch));
      } else {
        sb.append(ch);
      }
    }
    return sb.toString();
  }
}

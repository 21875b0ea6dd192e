package no.levehelelivet.serialization.jackson;

import java.util.List;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.serialization.DocumentType;
import no.levehelelivet.serialization.Limits;
import no.levehelelivet.serialization.ReadMode;
import no.levehelelivet.serialization.WireCodec;
import no.levehelelivet.serialization.WireFormatException;
import no.levehelelivet.serialization.internal.Engine;
import no.levehelelivet.serialization.internal.JsonOut;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module (<i>Jackson-modul</i>) for vendors who want levehelelivet values inside their
 * own mapper: each {@link DocumentType}'s value is written as the same document {@link WireCodec}
 * writes (envelope included), and read back in {@link ReadMode#STRICT} mode, where every problem
 * becomes one Jackson {@code DatabindException} whose message lists them with their codes.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new LeveHeleLivetModule()).build();
 * String json = mapper.writeValueAsString(measure);
 * Measure back = mapper.readValue(json, Measure.class);
 * }</pre>
 *
 * <p>The mapper decides the layout (indentation) of what it writes; the codec's bytes are the
 * canonical ones. Reading uses the {@linkplain Limits#standard() standard limits} for what the
 * mapper has not already checked. Immutable and thread-safe.
 */
public final class LeveHeleLivetModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module; process instances on the standard definition can be read. */
  public LeveHeleLivetModule() {
    this(List.of());
  }

  /**
   * Creates the module, making the given tailored definitions known for reading process instances;
   * the standard definition is always known.
   *
   * @param definitions the tailored process definitions to make known; may be empty
   */
  public LeveHeleLivetModule(List<ProcessDefinition> definitions) {
    super("levehelelivet", Version.unknownVersion());
    Engine engine = new Engine(Limits.standard(), definitions);
    for (DocumentType type : DocumentType.values()) {
      register(type, type.valueType(), engine);
    }
  }

  private <T> void register(DocumentType type, Class<T> valueType, Engine engine) {
    addSerializer(valueType, new Writer<T>(type, engine));
    if (type.isReadable()) {
      addDeserializer(valueType, new Reader<T>(type, valueType, engine));
    }
  }

  private static final class Writer<T> extends ValueSerializer<T> {
    private final DocumentType type;
    private final Engine engine;

    Writer(DocumentType type, Engine engine) {
      this.type = type;
      this.engine = engine;
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializationContext context) {
      engine.writeDocument(new JsonOut(generator), type, value);
    }
  }

  private static final class Reader<T> extends ValueDeserializer<T> {
    private final DocumentType type;
    private final Class<T> valueType;
    private final Engine engine;

    Reader(DocumentType type, Class<T> valueType, Engine engine) {
      this.type = type;
      this.valueType = valueType;
      this.engine = engine;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) {
      try {
        return engine.<T>readCurrent(parser, type).orElseThrow();
      } catch (WireFormatException e) {
        return context.reportInputMismatch(valueType, "%s", e.getMessage());
      }
    }
  }
}

package no.levehelelivet.serialization.internal;

import com.google.common.collect.ImmutableMap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import no.levehelelivet.core.internal.Echo;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.journal.ChainKey;
import no.levehelelivet.serialization.DocumentType;
import no.levehelelivet.serialization.Limits;
import no.levehelelivet.serialization.ReadMode;
import no.levehelelivet.serialization.ReadResult;
import no.levehelelivet.serialization.UnknownMembersException;
import no.levehelelivet.serialization.WireCode;
import no.levehelelivet.serialization.internal.wire.v1.V1ToV2;
import no.levehelelivet.serialization.internal.wire.v2.Binders;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.ByteArrayBuilder;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLSchema;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Does the codec's work: reads bytes into a tree within the limits, checks the envelope, runs the
 * migrations, binds; and writes documents deterministically. A JSON document of a type with a
 * {@link StreamBinder} (a process instance) that has no problem is bound straight from its tokens
 * instead, with the same checks and an equal value; any other goes the tree's way, which reports
 * every problem. Immutable and thread-safe once built.
 */
public final class Engine {

  private static final ImmutableMap<Integer, MigrationStep> MIGRATIONS =
      ImmutableMap.of(V1ToV2.INSTANCE.fromMajor(), V1ToV2.INSTANCE);

  /** The first segment of a document written to bytes. */
  private static final int INITIAL_BYTES = 4096;

  private final Limits limits;
  private final ImmutableMap<DocumentType, DocumentBinder<?>> binders;
  private final JsonFactory json;

  /**
   * YAML parsers by the document sizes they take whole, smallest first: the YAML engine copies its
   * unread window at each refill of its buffer, so a buffer smaller than a long token (a 3 MiB
   * comment) makes reading quadratic. A read picks the smallest buffer that holds its document.
   */
  private final YAMLFactory[] yaml;

  private final YAMLFactory yamlOut;
  private final LossGuard guard = new LossGuard();
  private final ObjectWriter writer;

  /** The smallest YAML buffer, in characters; each next one is four times larger. */
  private static final int SMALLEST_YAML_BUFFER = 8192;

  /**
   * Creates an engine that reads within {@code limits} and knows the given process definitions (the
   * standard definition is always known).
   */
  public Engine(Limits limits, Iterable<ProcessDefinition> definitions) {
    this(limits, definitions, List.of());
  }

  /**
   * Creates an engine as {@link #Engine(Limits, Iterable)} does that also verifies and continues
   * journals sealed under the given chain keys.
   */
  public Engine(
      Limits limits, Iterable<ProcessDefinition> definitions, Iterable<ChainKey> chainKeys) {
    this.limits = limits;
    this.binders = Binders.of(definitions, chainKeys);
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxDocumentBytes())
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(limits.maxNameLength())
            .maxNumberLength(limits.maxNumberLength())
            .build();
    this.json = JsonFactory.builder().streamReadConstraints(constraints).build();
    this.yaml = yamlFactories(limits, constraints);
    this.yamlOut =
        YAMLFactory.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .enable(YAMLWriteFeature.ALLOW_LONG_KEYS)
            .build();
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    this.writer = JsonMapper.builder().build().writer().with(printer);
  }

  private static YAMLFactory[] yamlFactories(Limits limits, StreamReadConstraints constraints) {
    List<YAMLFactory> factories = new ArrayList<>();
    long buffer = SMALLEST_YAML_BUFFER;
    while (true) {
      // A document has no more characters than bytes, so the byte limit bounds them too.
      int size = (int) Math.min(buffer, limits.maxDocumentBytes() + 1L);
      LoadSettings settings =
          LoadSettings.builder()
              .setBufferSize(size)
              .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxDocumentBytes() + 1L))
              .setSchema(new CoreSchema())
              // The tree reader reports duplicates and refuses aliases itself, with their codes.
              .setAllowDuplicateKeys(true)
              .setAllowRecursiveKeys(false)
              .build();
      factories.add(
          YAMLFactory.builder()
              .streamReadConstraints(constraints)
              .yamlSchema(YAMLSchema.CORE)
              .loadSettings(settings)
              .build());
      if (size > limits.maxDocumentBytes()) {
        return factories.toArray(new YAMLFactory[0]);
      }
      buffer *= 4;
    }
  }

  private YAMLFactory yamlFor(int bytes) {
    long buffer = SMALLEST_YAML_BUFFER;
    int i = 0;
    while (buffer <= bytes && i < yaml.length - 1) {
      buffer *= 4;
      i++;
    }
    return yaml[i];
  }

  /** The limits reads are held to. */
  public Limits limits() {
    return limits;
  }

  /** The binder of a document type. */
  public DocumentBinder<?> binder(DocumentType type) {
    DocumentBinder<?> binder = binders.get(type);
    if (binder == null) {
      throw new IllegalStateException("no binder for " + type);
    }
    return binder;
  }

  /** Writes {@code value} as a document of {@code type}, UTF-8, ending with a line end. */
  public void write(DocumentType type, Object value, OutputStream out) {
    try (JsonGenerator generator = writer.createGenerator(out, JsonEncoding.UTF8)) {
      writeDocument(new JsonOut(generator), type, value);
      generator.writeRaw('\n');
    } catch (JacksonException e) {
      if (e.getCause() instanceof IOException) {
        throw new UncheckedIOException("could not write the document", (IOException) e.getCause());
      }
      throw e;
    }
  }

  /**
   * Writes {@code value} as a YAML document of {@code type}, UTF-8: block style, every string
   * double-quoted, so that it reads back as the same value.
   */
  public void writeYaml(DocumentType type, Object value, OutputStream out) {
    try (JsonGenerator generator = yamlOut.createGenerator(ObjectWriteContext.empty(), out)) {
      writeDocument(new JsonOut(generator), type, value);
    } catch (JacksonException e) {
      if (e.getCause() instanceof IOException) {
        throw new UncheckedIOException("could not write the document", (IOException) e.getCause());
      }
      throw e;
    }
  }

  /** Writes {@code value} as a YAML document of {@code type} and returns the bytes. */
  public byte[] writeYamlBytes(DocumentType type, Object value) {
    try (ByteArrayBuilder bytes = new ByteArrayBuilder(INITIAL_BYTES)) {
      writeYaml(type, value, bytes);
      return bytes.toByteArray();
    }
  }

  /**
   * Writes {@code value} as a document of {@code type} and returns the bytes, collected in segments
   * rather than in one array that is copied each time it grows.
   */
  public byte[] writeBytes(DocumentType type, Object value) {
    try (ByteArrayBuilder bytes = new ByteArrayBuilder(INITIAL_BYTES)) {
      write(type, value, bytes);
      return bytes.toByteArray();
    }
  }

  /** Writes a whole document, envelope first, through {@code out}. */
  @SuppressWarnings("unchecked") // binders pairs each type with the binder of its value type
  public void writeDocument(JsonOut out, DocumentType type, Object value) {
    List<String> lost = guard.lost(value);
    if (lost != null) {
      throw UnknownMembersException.of(lost);
    }
    out.startObject();
    DocumentBinder<Object> binder = (DocumentBinder<Object>) binder(type);
    out.string(Envelope.SCHEMA_VERSION, Envelope.version(binder.minor(value)));
    out.string(Envelope.DOCUMENT_TYPE, type.code());
    binder.write(out, value);
    out.endObject();
  }

  /**
   * Reads a document of {@code type} from UTF-8 JSON (or YAML) bytes: a JSON document of a type
   * with a {@link StreamBinder} straight from its tokens when it has no problem, any other as a
   * tree, which reports every problem.
   */
  public <T> ReadResult<T> read(byte[] bytes, DocumentType type, ReadMode mode, boolean isYaml) {
    if (!isYaml) {
      T value = streamed(bytes, type);
      if (value != null) {
        return remembered(new Problems(mode).result(value));
      }
    }
    return readTree(bytes, type, mode, isYaml);
  }

  /** Reads a document of {@code type} as a tree, as {@link #read} does where it cannot stream. */
  <T> ReadResult<T> readTree(byte[] bytes, DocumentType type, ReadMode mode, boolean isYaml) {
    Problems problems = new Problems(mode);
    Node root = parse(bytes, isYaml, problems);
    return remembered(root == null ? problems.result(null) : bind(root, type, problems));
  }

  /**
   * The value of a JSON document of {@code type} read straight from its tokens, or null if the type
   * has no stream binder or the document has anything the tree path would report: a value is
   * returned only where reading it as a tree gives that value without a problem (in either mode: a
   * document of a known version has nothing to tolerate).
   */
  @SuppressWarnings({
    "unchecked", // binders pairs each type with the binder of its value type
    "TypeParameterUnusedInFormals" // the caller names T, as it does for the tree path's read
  })
  <T> @Nullable T streamed(byte[] bytes, DocumentType type) {
    StreamBinder<T> stream = ((DocumentBinder<T>) binder(type)).streaming();
    if (stream == null
        || bytes.length > limits.maxDocumentBytes()
        || otherEncoding(bytes) != null) {
      return null;
    }
    try (JsonParser parser = json.createParser(ObjectReadContext.empty(), bytes)) {
      TokenReader in = new TokenReader(parser, limits);
      T value = stream.read(in);
      in.end();
      return value;
    } catch (RuntimeException e) {
      // TokenReader.Fallback, a syntax error, an exceeded limit or a value a builder refuses: the
      // tree path reads the document again and reports each problem with its code and pointer.
      return null;
    }
  }

  private <T> ReadResult<T> remembered(ReadResult<T> result) {
    guard.remember(result);
    return result;
  }

  /**
   * Parses UTF-8 JSON (or YAML) bytes into a tree within the limits, or records why it cannot and
   * returns null.
   */
  private @Nullable Node parse(byte[] bytes, boolean isYaml, Problems problems) {
    if (bytes.length > limits.maxDocumentBytes()) {
      problems.error(
          WireCode.DOCUMENT_TOO_LARGE,
          "",
          "the document has "
              + bytes.length
              + " bytes, more than the limit of "
              + limits.maxDocumentBytes(),
          null);
      return null;
    }
    String encoding = otherEncoding(bytes);
    if (encoding != null) {
      problems.error(
          WireCode.NOT_UTF8,
          "",
          "the document is " + encoding + ", not UTF-8; convert it to UTF-8",
          1,
          1);
      return null;
    }
    TokenStreamFactory factory = isYaml ? yamlFor(bytes.length) : json;
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), bytes)) {
      return new TreeReader(limits, problems).read(parser);
    } catch (RuntimeException e) {
      // A YAML engine error that Jackson did not wrap is still a syntax error of the input.
      problems.error(
          WireCode.MALFORMED,
          "",
          "not well-formed: " + Echo.cut(String.valueOf(e.getMessage())),
          null);
      return null;
    }
  }

  /**
   * Names the encoding the document's first bytes show when it is not UTF-8: a UTF-16 or UTF-32
   * byte order mark, or the zero bytes those encodings give ASCII text; a UTF-8 document has no
   * zero byte there, since neither JSON nor YAML allows the character.
   */
  private static @Nullable String otherEncoding(byte[] bytes) {
    if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
      return "UTF-32 (it starts with a byte order mark)";
    }
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      return "UTF-16 (it starts with a byte order mark)";
    }
    for (int i = 0; i < Math.min(4, bytes.length); i++) {
      if (bytes[i] == 0) {
        return "UTF-16 or UTF-32 (it has a zero byte among its first four)";
      }
    }
    return null;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads a document of whatever readable type its {@code documentType} names, from UTF-8 JSON (or
   * YAML) bytes.
   */
  public ReadResult<Object> readAny(byte[] bytes, ReadMode mode, boolean isYaml) {
    Problems problems = new Problems(mode);
    Node root = parse(bytes, isYaml, problems);
    if (root == null) {
      return problems.result(null);
    }
    if (!(root instanceof Node.Obj obj)) {
      Scalars.wrongType(problems, "", root, Node.Kind.OBJECT);
      return problems.result(null);
    }
    Node typeNode = obj.members().get(Envelope.DOCUMENT_TYPE);
    String code =
        typeNode == null ? null : Scalars.text(problems, typeNode, "/" + Envelope.DOCUMENT_TYPE);
    DocumentType type = code == null ? null : DocumentType.find(code).orElse(null);
    if (type == null || !type.isReadable()) {
      StringBuilder readable = new StringBuilder();
      for (DocumentType candidate : DocumentType.values()) {
        if (candidate.isReadable()) {
          readable.append(readable.length() == 0 ? "" : ", ").append(candidate.code());
        }
      }
      if (problems.errorCount() == 0) {
        problems.error(
            WireCode.WRONG_DOCUMENT_TYPE,
            "/" + Envelope.DOCUMENT_TYPE,
            (code == null
                    ? "documentType is missing"
                    : "\"" + Echo.cut(code) + "\" is not a document type that can be read")
                + "; readable types are: "
                + readable,
            typeNode == null ? root : typeNode);
      }
      return problems.result(null);
    }
    return remembered(bind(root, type, problems));
  }

  /** Binds a document tree read by anyone, such as a vendor's Jackson mapper. */
  @SuppressWarnings("unchecked") // binders pairs each type with the binder of its value type
  <T> ReadResult<T> bind(Node root, DocumentType type, Problems problems) {
    if (!(root instanceof Node.Obj document)) {
      Scalars.wrongType(problems, "", root, Node.Kind.OBJECT);
      return problems.result(null);
    }

    int major = Envelope.read(document, type, problems);
    if (major < 0) {
      return problems.result(null);
    }
    int errors = problems.errorCount();
    for (int from = major; from < Envelope.CURRENT_MAJOR; from++) {
      MigrationStep step = MIGRATIONS.get(from);
      if (step == null) {
        throw new IllegalStateException("no migration from major " + from);
      }
      step.upgrade(document, type, problems);
    }
    if (problems.errorCount() > errors) {
      return problems.result(null);
    }
    Fields fields = Fields.of(problems, document, "");
    if (fields == null) {
      return problems.result(null);
    }
    fields.skip(Envelope.SCHEMA_VERSION, Envelope.DOCUMENT_TYPE);
    T value = ((DocumentBinder<T>) binder(type)).read(fields);
    return problems.result(value);
  }

  /** Reads a whole stream, but no more than the document limit allows. */
  public byte[] readBounded(InputStream in) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      long total = 0;
      int read;
      while ((read = in.read(buffer)) != -1) {
        bytes.write(buffer, 0, read);
        total += read;
        if (total > limits.maxDocumentBytes()) {
          break;
        }
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the document's stream", e);
    }
  }

  /**
   * Reads one document from a parser positioned on its first token, as a vendor's Jackson mapper
   * hands it to a deserializer; always strict.
   */
  public <T> ReadResult<T> readCurrent(JsonParser parser, DocumentType type) {
    Problems problems = new Problems(ReadMode.STRICT);
    Node root = new TreeReader(limits, problems).readCurrent(parser);
    return root == null ? problems.result(null) : bind(root, type, problems);
  }
}

package no.levehelelivet.serialization;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.levehelelivet.core.ArgumentCode;
import no.levehelelivet.core.InvalidValueException;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.journal.ChainKey;
import no.levehelelivet.serialization.internal.Engine;

/**
 * The codec of the wire format (<i>kodek</i>): writes levehelelivet values as versioned JSON
 * documents and reads them back, reporting every problem of a bad document with a stable {@link
 * WireCode} and a JSON Pointer.
 *
 * <pre>{@code
 * WireCodec codec = WireCodec.standard();
 * String json = codec.write(plan);                        // deterministic: same value, same bytes
 * ActivityPlan back = codec.read(json, ActivityPlan.class, ReadMode.STRICT).orElseThrow();
 *
 * ReadResult<Measure> result = codec.read(stored, Measure.class, ReadMode.TOLERANT);
 * result.warnings().forEach(System.out::println);       // e.g. LHL-S-010, LHL-S-004
 * result.unknownFields();                               // what a newer minor added
 * }</pre>
 *
 * <p>A value read {@code TOLERANT} with unknown members is never written back without them: its
 * write, and the write of an instance fired from it, throws {@link UnknownMembersException}.
 *
 * <p>Documents: {@link no.levehelelivet.core.plan.ActivityPlan}, {@link
 * no.levehelelivet.core.Measure}, {@link no.levehelelivet.core.Municipality}, {@link
 * no.levehelelivet.core.reflection.ReflectionQuestion}, {@link
 * no.levehelelivet.core.timeline.Milestone}, {@link no.levehelelivet.process.ProcessDefinition} and
 * {@link no.levehelelivet.process.ProcessInstance} with its journal (written and read) and {@link
 * no.levehelelivet.core.Catalogue} (written only); see {@link DocumentType}. An instance is read by
 * replaying its journal on its definition, which the codec must know: the standard one always,
 * tailored ones through {@link Builder#definition}. Reading never throws for a bad document: it
 * returns a {@link ReadResult} with every problem, and {@link ReadResult#orElseThrow()} turns that
 * into a {@link WireFormatException} for callers who prefer one.
 *
 * <p>Reading is one grid: {@code read} (a document of a type the caller names) and {@code
 * readDocument} (of whatever type the document names), each from a {@code String}, UTF-8 {@code
 * byte[]} or UTF-8 {@code InputStream}, always with a {@link ReadMode}; {@code readYaml} and {@code
 * readYamlDocument} take the same arguments for YAML, which follows the same rules and gives the
 * same errors, for hand-written documents (YAML 1.2's core schema: {@code ~} and {@code null} are
 * both null; anchors and aliases are refused), and {@code writeYaml} writes it; quote the version
 * there ({@code schemaVersion: "2.0"}), since YAML would read a bare {@code 2.0} as a number.
 *
 * <p>Create one codec and share it: it is immutable and thread-safe.
 */
public final class WireCodec {

  /**
   * The newest version the codec reads and writes: major 2, minor 3. A written document declares
   * the lowest minor that holds its value: {@code "2.0"} unless it uses a member minor 1 added (a
   * sealed journal's {@code chainKeyId}), minor 2 added (a salted or redacted journal's {@code
   * salts}, {@code erasedNote}, {@code erasedEvidence}) or a code minor 3 added (the actor {@code
   * ministry-of-education-and-research}), so that older readers keep reading what they can.
   */
  public static final String CURRENT_VERSION = "2.3";

  private static final WireCodec STANDARD = new Builder().build();

  private final Engine engine;

  private WireCodec(
      Limits limits, Iterable<ProcessDefinition> definitions, Iterable<ChainKey> chainKeys) {
    this.engine = new Engine(limits, definitions, chainKeys);
  }

  /** {@return the codec with the {@linkplain Limits#standard() standard limits}} */
  public static WireCodec standard() {
    return STANDARD;
  }

  /** {@return a builder, for a codec with other limits} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the limits this codec reads within} */
  public Limits limits() {
    return engine.limits();
  }

  /**
   * Writes {@code value} as a document of the current version: UTF-8 JSON, two-space indentation,
   * {@code \n} line ends, a final line end; the same value always gives the same text.
   *
   * @param value the value to write, of a {@link DocumentType}'s value type
   * @return the JSON document
   * @throws InvalidValueException ({@code LHL-A-001}, field {@code value}) if {@code value} is not
   *     of a {@link DocumentType}
   * @throws UnknownMembersException ({@code LHL-S-040}) if {@code value} was read in {@code
   *     TOLERANT} mode from a newer minor version with members this version does not know, or was
   *     made from such a value by firing a command
   */
  public String write(Object value) {
    return new String(writeBytes(value), StandardCharsets.UTF_8);
  }

  /**
   * Writes {@code value} as UTF-8 bytes, as {@link #write(Object)} does.
   *
   * @param value the value to write, of a {@link DocumentType}'s value type
   * @return the JSON document as UTF-8 bytes
   * @throws InvalidValueException ({@code LHL-A-001}, field {@code value}) if {@code value} is not
   *     of a {@link DocumentType}
   * @throws UnknownMembersException ({@code LHL-S-040}) if {@code value} was read in {@code
   *     TOLERANT} mode from a newer minor version with members this version does not know, or was
   *     made from such a value by firing a command
   */
  public byte[] writeBytes(Object value) {
    return engine.writeBytes(documentType(value), value);
  }

  /**
   * Writes {@code value} to {@code out} as UTF-8, as {@link #write(Object)} does; the stream is not
   * closed.
   *
   * @param value the value to write, of a {@link DocumentType}'s value type
   * @param out the stream to write the document to; left open
   * @throws InvalidValueException ({@code LHL-A-001}, field {@code value}) if {@code value} is not
   *     of a {@link DocumentType}
   * @throws UnknownMembersException ({@code LHL-S-040}) if {@code value} was read in {@code
   *     TOLERANT} mode from a newer minor version with members this version does not know, or was
   *     made from such a value by firing a command
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public void write(Object value, OutputStream out) {
    engine.write(documentType(value), value, new NonClosing(out));
  }

  /**
   * Writes {@code value} as a YAML document of the current version (<i>YAML-dokument</i>): block
   * style, two-space indentation, every string double-quoted, {@code \n} line ends; the same value
   * always gives the same text, and {@link #readYaml(String, Class, ReadMode)} reads it back as an
   * equal value.
   *
   * @param value the value to write, of a {@link DocumentType}'s value type
   * @return the YAML document
   * @throws InvalidValueException ({@code LHL-A-001}, field {@code value}) if {@code value} is not
   *     of a {@link DocumentType}
   * @throws UnknownMembersException ({@code LHL-S-040}) if {@code value} was read in {@code
   *     TOLERANT} mode from a newer minor version with members this version does not know, or was
   *     made from such a value by firing a command
   */
  public String writeYaml(Object value) {
    return new String(writeYamlBytes(value), StandardCharsets.UTF_8);
  }

  /**
   * Writes {@code value} as UTF-8 YAML bytes, as {@link #writeYaml(Object)} does.
   *
   * @param value the value to write, of a {@link DocumentType}'s value type
   * @return the YAML document as UTF-8 bytes
   * @throws InvalidValueException ({@code LHL-A-001}, field {@code value}) if {@code value} is not
   *     of a {@link DocumentType}
   * @throws UnknownMembersException ({@code LHL-S-040}) if {@code value} was read in {@code
   *     TOLERANT} mode from a newer minor version with members this version does not know, or was
   *     made from such a value by firing a command
   */
  public byte[] writeYamlBytes(Object value) {
    return engine.writeYamlBytes(documentType(value), value);
  }

  /**
   * Writes {@code value} to {@code out} as UTF-8 YAML, as {@link #writeYaml(Object)} does; the
   * stream is not closed.
   *
   * @param value the value to write, of a {@link DocumentType}'s value type
   * @param out the stream to write the document to; left open
   * @throws InvalidValueException ({@code LHL-A-001}, field {@code value}) if {@code value} is not
   *     of a {@link DocumentType}
   * @throws UnknownMembersException ({@code LHL-S-040}) if {@code value} was read in {@code
   *     TOLERANT} mode from a newer minor version with members this version does not know, or was
   *     made from such a value by firing a command
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public void writeYaml(Object value, OutputStream out) {
    engine.writeYaml(documentType(value), value, new NonClosing(out));
  }

  private static DocumentType documentType(Object value) {
    return DocumentType.forValueType(value.getClass())
        .orElseThrow(
            () ->
                InvalidValueException.of(
                    ArgumentCode.INVALID_VALUE,
                    "value",
                    "a value of a document type: " + names(false),
                    value.getClass().getName()));
  }

  /**
   * Reads a JSON document of {@code type}.
   *
   * @param <T> the value type of the document type
   * @param json the JSON document
   * @param type the value type of a readable {@link DocumentType}
   * @param mode how forgiving to be: {@code STRICT} for input from other systems, {@code TOLERANT}
   *     for a system's own stored history
   * @return the result: the value read and any warnings, or every problem found
   * @throws InvalidValueException ({@code LHL-A-001}, field {@code type}) if {@code type} is not
   *     the value type of a readable {@link DocumentType}
   */
  public <T> ReadResult<T> read(String json, Class<T> type, ReadMode mode) {
    return read(utf8(json), type, mode);
  }

  /**
   * Reads a JSON document of {@code type} from UTF-8 bytes.
   *
   * @param <T> the value type of the document type
   * @param json the JSON document as UTF-8 bytes
   * @param type the value type of a readable {@link DocumentType}
   * @param mode how forgiving to be: {@code STRICT} for input from other systems, {@code TOLERANT}
   *     for a system's own stored history
   * @return the result: the value read and any warnings, or every problem found
   * @throws InvalidValueException ({@code LHL-A-001}, field {@code type}) if {@code type} is not
   *     the value type of a readable {@link DocumentType}
   */
  public <T> ReadResult<T> read(byte[] json, Class<T> type, ReadMode mode) {
    return engine.read(json, readable(type), mode, false);
  }

  /**
   * Reads a JSON document of {@code type} from a UTF-8 stream, reading no more than {@link
   * Limits#maxDocumentBytes()} and one byte; the stream is not closed.
   *
   * @param <T> the value type of the document type
   * @param json the stream to read the JSON document from, as UTF-8; left open
   * @param type the value type of a readable {@link DocumentType}
   * @param mode how forgiving to be: {@code STRICT} for input from other systems, {@code TOLERANT}
   *     for a system's own stored history
   * @return the result: the value read and any warnings, or every problem found
   * @throws InvalidValueException ({@code LHL-A-001}, field {@code type}) if {@code type} is not
   *     the value type of a readable {@link DocumentType}
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public <T> ReadResult<T> read(InputStream json, Class<T> type, ReadMode mode) {
    return read(engine.readBounded(json), type, mode);
  }

  /**
   * Reads a YAML document of {@code type}, with the same rules and errors as JSON; problems carry
   * the line and column the YAML parser gives.
   *
   * @param <T> the value type of the document type
   * @param yaml the YAML document
   * @param type the value type of a readable {@link DocumentType}
   * @param mode how forgiving to be: {@code STRICT} for input from other systems, {@code TOLERANT}
   *     for a system's own stored history
   * @return the result: the value read and any warnings, or every problem found
   * @throws InvalidValueException ({@code LHL-A-001}, field {@code type}) if {@code type} is not
   *     the value type of a readable {@link DocumentType}
   */
  public <T> ReadResult<T> readYaml(String yaml, Class<T> type, ReadMode mode) {
    return readYaml(utf8(yaml), type, mode);
  }

  /**
   * Reads a YAML document of {@code type} from UTF-8 bytes, as {@link #readYaml(String, Class,
   * ReadMode)} does.
   *
   * @param <T> the value type of the document type
   * @param yaml the YAML document as UTF-8 bytes
   * @param type the value type of a readable {@link DocumentType}
   * @param mode how forgiving to be: {@code STRICT} for input from other systems, {@code TOLERANT}
   *     for a system's own stored history
   * @return the result: the value read and any warnings, or every problem found
   * @throws InvalidValueException ({@code LHL-A-001}, field {@code type}) if {@code type} is not
   *     the value type of a readable {@link DocumentType}
   */
  public <T> ReadResult<T> readYaml(byte[] yaml, Class<T> type, ReadMode mode) {
    return engine.read(yaml, readable(type), mode, true);
  }

  /**
   * Reads a YAML document of {@code type} from a UTF-8 stream, as {@link #readYaml(String, Class,
   * ReadMode)} does, within the limits as {@link #read(InputStream, Class, ReadMode)} does; the
   * stream is not closed.
   *
   * @param <T> the value type of the document type
   * @param yaml the stream to read the YAML document from, as UTF-8; left open
   * @param type the value type of a readable {@link DocumentType}
   * @param mode how forgiving to be: {@code STRICT} for input from other systems, {@code TOLERANT}
   *     for a system's own stored history
   * @return the result: the value read and any warnings, or every problem found
   * @throws InvalidValueException ({@code LHL-A-001}, field {@code type}) if {@code type} is not
   *     the value type of a readable {@link DocumentType}
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public <T> ReadResult<T> readYaml(InputStream yaml, Class<T> type, ReadMode mode) {
    return readYaml(engine.readBounded(yaml), type, mode);
  }

  /**
   * Reads a JSON document of whatever type its {@code documentType} names — for tools that check
   * any document, such as a validator. The value is of that type's {@link
   * DocumentType#valueType()}. A missing or unreadable {@code documentType} is a {@link
   * WireCode#WRONG_DOCUMENT_TYPE} problem.
   *
   * @param json the JSON document
   * @param mode how forgiving to be: {@code STRICT} for input from other systems, {@code TOLERANT}
   *     for a system's own stored history
   * @return the result: the value read, of the type the document names, and any warnings, or every
   *     problem found
   */
  public ReadResult<Object> readDocument(String json, ReadMode mode) {
    return readDocument(utf8(json), mode);
  }

  /**
   * Reads a JSON document of whatever type it names, from UTF-8 bytes.
   *
   * @param json the JSON document as UTF-8 bytes
   * @param mode how forgiving to be: {@code STRICT} for input from other systems, {@code TOLERANT}
   *     for a system's own stored history
   * @return the result: the value read, of the type the document names, and any warnings, or every
   *     problem found
   */
  public ReadResult<Object> readDocument(byte[] json, ReadMode mode) {
    return engine.readAny(json, mode, false);
  }

  /**
   * Reads a JSON document of whatever type it names, from a UTF-8 stream, within the limits; the
   * stream is not closed.
   *
   * @param json the stream to read the JSON document from, as UTF-8; left open
   * @param mode how forgiving to be: {@code STRICT} for input from other systems, {@code TOLERANT}
   *     for a system's own stored history
   * @return the result: the value read, of the type the document names, and any warnings, or every
   *     problem found
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public ReadResult<Object> readDocument(InputStream json, ReadMode mode) {
    return readDocument(engine.readBounded(json), mode);
  }

  /**
   * Reads a YAML document of whatever type its {@code documentType} names.
   *
   * @param yaml the YAML document
   * @param mode how forgiving to be: {@code STRICT} for input from other systems, {@code TOLERANT}
   *     for a system's own stored history
   * @return the result: the value read, of the type the document names, and any warnings, or every
   *     problem found
   */
  public ReadResult<Object> readYamlDocument(String yaml, ReadMode mode) {
    return readYamlDocument(utf8(yaml), mode);
  }

  /**
   * Reads a YAML document of whatever type it names, from UTF-8 bytes.
   *
   * @param yaml the YAML document as UTF-8 bytes
   * @param mode how forgiving to be: {@code STRICT} for input from other systems, {@code TOLERANT}
   *     for a system's own stored history
   * @return the result: the value read, of the type the document names, and any warnings, or every
   *     problem found
   */
  public ReadResult<Object> readYamlDocument(byte[] yaml, ReadMode mode) {
    return engine.readAny(yaml, mode, true);
  }

  /**
   * Reads a YAML document of whatever type it names, from a UTF-8 stream, within the limits; the
   * stream is not closed.
   *
   * @param yaml the stream to read the YAML document from, as UTF-8; left open
   * @param mode how forgiving to be: {@code STRICT} for input from other systems, {@code TOLERANT}
   *     for a system's own stored history
   * @return the result: the value read, of the type the document names, and any warnings, or every
   *     problem found
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public ReadResult<Object> readYamlDocument(InputStream yaml, ReadMode mode) {
    return readYamlDocument(engine.readBounded(yaml), mode);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static DocumentType readable(Class<?> type) {
    Objects.requireNonNull(type, "type");
    for (DocumentType documentType : DocumentType.values()) {
      if (documentType.valueType() == type && documentType.isReadable()) {
        return documentType;
      }
    }
    throw InvalidValueException.of(
        ArgumentCode.INVALID_VALUE,
        "type",
        "the value type of a document type that is read: " + names(true),
        type.getName());
  }

  private static String names(boolean readableOnly) {
    StringBuilder names = new StringBuilder();
    for (DocumentType documentType : DocumentType.values()) {
      if (documentType.isReadable() || !readableOnly) {
        names.append(names.length() == 0 ? "" : ", ").append(documentType.code());
      }
    }
    return names.toString();
  }

  /** Builds a {@link WireCodec}. Not thread-safe. */
  public static final class Builder {
    private Limits limits = Limits.standard();
    private final List<ProcessDefinition> definitions = new ArrayList<>();
    private final List<ChainKey> chainKeys = new ArrayList<>();

    Builder() {}

    /**
     * Sets the limits reads are held to; standard unless set.
     *
     * @param limits the limits reads are held to; standard unless set
     * @return this builder
     */
    public Builder limits(Limits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Makes a process definition known, so that instances running on it can be read (their journals
     * are replayed on it); the standard definition is always known. A definition with the id and
     * version of one known before replaces it.
     *
     * @param definition the tailored process definition to make known
     * @return this builder
     */
    public Builder definition(ProcessDefinition definition) {
      definitions.add(Objects.requireNonNull(definition, "definition"));
      return this;
    }

    /**
     * Makes a chain key (<i>forseglingsnøkkel</i>) known, so that process instances whose journals
     * are sealed under it are verified under it when read ({@code LHL-S-033} for a key id the codec
     * was not given) and keep sealing the entries appended after reading. The document records only
     * the key's id. A key with the id of one known before replaces it.
     *
     * @param key the chain key to make known
     * @return this builder
     */
    public Builder chainKey(ChainKey key) {
      chainKeys.add(Objects.requireNonNull(key, "key"));
      return this;
    }

    /** {@return the codec} */
    public WireCodec build() {
      return new WireCodec(limits, List.copyOf(definitions), List.copyOf(chainKeys));
    }
  }

  /** Keeps the generator from closing the caller's stream. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws java.io.IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws java.io.IOException {
      flush();
    }
  }
}

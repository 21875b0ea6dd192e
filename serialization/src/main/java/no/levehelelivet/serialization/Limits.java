package no.levehelelivet.serialization;

import no.levehelelivet.core.ArgumentCode;
import no.levehelelivet.core.InvalidValueException;
import no.levehelelivet.core.ValueLimits;

/**
 * The limits a reader holds a document to (<i>grenser</i>), so that hostile input ends in a coded
 * {@link Problem} and never in an {@code OutOfMemoryError} or {@code StackOverflowError}.
 *
 * <p>The standard limits are the core's {@link ValueLimits}, which the engine holds every value,
 * command and process to, so that the standard codec reads back whatever the engine accepts; a
 * codec with smaller limits may refuse such documents. They fit every real document with wide
 * margin:
 *
 * <table>
 *   <caption>Standard limits</caption>
 *   <tr><th>limit</th><th>standard</th><th>why</th></tr>
 *   <tr><td>{@link #maxDocumentBytes()}</td><td>16 MiB</td><td>the largest real document, a
 *       process instance with a 10,000-entry journal, is about 5 MB; the whole catalogue is under
 *       200 KB</td></tr>
 *   <tr><td>{@link #maxNestingDepth()}</td><td>32</td><td>the deepest document nests 7 levels;
 *       reading is iterative, so even this limit is about hostile input, not the stack</td></tr>
 *   <tr><td>{@link #maxStringLength()}</td><td>100,000 characters</td><td>the longest texts,
 *       descriptions and journal notes, are paragraphs; this is some 40 printed pages</td></tr>
 *   <tr><td>{@link #maxNameLength()}</td><td>256 characters</td><td>the longest property name
 *       is under 30 characters</td></tr>
 *   <tr><td>{@link #maxNumberLength()}</td><td>32 characters</td><td>the only numbers are
 *       sequence numbers, at most 19 digits as a {@code long}</td></tr>
 *   <tr><td>{@link #maxElements()}</td><td>100,000</td><td>ten times a 10,000-entry journal,
 *       the largest array there is</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe.
 */
public final class Limits {

  private static final Limits STANDARD = new Builder().build();

  private final long maxDocumentBytes;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNameLength;
  private final int maxNumberLength;
  private final int maxElements;

  private Limits(Builder builder) {
    this.maxDocumentBytes = builder.maxDocumentBytes;
    this.maxNestingDepth = builder.maxNestingDepth;
    this.maxStringLength = builder.maxStringLength;
    this.maxNameLength = builder.maxNameLength;
    this.maxNumberLength = builder.maxNumberLength;
    this.maxElements = builder.maxElements;
  }

  /** {@return the standard limits, described above} */
  public static Limits standard() {
    return STANDARD;
  }

  /** {@return a builder that starts from the standard limits} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the largest document, in bytes of UTF-8 (error {@code LHL-S-020})} */
  public long maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /**
   * {@return the deepest nesting of objects and arrays; the document itself is depth 1 ({@code
   * LHL-S-021})}
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /** {@return the longest string value, in characters ({@code LHL-S-022})} */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** {@return the longest property name, in characters ({@code LHL-S-022})} */
  public int maxNameLength() {
    return maxNameLength;
  }

  /** {@return the longest number, in characters ({@code LHL-S-023})} */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /** {@return the most items in one array or properties in one object ({@code LHL-S-024})} */
  public int maxElements() {
    return maxElements;
  }

  @Override
  public String toString() {
    return "Limits[maxDocumentBytes="
        + maxDocumentBytes
        + ", maxNestingDepth="
        + maxNestingDepth
        + ", maxStringLength="
        + maxStringLength
        + ", maxNameLength="
        + maxNameLength
        + ", maxNumberLength="
        + maxNumberLength
        + ", maxElements="
        + maxElements
        + "]";
  }

  /** Builds {@link Limits}; every limit starts at its standard value. Not thread-safe. */
  public static final class Builder {
    // the standard limits are the core's value limits: whatever the engine accepts is read back
    private long maxDocumentBytes = ValueLimits.MAX_DOCUMENT_BYTES;
    private int maxNestingDepth = ValueLimits.MAX_NESTING_DEPTH;
    private int maxStringLength = ValueLimits.MAX_TEXT_LENGTH;
    private int maxNameLength = ValueLimits.MAX_NAME_LENGTH;
    private int maxNumberLength = ValueLimits.MAX_NUMBER_LENGTH;
    private int maxElements = ValueLimits.MAX_ELEMENTS;

    Builder() {}

    /**
     * Sets the largest document, in bytes.
     *
     * @param bytes the largest document, in bytes
     * @return this builder
     * @throws InvalidValueException ({@code LHL-A-001}) if not positive
     */
    public Builder maxDocumentBytes(long bytes) {
      this.maxDocumentBytes = positive("maxDocumentBytes", bytes);
      return this;
    }

    /**
     * Sets the deepest nesting; at least 4, so that every document type can be read.
     *
     * @param depth the deepest nesting; at least 4, so that every document type can be read
     * @return this builder
     * @throws InvalidValueException ({@code LHL-A-001}) if less than 4
     */
    public Builder maxNestingDepth(int depth) {
      if (depth < 4) {
        throw InvalidValueException.of(
            ArgumentCode.INVALID_VALUE, "maxNestingDepth", "at least 4", depth);
      }
      this.maxNestingDepth = depth;
      return this;
    }

    /**
     * Sets the longest string value.
     *
     * @param length the longest string value
     * @return this builder
     * @throws InvalidValueException ({@code LHL-A-001}) if not positive
     */
    public Builder maxStringLength(int length) {
      this.maxStringLength = (int) positive("maxStringLength", length);
      return this;
    }

    /**
     * Sets the longest property name.
     *
     * @param length the longest property name
     * @return this builder
     * @throws InvalidValueException ({@code LHL-A-001}) if not positive
     */
    public Builder maxNameLength(int length) {
      this.maxNameLength = (int) positive("maxNameLength", length);
      return this;
    }

    /**
     * Sets the longest number.
     *
     * @param length the longest number
     * @return this builder
     * @throws InvalidValueException ({@code LHL-A-001}) if not positive
     */
    public Builder maxNumberLength(int length) {
      this.maxNumberLength = (int) positive("maxNumberLength", length);
      return this;
    }

    /**
     * Sets the most elements of one array or object.
     *
     * @param elements the most elements of one array or object
     * @return this builder
     * @throws InvalidValueException ({@code LHL-A-001}) if not positive
     */
    public Builder maxElements(int elements) {
      this.maxElements = (int) positive("maxElements", elements);
      return this;
    }

    /** {@return the limits} */
    public Limits build() {
      return new Limits(this);
    }

    private static long positive(String name, long value) {
      if (value < 1) {
        throw InvalidValueException.of(ArgumentCode.INVALID_VALUE, name, "positive", value);
      }
      return value;
    }
  }
}

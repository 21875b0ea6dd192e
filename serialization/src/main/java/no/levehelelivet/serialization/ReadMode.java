package no.levehelelivet.serialization;

/**
 * How forgiving a reader is (<i>lesemodus</i>).
 *
 * <p>Both modes report every problem they find, with its code and place, in one {@link ReadResult};
 * they differ only in what a document of a newer minor version may contain.
 */
public enum ReadMode {
  /**
   * For input from other systems (the default): an unknown property, an unknown code, a duplicate
   * key, trailing content, a wrong type, a missing required value and a newer minor version are all
   * errors.
   */
  STRICT,
  /**
   * For a system's own stored history: a document of a newer minor version is read, and the
   * properties and codes it adds become warnings ({@link WireCode#UNKNOWN_PROPERTY}, {@link
   * WireCode#UNKNOWN_CODE}) that are kept in {@link ReadResult#unknownFields()}. They are never
   * written back as if understood. Everything else is as strict as {@link #STRICT}.
   */
  TOLERANT
}

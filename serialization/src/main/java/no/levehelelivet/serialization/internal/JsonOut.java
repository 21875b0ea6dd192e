package no.levehelelivet.serialization.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import no.levehelelivet.core.Coded;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the members of a document in the order the caller gives, with the wire rules built in:
 * absent optional values left out, collections always written, sets of codes in declaration order.
 * Wraps a Jackson generator, the codec's own or a vendor's mapper's.
 */
public final class JsonOut {

  private final JsonGenerator generator;

  /** Writes to {@code generator}. */
  public JsonOut(JsonGenerator generator) {
    this.generator = generator;
  }

  /** Starts an object, as a document or an array item. */
  public void startObject() {
    generator.writeStartObject();
  }

  /** Starts an object member. */
  public void startObject(String name) {
    generator.writeName(name);
    generator.writeStartObject();
  }

  /** Ends the current object. */
  public void endObject() {
    generator.writeEndObject();
  }

  /** Starts an array member. */
  public void startArray(String name) {
    generator.writeName(name);
    generator.writeStartArray();
  }

  /** Ends the current array. */
  public void endArray() {
    generator.writeEndArray();
  }

  /** Writes a string member. */
  public void string(String name, String value) {
    generator.writeStringProperty(name, value);
  }

  /** Writes a string array item. */
  public void string(String value) {
    generator.writeString(value);
  }

  /** Writes a number member. */
  public void number(String name, long value) {
    generator.writeNumberProperty(name, value);
  }

  /** Writes a boolean member. */
  public void bool(String name, boolean value) {
    generator.writeBooleanProperty(name, value);
  }

  /** Writes a string member if present. */
  public void optional(String name, Optional<String> value) {
    value.ifPresent(v -> string(name, v));
  }

  /** Writes a value's {@code toString()} as a string member, such as an ISO date. */
  public void text(String name, Object value) {
    string(name, value.toString());
  }

  /** Writes a code member. */
  public void code(String name, Coded value) {
    string(name, value.code());
  }

  /** Writes a set of enum codes in declaration order, whatever order the set iterates in. */
  public <E extends Enum<E> & Coded> void codes(String name, Collection<E> values) {
    startArray(name);
    values.stream().sorted(Comparator.naturalOrder()).forEach(v -> string(v.code()));
    endArray();
  }

  /** Writes a list of values as their {@code toString()}, in list order. */
  public void texts(String name, List<?> values) {
    startArray(name);
    for (Object value : values) {
      string(value.toString());
    }
    endArray();
  }
}

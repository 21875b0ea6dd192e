package no.levehelelivet.examples.web;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.databind.JsonNode;

/**
 * The members of one JSON object of a request body, each read by name with its JSON pointer at
 * hand, so that a missing, misspelt or mistyped member is refused with {@code LHL-W-009} and the
 * pointer to it. A JSON {@code null} is taken as an absent member.
 */
final class ApiFields {

  private final JsonNode node;
  private final String pointer;

  private ApiFields(JsonNode node, String pointer) {
    this.node = node;
    this.pointer = pointer;
  }

  /**
   * The object at {@code pointer}.
   *
   * @throws WebFailure {@code LHL-W-009} if it is not an object
   */
  static ApiFields of(JsonNode node, String pointer) {
    if (!node.isObject()) {
      throw bad(pointer, "a JSON object is expected here");
    }
    return new ApiFields(node, pointer);
  }

  /**
   * Refuses every member but {@code known}, naming the first other one.
   *
   * @return this
   */
  ApiFields only(String... known) {
    ImmutableSet<String> names = ImmutableSet.copyOf(known);
    for (Map.Entry<String, JsonNode> member : node.properties()) {
      if (!names.contains(member.getKey())) {
        throw bad(
            at(member.getKey()),
            "the member "
                + Quote.of(member.getKey())
                + " is not one this body has; it has "
                + String.join(", ", names));
      }
    }
    return this;
  }

  /** Whether the member is given (and not null). */
  boolean has(String name) {
    JsonNode value = node.get(name);
    return value != null && !value.isNull();
  }

  /** The text of the member, if given; refused if it is not a string. */
  Optional<String> text(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isString()) {
      throw bad(at(name), "a string is expected here");
    }
    return Optional.of(value.stringValue());
  }

  /** The text of the member, which must be given. */
  String requiredText(String name) {
    return text(name).orElseThrow(() -> bad(at(name), "the member is required"));
  }

  /** The integer of the member, if given; refused if it is not an integer of an {@code int}. */
  OptionalInt integer(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return OptionalInt.empty();
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw bad(at(name), "a whole number is expected here");
    }
    return OptionalInt.of(value.intValue());
  }

  /** The object of the member, if given. */
  Optional<ApiFields> object(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    return Optional.of(of(value, at(name)));
  }

  /** The strings of the member, an array; empty if not given. */
  ImmutableList<String> texts(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return ImmutableList.of();
    }
    if (!value.isArray()) {
      throw bad(at(name), "an array of strings is expected here");
    }
    ImmutableList.Builder<String> texts = ImmutableList.builder();
    int index = 0;
    for (JsonNode item : value.values()) {
      if (!item.isString()) {
        throw bad(at(name) + "/" + index, "a string is expected here");
      }
      texts.add(item.stringValue());
      index++;
    }
    return texts.build();
  }

  /** The JSON pointer to the member {@code name} of this object. */
  String at(String name) {
    return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  /** A refusal of the body at {@code pointer}: {@code LHL-W-009}, the pointer as a member. */
  static WebFailure bad(String pointer, String what) {
    return new WebFailure(
        WebCode.BAD_PARAMETER,
        WebCode.BAD_PARAMETER.status(),
        (pointer.isEmpty() ? "the body" : pointer) + ": " + what,
        ImmutableMap.of("pointer", pointer));
  }
}

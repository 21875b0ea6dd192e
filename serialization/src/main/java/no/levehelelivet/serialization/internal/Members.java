package no.levehelelivet.serialization.internal;

import java.util.Arrays;
import java.util.Map;
import no.levehelelivet.serialization.WireCode;
import org.jspecify.annotations.Nullable;

/**
 * The members of one JSON object being bound: which of them a binder asked for, so that the rest
 * can be reported as unknown, and the JSON Pointer of the object and of each member, built only
 * when a problem needs it. Not thread-safe; one instance per object.
 */
final class Members {

  private final Problems problems;
  private final Node.Obj object;
  private final int errorsBefore;

  /**
   * Where this object is, as the object it is a member of (or an item of whose member it is) and
   * the member's name and item index (-1 for a member), so that the pointer string is only built
   * when a problem needs it.
   */
  private final @Nullable Members parent;

  private final String member;
  private final int index;

  /** The pointer, once built. */
  private @Nullable String pointer;

  /** The names asked for so far, {@link #askedCount} of them, and their hash codes. */
  private String[] asked = new String[16];

  private int[] askedHashes = new int[16];

  private int askedCount;

  /** How many of the names asked for are members of the object. */
  private int found;

  /** The members of the object at {@code pointer}. */
  Members(Problems problems, Node.Obj object, String pointer) {
    this.problems = problems;
    this.object = object;
    this.pointer = pointer;
    this.parent = null;
    this.member = "";
    this.index = -1;
    this.errorsBefore = problems.errorCount();
  }

  /** The members of member {@code name} (item {@code index} of it, unless -1) of {@code parent}. */
  Members(Problems problems, Node.Obj object, Members parent, String member, int index) {
    this.problems = problems;
    this.object = object;
    this.parent = parent;
    this.member = member;
    this.index = index;
    this.errorsBefore = problems.errorCount();
  }

  /** The object itself. */
  Node.Obj object() {
    return object;
  }

  /** The pointer of this object. */
  String pointer() {
    String known = pointer;
    if (known == null) {
      Members outer = parent;
      if (outer == null) {
        throw new IllegalStateException("a nested object has a parent");
      }
      known = index < 0 ? outer.at(member) : outer.at(member, index);
      pointer = known;
    }
    return known;
  }

  /** The pointer of member {@code name}. */
  String at(String name) {
    return Pointers.child(pointer(), name);
  }

  /** The pointer of item {@code index} of member {@code name}. */
  String at(String name, int index) {
    return Pointers.child(Pointers.child(pointer(), name), index);
  }

  /** The member's node, or null if absent (a missing required member is recorded). */
  @Nullable Node member(String name, boolean required) {
    Node node = ask(name);
    if (node == null && required) {
      problems.error(
          WireCode.MISSING_VALUE, at(name), "required value \"" + name + "\" is missing", object);
    }
    return node;
  }

  /** Records that {@code name} was asked for and returns its node, if any. */
  @Nullable Node ask(String name) {
    Node node = object.members().get(name);
    if (wasAsked(name)) {
      return node;
    }
    if (askedCount == asked.length) {
      asked = Arrays.copyOf(asked, 2 * askedCount);
      askedHashes = Arrays.copyOf(askedHashes, 2 * askedCount);
    }
    askedHashes[askedCount] = name.hashCode();
    asked[askedCount++] = name;
    if (node != null) {
      found++;
    }
    return node;
  }

  private boolean wasAsked(String name) {
    int hash = name.hashCode();
    for (int i = 0; i < askedCount; i++) {
      if (askedHashes[i] == hash && asked[i].equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** Reports every member never asked for as an unknown property. */
  void reportUnasked() {
    if (found < object.members().size()) {
      for (Map.Entry<String, Node> entry : object.members().entrySet()) {
        if (!wasAsked(entry.getKey())) {
          problems.unknownProperty(at(entry.getKey()), entry.getKey(), entry.getValue());
        }
      }
    }
  }

  /** Whether this object or anything in it had an error since binding it began. */
  boolean hadErrors() {
    return problems.errorCount() > errorsBefore;
  }
}

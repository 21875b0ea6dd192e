package no.levehelelivet.serialization.internal;

/** JSON Pointers (RFC 6901). */
public final class Pointers {

  private Pointers() {}

  /** The pointer to member {@code name} of the object at {@code parent}. */
  public static String child(String parent, String name) {
    return parent + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  /** The pointer to item {@code index} of the array at {@code parent}. */
  public static String child(String parent, int index) {
    return parent + "/" + index;
  }
}

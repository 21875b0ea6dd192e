package no.levehelelivet.process.internal;

/**
 * What a start entry records of the definition a process runs on: its id, its version as text and
 * its digest as 64 hexadecimal digits, the last computed only when first asked for. One per
 * definition, shared by the start entries of every process started on it.
 */
public abstract class DefinitionFacts {

  private final String id;
  private final String versionText;

  /** Facts of the definition with this id and version. */
  protected DefinitionFacts(String id, String versionText) {
    this.id = id;
    this.versionText = versionText;
  }

  /** The definition's id. */
  public final String id() {
    return id;
  }

  /** The definition's version as text, as the start entry records it. */
  public final String versionText() {
    return versionText;
  }

  /** The definition's digest as 64 lower-case hexadecimal digits. */
  public abstract String digestHex();
}

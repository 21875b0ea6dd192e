package no.levehelelivet.benchmarks.plain;

/** The {@code process-instance} document, member for member, as plain Jackson binds it. */
public record PlainProcess(
    String schemaVersion,
    String documentType,
    String id,
    PlainProcess.Municipality municipality,
    PlainProcess.DefinitionRef definition,
    String phase,
    String status,
    PlainJournal journal) {

  /** The municipality. */
  public record Municipality(String name, String number) {}

  /** The definition the process runs on. */
  public record DefinitionRef(String id, int version, String digest) {}
}

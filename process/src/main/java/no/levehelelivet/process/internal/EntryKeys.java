package no.levehelelivet.process.internal;

/**
 * The attribute keys the engine writes into journal entries and {@code JournalEntry}'s typed
 * accessors read back: the one place that spells them.
 */
public final class EntryKeys {

  public static final String INSTANCE_ID = "instance-id";
  public static final String MUNICIPALITY_NAME = "municipality-name";
  public static final String MUNICIPALITY_NUMBER = "municipality-number";
  public static final String DEFINITION_ID = "definition-id";
  public static final String DEFINITION_VERSION = "definition-version";
  public static final String DEFINITION_DIGEST = "definition-digest";
  public static final String TARGET_DATE_PREFIX = "target-date.";
  public static final String CRITERION = "criterion";
  public static final String QUESTION = "question";
  public static final String TARGET_PHASE = "target-phase";

  /** The sequence numbers a redaction erased, ascending, separated by commas: {@code "3,5"}. */
  public static final String REDACTED = "redacted";

  private EntryKeys() {}
}

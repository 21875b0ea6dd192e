package no.levehelelivet.process;

/** The attribute keys the engine writes into journal entries. */
final class EntryKeys {

  static final String INSTANCE_ID = "instance-id";
  static final String MUNICIPALITY_NAME = "municipality-name";
  static final String MUNICIPALITY_NUMBER = "municipality-number";
  static final String DEFINITION_ID = "definition-id";
  static final String DEFINITION_VERSION = "definition-version";
  static final String DEFINITION_DIGEST = "definition-digest";
  static final String TARGET_DATE_PREFIX = "target-date.";
  static final String CRITERION = "criterion";
  static final String QUESTION = "question";
  static final String TARGET_PHASE = "target-phase";

  private EntryKeys() {}
}

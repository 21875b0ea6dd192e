package no.levehelelivet.serialization;

import no.levehelelivet.core.Measure;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.core.plan.ActivityPlan;
import no.levehelelivet.core.timeline.Milestone;

/**
 * The negative fixtures under {@code negative/}: each a document with one problem, the type it is
 * read as, the code and pointer expected, and whether its schema can see the problem.
 */
enum NegativeFixture {
  MALFORMED("LHL-S-001-malformed", Municipality.class, WireCode.MALFORMED, "", Schema.CANNOT_PARSE),
  TRAILING_CONTENT(
      "LHL-S-002-trailing-content",
      Municipality.class,
      WireCode.TRAILING_CONTENT,
      "",
      Schema.CANNOT_PARSE),
  DUPLICATE_KEY(
      "LHL-S-003-duplicate-key",
      Municipality.class,
      WireCode.DUPLICATE_KEY,
      "/name",
      Schema.CANNOT_SEE),
  UNKNOWN_PROPERTY(
      "LHL-S-004-unknown-property",
      Municipality.class,
      WireCode.UNKNOWN_PROPERTY,
      "/population",
      Schema.FAILS),
  UNKNOWN_CODE(
      "LHL-S-005-unknown-code",
      Measure.class,
      WireCode.UNKNOWN_CODE,
      "/responsibleSector",
      Schema.FAILS),
  WRONG_TYPE(
      "LHL-S-006-wrong-type", Municipality.class, WireCode.WRONG_TYPE, "/number", Schema.FAILS),
  MISSING_VALUE(
      "LHL-S-007-missing-value",
      Measure.class,
      WireCode.MISSING_VALUE,
      "/collaborators",
      Schema.FAILS),
  INVALID_VALUE(
      "LHL-S-008-invalid-value",
      Municipality.class,
      WireCode.INVALID_VALUE,
      "/number",
      Schema.FAILS),
  INCONSISTENT_VALUES(
      "LHL-S-009-inconsistent-values",
      ActivityPlan.class,
      WireCode.INCONSISTENT_VALUES,
      "/sessions/0",
      Schema.CANNOT_SEE),
  NEWER_MINOR_VERSION(
      "LHL-S-010-newer-minor-version",
      Municipality.class,
      WireCode.NEWER_MINOR_VERSION,
      "/schemaVersion",
      Schema.FAILS),
  UNSUPPORTED_VERSION(
      "LHL-S-011-unsupported-version",
      Municipality.class,
      WireCode.UNSUPPORTED_VERSION,
      "/schemaVersion",
      Schema.FAILS),
  WRONG_DOCUMENT_TYPE(
      "LHL-S-012-wrong-document-type",
      Measure.class,
      WireCode.WRONG_DOCUMENT_TYPE,
      "/documentType",
      Schema.FAILS),
  V1_ISO_DATE(
      "v1-LHL-S-008-iso-date", Milestone.class, WireCode.INVALID_VALUE, "/date", Schema.FAILS);

  /** What the schema of the type read as makes of the fixture. */
  enum Schema {
    /** Not JSON the validator can parse. */
    CANNOT_PARSE,
    /** Valid against the schema: JSON Schema cannot express this rule. */
    CANNOT_SEE,
    /** Invalid against the schema. */
    FAILS
  }

  final String file;
  final Class<?> type;
  final WireCode code;
  final String pointer;
  final Schema schema;

  NegativeFixture(String name, Class<?> type, WireCode code, String pointer, Schema schema) {
    this.file = "negative/" + name + ".json";
    this.type = type;
    this.code = code;
    this.pointer = pointer;
    this.schema = schema;
  }

  /** The major version of the document, which picks the schema. */
  int major() {
    return file.startsWith("negative/v1-") ? 1 : 2;
  }
}

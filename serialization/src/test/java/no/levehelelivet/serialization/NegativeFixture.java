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
  MALFORMED("LHL-1001-malformed", Municipality.class, ErrorCode.MALFORMED, "", Schema.CANNOT_PARSE),
  TRAILING_CONTENT(
      "LHL-1002-trailing-content",
      Municipality.class,
      ErrorCode.TRAILING_CONTENT,
      "",
      Schema.CANNOT_PARSE),
  DUPLICATE_KEY(
      "LHL-1003-duplicate-key",
      Municipality.class,
      ErrorCode.DUPLICATE_KEY,
      "/name",
      Schema.CANNOT_SEE),
  UNKNOWN_PROPERTY(
      "LHL-1004-unknown-property",
      Municipality.class,
      ErrorCode.UNKNOWN_PROPERTY,
      "/population",
      Schema.FAILS),
  UNKNOWN_CODE(
      "LHL-1005-unknown-code",
      Measure.class,
      ErrorCode.UNKNOWN_CODE,
      "/responsibleSector",
      Schema.FAILS),
  WRONG_TYPE(
      "LHL-1006-wrong-type", Municipality.class, ErrorCode.WRONG_TYPE, "/number", Schema.FAILS),
  MISSING_VALUE(
      "LHL-1007-missing-value",
      Measure.class,
      ErrorCode.MISSING_VALUE,
      "/collaborators",
      Schema.FAILS),
  INVALID_VALUE(
      "LHL-1008-invalid-value",
      Municipality.class,
      ErrorCode.INVALID_VALUE,
      "/number",
      Schema.FAILS),
  INCONSISTENT_VALUES(
      "LHL-1009-inconsistent-values",
      ActivityPlan.class,
      ErrorCode.INCONSISTENT_VALUES,
      "/sessions/0",
      Schema.CANNOT_SEE),
  NEWER_MINOR_VERSION(
      "LHL-1010-newer-minor-version",
      Municipality.class,
      ErrorCode.NEWER_MINOR_VERSION,
      "/schemaVersion",
      Schema.FAILS),
  UNSUPPORTED_VERSION(
      "LHL-1011-unsupported-version",
      Municipality.class,
      ErrorCode.UNSUPPORTED_VERSION,
      "/schemaVersion",
      Schema.FAILS),
  WRONG_DOCUMENT_TYPE(
      "LHL-1012-wrong-document-type",
      Measure.class,
      ErrorCode.WRONG_DOCUMENT_TYPE,
      "/documentType",
      Schema.FAILS),
  V1_ISO_DATE(
      "v1-LHL-1008-iso-date", Milestone.class, ErrorCode.INVALID_VALUE, "/date", Schema.FAILS);

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
  final ErrorCode code;
  final String pointer;
  final Schema schema;

  NegativeFixture(String name, Class<?> type, ErrorCode code, String pointer, Schema schema) {
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

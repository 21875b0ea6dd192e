package no.levehelelivet.serialization;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import no.levehelelivet.core.Catalogue;
import no.levehelelivet.core.Coded;
import no.levehelelivet.core.Measure;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.core.internal.Codes;
import no.levehelelivet.core.plan.ActivityPlan;
import no.levehelelivet.core.reflection.ReflectionQuestion;
import no.levehelelivet.core.timeline.Milestone;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;

/**
 * A kind of document (<i>dokumenttype</i>) of the wire format, named by the stable code in every
 * document's {@code "documentType"}.
 */
public enum DocumentType implements Coded {
  /** An {@link ActivityPlan}, code {@code activity-plan}; since major 1. */
  ACTIVITY_PLAN("activity-plan", ActivityPlan.class, 1, true),
  /** A {@link Measure}, code {@code measure}; since major 1. */
  MEASURE("measure", Measure.class, 1, true),
  /** A {@link Municipality}, code {@code municipality}; since major 1. */
  MUNICIPALITY("municipality", Municipality.class, 1, true),
  /** A {@link ReflectionQuestion}, code {@code reflection-question}; since major 1. */
  REFLECTION_QUESTION("reflection-question", ReflectionQuestion.class, 1, true),
  /** A {@link Milestone}, code {@code milestone}; since major 1. */
  MILESTONE("milestone", Milestone.class, 1, true),
  /**
   * The whole {@link Catalogue}, code {@code catalogue}; since major 2. Written for integrators who
   * are not on the JVM; never read, since the catalogue is this library's own constant.
   */
  CATALOGUE("catalogue", Catalogue.class, 2, false),
  /**
   * A {@link ProcessDefinition}, standard or tailored, code {@code process-definition}; since major
   * 2. Also read from YAML, for definitions written by hand.
   */
  PROCESS_DEFINITION("process-definition", ProcessDefinition.class, 2, true),
  /**
   * A {@link ProcessInstance} with its whole journal, code {@code process-instance}; since major 2.
   */
  PROCESS_INSTANCE("process-instance", ProcessInstance.class, 2, true);

  private static final ImmutableMap<String, DocumentType> BY_CODE = Codes.index(values());

  private final String code;
  private final Class<?> valueType;
  private final int sinceMajor;
  private final boolean readable;

  DocumentType(String code, Class<?> valueType, int sinceMajor, boolean readable) {
    this.code = code;
    this.valueType = valueType;
    this.sinceMajor = sinceMajor;
    this.readable = readable;
  }

  @Override
  public String code() {
    return code;
  }

  /** {@return the Java type a document of this type is read into and written from} */
  public Class<?> valueType() {
    return valueType;
  }

  /** {@return the first major version of the wire format that has this document type} */
  public int sinceMajor() {
    return sinceMajor;
  }

  /**
   * {@return whether the codec reads this type (every type but the catalogue) as well as writes it}
   */
  public boolean isReadable() {
    return readable;
  }

  /**
   * {@return the document type with the given code, such as {@code "activity-plan"}}
   *
   * @param code the document type's stable code
   * @throws UnknownCodeException if no document type has that code
   */
  public static DocumentType fromCode(String code) {
    return Codes.lookup(BY_CODE, "document type", code);
  }

  /**
   * {@return the document type with the given code, or empty if no document type has it}
   *
   * @param code the document type's stable code
   */
  public static Optional<DocumentType> find(String code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }

  /**
   * {@return the document type whose value type is {@code type} or a supertype of it}
   *
   * @param type the Java type of a value, such as the class of a process instance
   */
  public static Optional<DocumentType> forValueType(Class<?> type) {
    for (DocumentType documentType : values()) {
      if (documentType.valueType.isAssignableFrom(type)) {
        return Optional.of(documentType);
      }
    }
    return Optional.empty();
  }
}

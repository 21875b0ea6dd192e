package no.levehelelivet.serialization.internal.wire.v2;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.journal.ChainKey;
import no.levehelelivet.serialization.DocumentType;
import no.levehelelivet.serialization.internal.DocumentBinder;

/**
 * The binders of major 2, one per document type: the only way into this package, so that each
 * document's binder stays package-private. Not API.
 */
public final class Binders {

  private Binders() {}

  /**
   * The binder of every document type; a process instance is read on the standard definition or on
   * one of {@code definitions}, matched by id, version and digest.
   */
  public static ImmutableMap<DocumentType, DocumentBinder<?>> of(
      Iterable<ProcessDefinition> definitions) {
    return of(definitions, List.of());
  }

  /**
   * The binders as {@link #of(Iterable)} gives them, with journals sealed under one of {@code
   * chainKeys} verified under it.
   */
  public static ImmutableMap<DocumentType, DocumentBinder<?>> of(
      Iterable<ProcessDefinition> definitions, Iterable<ChainKey> chainKeys) {
    Map<String, ProcessDefinition> known = new LinkedHashMap<>();
    ProcessDefinition standard = ProcessDefinition.standard();
    known.put(ProcessInstanceWire.key(standard), standard);
    for (ProcessDefinition definition : definitions) {
      known.put(ProcessInstanceWire.key(definition), definition);
    }
    return ImmutableMap.<DocumentType, DocumentBinder<?>>builder()
        .put(DocumentType.ACTIVITY_PLAN, ActivityPlanWire.INSTANCE)
        .put(DocumentType.MEASURE, MeasureWire.INSTANCE)
        .put(DocumentType.MUNICIPALITY, MunicipalityWire.INSTANCE)
        .put(DocumentType.REFLECTION_QUESTION, ReflectionQuestionWire.INSTANCE)
        .put(DocumentType.MILESTONE, MilestoneWire.INSTANCE)
        .put(DocumentType.CATALOGUE, CatalogueWire.INSTANCE)
        .put(DocumentType.PROCESS_DEFINITION, ProcessDefinitionWire.INSTANCE)
        .put(DocumentType.PROCESS_INSTANCE, new ProcessInstanceWire(known, chainKeys))
        .buildOrThrow();
  }
}

package no.levehelelivet.examples.web;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.store.ProcessPage;
import no.levehelelivet.store.ProcessQuery;
import no.levehelelivet.store.ProcessStore;
import no.levehelelivet.store.ProcessSummary;

/**
 * The definitions a process can be started on (<i>definisjonane</i>): the standard one, every one
 * loaded on this tool's definitions page, and every one a stored process runs on, each as the store
 * keeps it. The store is asked for a definition by id and version, and keeps none twice; this shelf
 * only remembers which ids and versions to ask for.
 *
 * <p>Thread-safe: requests share one shelf.
 */
final class DefinitionShelf {

  /** A definition's id and version. */
  record Key(String id, int version) {
    static Key of(ProcessDefinition definition) {
      return new Key(definition.id(), definition.version());
    }

    /** How the start form's select names it: {@code id@version}. */
    String code() {
      return id + "@" + version;
    }

    /** The key a start form's {@code id@version} names, if it names one. */
    static Optional<Key> parse(String code) {
      int at = code.lastIndexOf('@');
      if (at <= 0) {
        return Optional.empty();
      }
      try {
        return Optional.of(
            new Key(code.substring(0, at), Integer.parseInt(code.substring(at + 1))));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
  }

  private static final Comparator<ProcessDefinition> ORDER =
      Comparator.comparing((ProcessDefinition d) -> !d.id().equals(standard().id()))
          .thenComparing(ProcessDefinition::id)
          .thenComparingInt(ProcessDefinition::version);

  private final ProcessStore store;
  private final ConcurrentMap<Key, Boolean> loaded = new ConcurrentHashMap<>();

  DefinitionShelf(ProcessStore store) {
    this.store = store;
  }

  private static ProcessDefinition standard() {
    return ProcessDefinition.standard();
  }

  /** Registers {@code definition} with the store and remembers it. */
  void register(ProcessDefinition definition) {
    store.register(definition);
    loaded.put(Key.of(definition), Boolean.TRUE);
  }

  /** The definition with this key: the standard one, or the one the store keeps. */
  Optional<ProcessDefinition> find(Key key) {
    ProcessDefinition standard = standard();
    if (key.equals(Key.of(standard))) {
      return Optional.of(standard);
    }
    return store.definition(key.id(), key.version());
  }

  /** Every definition on the shelf, the standard one first, then by id and version. */
  ImmutableList<ProcessDefinition> all() {
    Set<Key> keys = new LinkedHashSet<>(loaded.keySet());
    Optional<ProcessQuery> query =
        Optional.of(ProcessQuery.all().withLimit(ProcessQuery.MAX_LIMIT));
    while (query.isPresent()) {
      ProcessPage page = store.processes(query.get());
      for (ProcessSummary summary : page.processes()) {
        keys.add(new Key(summary.definitionId(), summary.definitionVersion()));
      }
      query = page.next();
    }
    keys.add(Key.of(standard()));
    return keys.stream()
        .map(this::find)
        .flatMap(Optional::stream)
        .sorted(ORDER)
        .collect(ImmutableList.toImmutableList());
  }
}

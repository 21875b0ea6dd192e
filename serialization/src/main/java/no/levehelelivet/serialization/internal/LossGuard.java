package no.levehelelivet.serialization.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.MapMaker;
import java.util.List;
import java.util.concurrent.ConcurrentMap;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.journal.JournalEntry;
import no.levehelelivet.serialization.ReadResult;
import no.levehelelivet.serialization.UnknownField;
import org.jspecify.annotations.Nullable;

/**
 * Remembers, by identity and weakly, the values a tolerant read took from a newer minor version
 * without some of their members, so that writing them (or what was made from them) back is refused
 * rather than losing those members silently.
 *
 * <p>A process instance is remembered through its first journal entry as well: firing a command
 * makes a new instance but keeps the entries it was read with, so the instance a command produced
 * is still known to come from that document. Other values are known only as the objects read; a
 * copy changed with {@code with*} is a new value the caller built. Thread-safe.
 */
final class LossGuard {

  /** Weak keys compare by identity, so equal values read elsewhere are not mistaken for these. */
  private final ConcurrentMap<Object, ImmutableList<String>> lossy =
      new MapMaker().weakKeys().makeMap();

  /** Remembers the value of a successful read that kept unknown fields. */
  void remember(ReadResult<?> result) {
    Object value = result.value().orElse(null);
    if (value == null || result.unknownFields().isEmpty()) {
      return;
    }
    ImmutableList<String> pointers =
        result.unknownFields().stream()
            .map(UnknownField::pointer)
            .collect(ImmutableList.toImmutableList());
    lossy.put(value, pointers);
    if (value instanceof ProcessInstance instance && !instance.journal().isEmpty()) {
      lossy.put(instance.journal().entries().get(0), pointers);
    }
  }

  /** The pointers of the members a write of {@code value} would lose, or null if none. */
  @Nullable List<String> lost(Object value) {
    ImmutableList<String> pointers = lossy.get(value);
    if (pointers == null && value instanceof ProcessInstance instance) {
      List<JournalEntry> entries = instance.journal().entries();
      // The first entry is kept by every instance fired from the one read.
      pointers = entries.isEmpty() ? null : lossy.get(entries.get(0));
    }
    return pointers;
  }
}

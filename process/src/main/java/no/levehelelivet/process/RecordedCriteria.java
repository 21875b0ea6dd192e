package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The criteria an instance has recorded as met: a persistent list of records, newest first, with
 * the bits of their criteria (see {@link DefinitionIndex#bitsCriteria()}). Recording one more
 * criterion adds one link and copies nothing; the map {@link ProcessInstance#criteria()} shows is
 * built from the list the first time it is asked for.
 *
 * <p>Immutable as far as anyone can tell, and thread-safe: the map is cached in a plain field,
 * racily but harmlessly (every thread builds an equal map, and an immutable map is safely published
 * by its final fields), as {@link String#hashCode()} caches its hash.
 */
final class RecordedCriteria {

  static final RecordedCriteria NONE = new RecordedCriteria(null, null, 0L, 0);

  private final @Nullable CriterionRecord newest;
  private final @Nullable RecordedCriteria earlier;
  private final long bits;
  private final int records;
  private @Nullable ImmutableMap<String, CriterionRecord> map;

  private RecordedCriteria(
      @Nullable CriterionRecord newest,
      @Nullable RecordedCriteria earlier,
      long bits,
      int records) {
    this.newest = newest;
    this.earlier = earlier;
    this.bits = bits;
    this.records = records;
    this.map = records == 0 ? ImmutableMap.of() : null;
  }

  /** These criteria and one more record, whose criterion has {@code bit}. */
  RecordedCriteria with(CriterionRecord record, long bit) {
    return new RecordedCriteria(record, this, bits | bit, records + 1);
  }

  /** These criteria without those with the given codes, whose bits are {@code mask}. */
  RecordedCriteria without(Set<String> codes, long mask) {
    RecordedCriteria kept = NONE;
    for (Map.Entry<String, CriterionRecord> entry : map().entrySet()) {
      if (!codes.contains(entry.getKey())) {
        kept = kept.with(entry.getValue(), 0L);
      }
    }
    return kept.records == records ? this : kept.withBits(bits & ~mask);
  }

  /** These criteria with the notes and evidence of the records of {@code sequences} erased. */
  RecordedCriteria redacted(Set<Long> sequences) {
    boolean touched = false;
    RecordedCriteria kept = NONE;
    for (CriterionRecord record : map().values()) {
      if (sequences.contains(record.sequence())
          && (record.note().isPresent() || !record.evidence().isEmpty())) {
        touched = true;
        record =
            CriterionRecord.create(
                record.criterion(),
                record.actorId(),
                record.role(),
                record.time(),
                ImmutableList.of(),
                Optional.empty(),
                record.sequence());
      }
      kept = kept.with(record, 0L);
    }
    return touched ? kept.withBits(bits) : this;
  }

  private RecordedCriteria withBits(long newBits) {
    return new RecordedCriteria(newest, earlier, newBits, records);
  }

  /** The bits of the criteria recorded; 0 if the definition has more than 64 criteria. */
  long bits() {
    return bits;
  }

  /** The criteria by code, in the order they were first recorded, each with its last record. */
  ImmutableMap<String, CriterionRecord> map() {
    ImmutableMap<String, CriterionRecord> built = map;
    if (built == null) {
      CriterionRecord[] inOrder = new CriterionRecord[records];
      RecordedCriteria link = this;
      for (int i = records - 1; i >= 0; i--) {
        CriterionRecord record = link.newest;
        RecordedCriteria next = link.earlier;
        if (record == null || next == null) {
          throw new IllegalStateException("a list of " + records + " records ends early");
        }
        inOrder[i] = record;
        link = next;
      }
      ImmutableMap.Builder<String, CriterionRecord> criteria =
          ImmutableMap.builderWithExpectedSize(records);
      for (CriterionRecord record : inOrder) {
        criteria.put(record.criterion(), record);
      }
      built = criteria.buildKeepingLast();
      map = built;
    }
    return built;
  }
}

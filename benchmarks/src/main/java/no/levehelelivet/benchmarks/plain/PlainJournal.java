package no.levehelelivet.benchmarks.plain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The journal of a {@link PlainProcess}: its entries and the head digest. */
public record PlainJournal(List<PlainJournal.Entry> entries, String headDigest) {

  /** One journal entry, with its recorded digest as text. */
  public record Entry(
      long sequence,
      Instant time,
      String actorId,
      String role,
      String trigger,
      String fromPhase,
      String toPhase,
      String status,
      @Nullable String note,
      List<String> evidence,
      Map<String, String> attributes,
      String digest) {}
}

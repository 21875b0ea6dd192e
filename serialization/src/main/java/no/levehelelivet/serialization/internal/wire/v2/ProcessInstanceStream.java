package no.levehelelivet.serialization.internal.wire.v2;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.process.DefinitionMigration;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.ProcessStatus;
import no.levehelelivet.process.journal.Digest;
import no.levehelelivet.process.journal.Journal;
import no.levehelelivet.process.journal.JournalEntry;
import no.levehelelivet.process.journal.Salt;
import no.levehelelivet.serialization.DocumentType;
import no.levehelelivet.serialization.ReadMode;
import no.levehelelivet.serialization.internal.Envelope;
import no.levehelelivet.serialization.internal.Problems;
import no.levehelelivet.serialization.internal.StreamBinder;
import no.levehelelivet.serialization.internal.TokenReader;
import org.jspecify.annotations.Nullable;

/**
 * The {@code process-instance} document read straight from its tokens: the same members, rules and
 * checks as {@link ProcessInstanceWire}'s tree binding (every member's type, blank strings,
 * canonical instants and digests, known codes, the digest chain, the replay on the definition and
 * the agreement of phase and status with it), in whatever order the members come. Anything that
 * binding would report, a duplicate or unknown member among it, turns the read over to the tree.
 */
final class ProcessInstanceStream implements StreamBinder<ProcessInstance> {

  private static final String TYPE = DocumentType.PROCESS_INSTANCE.code();

  private final ProcessInstanceWire wire;

  ProcessInstanceStream(ProcessInstanceWire wire) {
    this.wire = wire;
  }

  @Override
  public ProcessInstance read(TokenReader in) {
    String id = null;
    Municipality municipality = null;
    ProcessInstanceWire.DefinitionRef ref = null;
    DefinitionMigration migration = null;
    String phase = null;
    ProcessStatus status = null;
    Journal journal = null;
    int seen = 0;
    in.startObject();
    for (String name = in.nextName(); name != null; name = in.nextName()) {
      switch (name) {
        case Envelope.SCHEMA_VERSION -> {
          seen = TokenReader.once(seen, 1);
          if (!Envelope.isKnownCurrent(in.string())) {
            throw TokenReader.fallback();
          }
        }
        case Envelope.DOCUMENT_TYPE -> {
          seen = TokenReader.once(seen, 1 << 1);
          if (!in.string().equals(TYPE)) {
            throw TokenReader.fallback();
          }
        }
        case "id" -> {
          seen = TokenReader.once(seen, 1 << 2);
          id = in.string();
        }
        case "municipality" -> {
          seen = TokenReader.once(seen, 1 << 3);
          municipality = municipality(in);
        }
        case "definition" -> {
          seen = TokenReader.once(seen, 1 << 4);
          ref = ref(in);
        }
        case "migration" -> {
          seen = TokenReader.once(seen, 1 << 5);
          migration = migration(in);
        }
        case "phase" -> {
          seen = TokenReader.once(seen, 1 << 6);
          phase = in.string();
        }
        case "status" -> {
          seen = TokenReader.once(seen, 1 << 7);
          status = in.code(ProcessStatus::fromCode);
        }
        case "journal" -> {
          seen = TokenReader.once(seen, 1 << 8);
          journal = journal(in);
        }
        default -> throw TokenReader.fallback();
      }
    }
    if ((seen & 0b11) != 0b11
        || id == null
        || municipality == null
        || ref == null
        || phase == null
        || status == null
        || journal == null) {
      throw TokenReader.fallback();
    }
    // The tree binding's own checks, on a problem list of its own: any problem it records means
    // the tree path must read the document and report it.
    Problems problems = new Problems(ReadMode.STRICT);
    ProcessInstance replayed = wire.replay(problems, ref, migration, journal);
    ProcessInstance instance =
        replayed == null
            ? null
            : ProcessInstanceWire.agreed(problems, replayed, id, municipality, phase, status);
    if (instance == null || problems.errorCount() > 0) {
      throw TokenReader.fallback();
    }
    return instance;
  }

  private static Municipality municipality(TokenReader in) {
    String name = null;
    String number = null;
    int seen = 0;
    in.startObject();
    for (String member = in.nextName(); member != null; member = in.nextName()) {
      switch (member) {
        case "name" -> {
          seen = TokenReader.once(seen, 1);
          name = in.string();
        }
        case "number" -> {
          seen = TokenReader.once(seen, 1 << 1);
          number = in.string();
        }
        default -> throw TokenReader.fallback();
      }
    }
    if (name == null || number == null) {
      throw TokenReader.fallback();
    }
    return Municipality.of(name, number);
  }

  private static ProcessInstanceWire.DefinitionRef ref(TokenReader in) {
    String id = null;
    long version = 0;
    Digest digest = null;
    int seen = 0;
    in.startObject();
    for (String member = in.nextName(); member != null; member = in.nextName()) {
      switch (member) {
        case "id" -> {
          seen = TokenReader.once(seen, 1);
          id = in.string();
        }
        case "version" -> {
          seen = TokenReader.once(seen, 1 << 1);
          version = in.integer(1, Integer.MAX_VALUE);
        }
        case "digest" -> {
          seen = TokenReader.once(seen, 1 << 2);
          digest = in.parsed(Digest::parse);
        }
        default -> throw TokenReader.fallback();
      }
    }
    if (id == null || (seen & 0b10) == 0 || digest == null) {
      throw TokenReader.fallback();
    }
    return new ProcessInstanceWire.DefinitionRef(id, version, digest);
  }

  private static DefinitionMigration migration(TokenReader in) {
    Digest from = null;
    Map<String, String> phaseCodes = null;
    int seen = 0;
    in.startObject();
    for (String member = in.nextName(); member != null; member = in.nextName()) {
      switch (member) {
        case "fromDigest" -> {
          seen = TokenReader.once(seen, 1);
          from = in.parsed(Digest::parse);
        }
        case "phaseCodes" -> {
          seen = TokenReader.once(seen, 1 << 1);
          phaseCodes = in.stringMap();
        }
        default -> throw TokenReader.fallback();
      }
    }
    if (from == null || phaseCodes == null) {
      throw TokenReader.fallback();
    }
    return DefinitionMigration.builder().fromDigest(from).phaseCodes(phaseCodes).build();
  }

  private Journal journal(TokenReader in) {
    List<JournalEntry> entries = null;
    Digest head = null;
    int seen = 0;
    in.startObject();
    for (String member = in.nextName(); member != null; member = in.nextName()) {
      switch (member) {
        case "entries" -> {
          seen = TokenReader.once(seen, 1);
          entries = new ArrayList<>();
          in.startArray();
          while (in.nextItem()) {
            entries.add(entry(in));
          }
        }
        case "headDigest" -> {
          seen = TokenReader.once(seen, 1 << 1);
          head = in.parsed(Digest::parse);
        }
        default -> throw TokenReader.fallback();
      }
    }
    if (entries == null || head == null) {
      throw TokenReader.fallback();
    }
    Journal journal = wire.verified(new Problems(ReadMode.STRICT), "/journal", entries, head);
    if (journal == null) {
      throw TokenReader.fallback();
    }
    return journal;
  }

  /**
   * One journal entry; the members as {@link ProcessInstanceWire}'s {@code readEntry} reads them.
   */
  private static JournalEntry entry(TokenReader in) {
    Entry entry = new Entry();
    in.startObject();
    for (String member = in.nextName(); member != null; member = in.nextName()) {
      entry.member(in, member);
    }
    return entry.build();
  }

  /** The members of one entry as they are read. */
  private static final class Entry {
    private int seen;
    private long sequence;
    private @Nullable Instant time;
    private @Nullable String actorId;
    private @Nullable String role;
    private @Nullable String trigger;
    private @Nullable String fromPhase;
    private @Nullable String toPhase;
    private @Nullable ProcessStatus status;
    private @Nullable String note;
    private @Nullable List<String> evidence;
    private List<Salt> salts = List.of();
    private @Nullable Digest erasedNote;
    private List<Digest> erasedEvidence = List.of();
    private @Nullable Map<String, String> attributes;
    private @Nullable String chainKeyId;
    private @Nullable Digest digest;

    void member(TokenReader in, String member) {
      switch (member) {
        case "sequence" -> {
          seen = TokenReader.once(seen, 1);
          sequence = in.integer(1, Long.MAX_VALUE);
        }
        case "time" -> {
          seen = TokenReader.once(seen, 1 << 1);
          time = in.parsed(Instants::parse);
        }
        case "actorId" -> {
          seen = TokenReader.once(seen, 1 << 2);
          actorId = in.string();
        }
        case "role" -> {
          seen = TokenReader.once(seen, 1 << 3);
          role = in.string();
        }
        case "trigger" -> {
          seen = TokenReader.once(seen, 1 << 4);
          trigger = in.string();
        }
        case "fromPhase" -> {
          seen = TokenReader.once(seen, 1 << 5);
          fromPhase = in.string();
        }
        case "toPhase" -> {
          seen = TokenReader.once(seen, 1 << 6);
          toPhase = in.string();
        }
        case "status" -> {
          seen = TokenReader.once(seen, 1 << 7);
          status = in.code(ProcessStatus::fromCode);
        }
        case "note" -> {
          seen = TokenReader.once(seen, 1 << 8);
          note = in.emptyable();
        }
        case "evidence" -> {
          seen = TokenReader.once(seen, 1 << 9);
          evidence = in.list(text -> text);
        }
        case "salts" -> {
          seen = TokenReader.once(seen, 1 << 10);
          salts = in.list(Salt::parse);
        }
        case "erasedNote" -> {
          seen = TokenReader.once(seen, 1 << 11);
          erasedNote = in.parsed(Digest::parse);
        }
        case "erasedEvidence" -> {
          seen = TokenReader.once(seen, 1 << 12);
          erasedEvidence = in.list(Digest::parse);
        }
        case "attributes" -> {
          seen = TokenReader.once(seen, 1 << 13);
          attributes = in.stringMap();
        }
        case "chainKeyId" -> {
          seen = TokenReader.once(seen, 1 << 14);
          chainKeyId = in.parsed(ProcessInstanceWire::keyId);
        }
        case "digest" -> {
          seen = TokenReader.once(seen, 1 << 15);
          digest = in.parsed(Digest::parse);
        }
        default -> throw TokenReader.fallback();
      }
    }

    JournalEntry build() {
      if ((seen & 1) == 0
          || time == null
          || actorId == null
          || role == null
          || trigger == null
          || fromPhase == null
          || toPhase == null
          || status == null
          || evidence == null
          || attributes == null
          || digest == null) {
        throw TokenReader.fallback();
      }
      return JournalEntry.builder()
          .sequence(sequence)
          .time(time)
          .actorId(actorId)
          .role(role)
          .trigger(trigger)
          .fromPhase(fromPhase)
          .toPhase(toPhase)
          .status(status)
          .note(Optional.ofNullable(note))
          .evidence(evidence)
          .attributes(attributes)
          .chainKeyId(Optional.ofNullable(chainKeyId))
          .salts(salts)
          .erasedNote(Optional.ofNullable(erasedNote))
          .erasedEvidence(erasedEvidence)
          .recordedDigest(digest)
          .build();
    }
  }
}

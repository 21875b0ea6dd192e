package no.levehelelivet.serialization.internal.wire.v2;

import com.google.common.collect.ImmutableList;
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

/**
 * The {@code process-instance} document read straight from its tokens: the same members, rules and
 * checks as {@link ProcessInstanceWire}'s tree binding (every member's type, blank strings,
 * canonical instants and digests, known codes, the digest chain, the replay on the definition and
 * the agreement of phase and status with it), in whatever order the members come. Anything that
 * binding would report, a duplicate or unknown member among it, turns the read over to the tree.
 */
final class ProcessInstanceStream implements StreamBinder<ProcessInstance> {

  private static final String TYPE = DocumentType.PROCESS_INSTANCE.code();

  /** The document's members, in the order they are written; each index is a case below. */
  private static final TokenReader.Names DOCUMENT =
      TokenReader.names(
          Envelope.SCHEMA_VERSION,
          Envelope.DOCUMENT_TYPE,
          "id",
          "municipality",
          "definition",
          "migration",
          "phase",
          "status",
          "journal");

  private static final TokenReader.Names MUNICIPALITY = TokenReader.names("name", "number");

  private static final TokenReader.Names DEFINITION = TokenReader.names("id", "version", "digest");

  private static final TokenReader.Names MIGRATION = TokenReader.names("fromDigest", "phaseCodes");

  private static final TokenReader.Names JOURNAL = TokenReader.names("entries", "headDigest");

  private static final TokenReader.Names ENTRY =
      TokenReader.names(
          "sequence",
          "time",
          "actorId",
          "role",
          "trigger",
          "fromPhase",
          "toPhase",
          "status",
          "note",
          "evidence",
          "salts",
          "erasedNote",
          "erasedEvidence",
          "attributes",
          "chainKeyId",
          "digest");

  private final ProcessInstanceWire wire;

  ProcessInstanceStream(ProcessInstanceWire wire) {
    this.wire = wire;
  }

  @Override
  public ProcessInstance read(TokenReader in) {
    boolean known = false;
    boolean typed = false;
    String id = null;
    Municipality municipality = null;
    ProcessInstanceWire.DefinitionRef ref = null;
    DefinitionMigration migration = null;
    String phase = null;
    ProcessStatus status = null;
    Journal journal = null;
    in.startObject();
    for (int member = in.nextMember(DOCUMENT); member >= 0; member = in.nextMember(DOCUMENT)) {
      switch (member) {
        case 0 -> known = Envelope.isKnownCurrent(in.string());
        case 1 -> typed = in.string().equals(TYPE);
        case 2 -> id = in.string();
        case 3 -> municipality = municipality(in);
        case 4 -> ref = ref(in);
        case 5 -> migration = migration(in);
        case 6 -> phase = in.string();
        case 7 -> status = in.parsed(ProcessStatus::fromCode);
        default -> journal = journal(in);
      }
    }
    if (!known
        || !typed
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
    in.startObject();
    for (int member = in.nextMember(MUNICIPALITY);
        member >= 0;
        member = in.nextMember(MUNICIPALITY)) {
      if (member == 0) {
        name = in.string();
      } else {
        number = in.string();
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
    in.startObject();
    for (int member = in.nextMember(DEFINITION); member >= 0; member = in.nextMember(DEFINITION)) {
      switch (member) {
        case 0 -> id = in.string();
        case 1 -> version = in.integer(1, Integer.MAX_VALUE);
        default -> digest = in.parsed(Digest::parse);
      }
    }
    if (id == null || version == 0 || digest == null) {
      throw TokenReader.fallback();
    }
    return new ProcessInstanceWire.DefinitionRef(id, version, digest);
  }

  private static DefinitionMigration migration(TokenReader in) {
    Digest from = null;
    Map<String, String> phaseCodes = null;
    in.startObject();
    for (int member = in.nextMember(MIGRATION); member >= 0; member = in.nextMember(MIGRATION)) {
      if (member == 0) {
        from = in.parsed(Digest::parse);
      } else {
        phaseCodes = in.stringMap();
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
    in.startObject();
    for (int member = in.nextMember(JOURNAL); member >= 0; member = in.nextMember(JOURNAL)) {
      if (member == 0) {
        entries = new ArrayList<>();
        in.startArray();
        while (in.nextItem()) {
          entries.add(entry(in));
        }
      } else {
        head = in.parsed(Digest::parse);
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
    long sequence = 0;
    Instant time = null;
    String actorId = null;
    String role = null;
    String trigger = null;
    String fromPhase = null;
    String toPhase = null;
    ProcessStatus status = null;
    String note = null;
    List<String> evidence = null;
    List<Salt> salts = ImmutableList.of();
    Digest erasedNote = null;
    List<Digest> erasedEvidence = ImmutableList.of();
    Map<String, String> attributes = null;
    String chainKeyId = null;
    Digest digest = null;
    in.startObject();
    for (int member = in.nextMember(ENTRY); member >= 0; member = in.nextMember(ENTRY)) {
      switch (member) {
        case 0 -> sequence = in.integer(1, Long.MAX_VALUE);
        case 1 -> time = in.parsed(Instants::parse);
        case 2 -> actorId = in.string();
        case 3 -> role = in.string();
        case 4 -> trigger = in.string();
        case 5 -> fromPhase = in.string();
        case 6 -> toPhase = in.string();
        case 7 -> status = in.parsed(ProcessStatus::fromCode);
        case 8 -> note = in.emptyable();
        case 9 -> evidence = in.list(text -> text);
        case 10 -> salts = in.list(Salt::parse);
        case 11 -> erasedNote = in.parsed(Digest::parse);
        case 12 -> erasedEvidence = in.list(Digest::parse);
        case 13 -> attributes = in.sortedStringMap();
        case 14 -> chainKeyId = in.parsed(ProcessInstanceWire::keyId);
        default -> digest = in.parsed(Digest::parse);
      }
    }
    if (sequence == 0
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

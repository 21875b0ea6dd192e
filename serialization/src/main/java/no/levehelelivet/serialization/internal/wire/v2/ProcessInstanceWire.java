package no.levehelelivet.serialization.internal.wire.v2;

import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.core.internal.Echo;
import no.levehelelivet.process.DefinitionMigration;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.ProcessStatus;
import no.levehelelivet.process.ReplayFailure;
import no.levehelelivet.process.ReplayResult;
import no.levehelelivet.process.Replayed;
import no.levehelelivet.process.journal.ChainKey;
import no.levehelelivet.process.journal.Digest;
import no.levehelelivet.process.journal.Journal;
import no.levehelelivet.process.journal.JournalCode;
import no.levehelelivet.process.journal.JournalEntry;
import no.levehelelivet.process.journal.JournalProblem;
import no.levehelelivet.process.journal.Salt;
import no.levehelelivet.process.journal.Verification;
import no.levehelelivet.serialization.WireCode;
import no.levehelelivet.serialization.internal.DocumentBinder;
import no.levehelelivet.serialization.internal.Fields;
import no.levehelelivet.serialization.internal.JsonOut;
import no.levehelelivet.serialization.internal.Problems;
import no.levehelelivet.serialization.internal.StreamBinder;
import org.jspecify.annotations.Nullable;

/**
 * The {@code process-instance} document, major 2: one municipality's run of a process with its
 * whole journal. Members, in this order:
 *
 * <ol>
 *   <li>{@code id}; {@code municipality} ({@code name}, {@code number}); {@code definition} ({@code
 *       id}, {@code version}, {@code digest}: the definition it runs on); {@code migration}, only
 *       for an instance moved onto that definition from the one its journal was started under:
 *       {@code fromDigest} (that definition's digest) and {@code phaseCodes} (an object of old
 *       phase code to new), which reading replays the journal with;
 *   <li>{@code phase} and {@code status}: the current phase code and status code, for readers that
 *       do not replay; a reader checks them against the journal;
 *   <li>{@code journal}: {@code entries}, each with {@code sequence}, {@code time} (an instant in
 *       UTC, such as {@code "2026-11-24T09:30:00Z"}), {@code actorId}, {@code role}, {@code
 *       trigger}, {@code fromPhase}, {@code toPhase}, {@code status}, optional {@code note}, {@code
 *       evidence}, {@code attributes} (an object of strings, keys in order), since minor 1 an
 *       optional {@code chainKeyId} (the id of the chain key a sealed entry is chained under; the
 *       document declares minor 1 only when it holds one), since minor 2 an optional {@code salts}
 *       (one 64-hex-digit salt per free text of an entry whose texts are salted: the note's first,
 *       then each evidence reference's), {@code erasedNote} and {@code erasedEvidence} (the
 *       64-hex-digit salted digests of a redacted entry's note and evidence, whose texts are gone;
 *       the document declares minor 2 only when it holds one of these) and {@code digest} (the
 *       SHA-256 chain digest after the entry, 64 lowercase hex digits); then {@code headDigest},
 *       the digest after the last entry, required: it is what catches a journal cut short.
 * </ol>
 *
 * <p>Reading verifies the digest chain with the journal's own {@link Journal#verify(Digest)} and
 * reports a changed, removed, reordered or inserted entry ({@code LHL-S-030}) at the entry, naming
 * its sequence number; then it rebuilds the instance by replaying the journal on the definition
 * ({@link ProcessEngine#replay}), which the codec must know ({@code LHL-S-032}); a journal the
 * definition does not allow is {@code LHL-S-031}. A process read and written again gives the same
 * bytes.
 */
final class ProcessInstanceWire implements DocumentBinder<ProcessInstance> {

  private final ImmutableMap<String, ProcessDefinition> definitions;
  private final ImmutableMap<String, ChainKey> chainKeys;
  private final ProcessInstanceStream stream;

  /**
   * A binder that knows the given definitions, keyed by {@code id@version}, and verifies journals
   * sealed under one of {@code chainKeys} under it (a later key replaces an earlier of the same
   * id).
   */
  public ProcessInstanceWire(
      Map<String, ProcessDefinition> definitions, Iterable<ChainKey> chainKeys) {
    this.definitions = ImmutableMap.copyOf(definitions);
    Map<String, ChainKey> byId = new LinkedHashMap<>();
    for (ChainKey key : chainKeys) {
      byId.put(key.keyId(), key);
    }
    this.chainKeys = ImmutableMap.copyOf(byId);
    this.stream = new ProcessInstanceStream(this);
  }

  @Override
  public StreamBinder<ProcessInstance> streaming() {
    return stream;
  }

  /**
   * Minor 2 for a journal with salted or redacted entries ({@code salts}, {@code erasedNote},
   * {@code erasedEvidence}), otherwise minor 1 for one with sealed entries ({@code chainKeyId}),
   * otherwise minor 0.
   */
  @Override
  public int minor(ProcessInstance instance) {
    int minor = 0;
    for (JournalEntry entry : instance.journal()) {
      if (entry.isSalted() || entry.isRedacted()) {
        return 2;
      }
      if (entry.chainKeyId().isPresent()) {
        minor = 1;
      }
    }
    return minor;
  }

  /** The key a definition is known by: {@code id@version}. */
  public static String key(ProcessDefinition definition) {
    return definition.id() + "@" + definition.version();
  }

  @Override
  public void write(JsonOut out, ProcessInstance instance) {
    out.string("id", instance.id());
    out.startObject("municipality");
    MunicipalityWire.INSTANCE.write(out, instance.municipality());
    out.endObject();
    out.startObject("definition");
    out.string("id", instance.definitionId());
    out.number("version", instance.definitionVersion());
    out.string("digest", instance.definitionDigest().hex());
    out.endObject();
    if (instance.migration().isPresent()) {
      writeMigration(out, instance.migration().get());
    }
    out.string("phase", instance.phase());
    out.code("status", instance.status());
    Journal journal = instance.journal();
    out.startObject("journal");
    out.startArray("entries");
    for (long position = 1; position <= journal.size(); position++) {
      writeEntry(out, journal.entry(position), journal.digest(position));
    }
    out.endArray();
    out.string("headDigest", journal.headDigest().hex());
    out.endObject();
  }

  private static void writeMigration(JsonOut out, DefinitionMigration migration) {
    out.startObject("migration");
    out.string("fromDigest", migration.fromDigest().hex());
    out.startObject("phaseCodes");
    migration.phaseCodes().forEach(out::string);
    out.endObject();
    out.endObject();
  }

  @SuppressWarnings("NullAway") // as in read()
  private static @Nullable DefinitionMigration readMigration(Fields fields) {
    Digest from = fields.parsed("fromDigest", true, "64 lowercase hex digits", Digest::parse);
    Map<String, String> phaseCodes = fields.stringMap("phaseCodes");
    return fields.build(
        ImmutableMap.of(),
        () -> DefinitionMigration.builder().fromDigest(from).phaseCodes(phaseCodes).build());
  }

  private static void writeEntry(JsonOut out, JournalEntry entry, Digest digest) {
    out.startObject();
    out.number("sequence", entry.sequence());
    out.string("time", Instants.format(entry.time()));
    out.string("actorId", entry.actorId());
    out.string("role", entry.role());
    out.string("trigger", entry.trigger());
    out.string("fromPhase", entry.fromPhase());
    out.string("toPhase", entry.toPhase());
    out.code("status", entry.status());
    out.optional("note", entry.note());
    out.texts("evidence", entry.evidence());
    if (entry.isSalted()) {
      out.texts("salts", entry.salts());
    }
    if (entry.erasedNote().isPresent()) {
      out.string("erasedNote", entry.erasedNote().get().hex());
    }
    if (!entry.erasedEvidence().isEmpty()) {
      out.texts("erasedEvidence", entry.erasedEvidence());
    }
    out.startObject("attributes");
    entry.attributes().forEach(out::string);
    out.endObject();
    out.optional("chainKeyId", entry.chainKeyId());
    out.string("digest", digest.hex());
    out.endObject();
  }

  @SuppressWarnings("NullAway") // build() runs the builder only when every required member is bound
  @Override
  public @Nullable ProcessInstance read(Fields fields) {
    String id = fields.string("id");
    Municipality municipality =
        fields.object("municipality", true, MunicipalityWire.INSTANCE::read);
    DefinitionRef ref = fields.object("definition", true, ProcessInstanceWire::readRef);
    DefinitionMigration migration =
        fields.object("migration", false, ProcessInstanceWire::readMigration);
    String phase = fields.string("phase");
    ProcessStatus status = fields.code("status", true, ProcessStatus::fromCode);
    Journal journal = fields.object("journal", true, this::readJournal);
    ProcessInstance instance =
        fields.build(ImmutableMap.of(), () -> replay(fields.problems(), ref, migration, journal));
    return instance == null
        ? null
        : agreed(fields.problems(), instance, id, municipality, phase, status);
  }

  /**
   * The replayed instance if the document's own id, municipality, phase and status agree with it,
   * else null after recording each that does not.
   */
  static @Nullable ProcessInstance agreed(
      Problems problems,
      ProcessInstance instance,
      String id,
      Municipality municipality,
      String phase,
      ProcessStatus status) {
    int errors = problems.errorCount();
    agree(problems, "/id", instance.id(), id);
    agree(problems, "/municipality", instance.municipality(), municipality);
    agree(problems, "/phase", instance.phase(), phase);
    agree(problems, "/status", instance.status(), status);
    return problems.errorCount() > errors ? null : instance;
  }

  private static void agree(Problems problems, String pointer, Object replayed, Object written) {
    if (!replayed.equals(written)) {
      problems.error(
          WireCode.INCONSISTENT_VALUES,
          pointer,
          "the document says "
              + Echo.cut(String.valueOf(written))
              + " but its journal gives "
              + Echo.cut(String.valueOf(replayed)),
          null);
    }
  }

  /**
   * The instance the journal replays to on the definition {@code ref} names, or null after
   * recording why there is none.
   */
  @Nullable ProcessInstance replay(
      Problems problems,
      DefinitionRef ref,
      @Nullable DefinitionMigration migration,
      Journal journal) {
    ProcessDefinition definition = definitions.get(ref.id + "@" + ref.version);
    if (definition == null || !definition.digest().equals(ref.digest)) {
      problems.error(
          WireCode.UNKNOWN_DEFINITION,
          "/definition",
          "this codec does not know definition "
              + Echo.cut(ref.id)
              + " version "
              + ref.version
              + " with digest "
              + ref.digest
              + (definition == null ? "" : " (it knows another digest for that version)")
              + "; register it with WireCodec.builder().definition(...)",
          null);
      return null;
    }
    ReplayResult result =
        migration == null
            ? ProcessInstance.replay(definition, journal)
            : ProcessInstance.replay(definition, journal, migration);
    if (result instanceof ReplayFailure failure) {
      long sequence = failure.sequence();
      problems.error(
          WireCode.JOURNAL_NOT_REPLAYABLE,
          sequence >= 1 && sequence <= journal.size()
              ? "/journal/entries/" + (sequence - 1)
              : "/journal",
          failure.message(),
          null);
      return null;
    }
    return ((Replayed) result).instance();
  }

  /** What the instance document says about its definition. */
  static final class DefinitionRef {
    final String id;
    final long version;
    final Digest digest;

    DefinitionRef(String id, long version, Digest digest) {
      this.id = id;
      this.version = version;
      this.digest = digest;
    }
  }

  @SuppressWarnings("NullAway") // as in read()
  private static @Nullable DefinitionRef readRef(Fields fields) {
    String id = fields.string("id");
    Long version = fields.integer("version", 1, Integer.MAX_VALUE);
    Digest digest = fields.parsed("digest", true, "64 lowercase hex digits", Digest::parse);
    return fields.build(ImmutableMap.of(), () -> new DefinitionRef(id, version, digest));
  }

  @SuppressWarnings("NullAway") // as in read()
  private @Nullable Journal readJournal(Fields fields) {
    List<JournalEntry> entries = fields.objects("entries", ProcessInstanceWire::readEntry);
    // Required: without it, a journal cut after any entry, with phase and status set to match,
    // would read as intact.
    Digest head = fields.parsed("headDigest", true, "64 lowercase hex digits", Digest::parse);
    return fields.build(
        ImmutableMap.of(), () -> verified(fields.problems(), fields.pointer(), entries, head));
  }

  /**
   * The journal of {@code entries} if its chain is intact up to {@code head}, else null after
   * recording the first entry that breaks it, under the journal's pointer {@code at}.
   */
  @Nullable Journal verified(
      Problems problems, String at, List<JournalEntry> entries, Digest head) {
    Journal journal = sealedUnder(Journal.of(entries));
    Verification verification = journal.verify(head);
    if (verification.isIntact()) {
      return journal;
    }
    JournalProblem problem = verification.problem().orElseThrow();
    long position = problem.position();
    problems.error(
        problem.code() == JournalCode.KEY_REQUIRED
            ? WireCode.CHAIN_KEY_UNKNOWN
            : WireCode.JOURNAL_TAMPERED,
        position > entries.size() ? at + "/headDigest" : at + "/entries/" + (position - 1),
        "entry with sequence number "
            + (position > entries.size() ? entries.size() : position)
            + ": "
            + problem.message(),
        null);
    return null;
  }

  /** The journal given the chain key its first sealed entry names, if the codec knows it. */
  private Journal sealedUnder(Journal journal) {
    for (JournalEntry entry : journal) {
      if (entry.chainKeyId().isPresent()) {
        ChainKey key = chainKeys.get(entry.chainKeyId().get());
        return key == null ? journal : journal.withChainKey(key);
      }
    }
    return journal;
  }

  @SuppressWarnings("NullAway") // as in read()
  private static @Nullable JournalEntry readEntry(Fields fields) {
    Long sequence = fields.integer("sequence", 1, Long.MAX_VALUE);
    Instant time =
        fields.parsed(
            "time", true, "an instant in UTC such as \"2026-11-24T09:30:00Z\"", Instants::parse);
    String actorId = fields.string("actorId");
    String role = fields.string("role");
    String trigger = fields.string("trigger");
    String fromPhase = fields.string("fromPhase");
    String toPhase = fields.string("toPhase");
    ProcessStatus status = fields.code("status", true, ProcessStatus::fromCode);
    String note = fields.emptyableOptional("note");
    List<String> evidence = fields.list("evidence", "a string", text -> text);
    List<Salt> salts = optionalHexes(fields, "salts", Salt::parse);
    Digest erasedNote =
        fields.parsed("erasedNote", false, "64 lowercase hex digits", Digest::parse);
    List<Digest> erasedEvidence = optionalHexes(fields, "erasedEvidence", Digest::parse);
    Map<String, String> attributes = fields.stringMap("attributes");
    String chainKeyId =
        fields.parsed(
            "chainKeyId",
            false,
            "a chain key id: 1 to 64 ASCII letters, digits, '.', '_' or '-'",
            ProcessInstanceWire::keyId);
    Digest digest = fields.parsed("digest", true, "64 lowercase hex digits", Digest::parse);
    return fields.build(
        ImmutableMap.of(),
        () ->
            JournalEntry.builder()
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
                .build());
  }

  /** An optional array of 64-digit hex strings (since minor 2); empty when absent. */
  private static <T> List<T> optionalHexes(Fields fields, String name, Fields.Parser<T> parser) {
    if (fields.member(name, false) == null) {
      return List.of();
    }
    List<T> values = fields.list(name, "64 lowercase hex digits", parser);
    return values == null ? List.of() : values;
  }

  static String keyId(String text) {
    // ChainKey's rule, checked here so that a bad id is a pointed problem, not a failed build
    ChainKey.of(text, new byte[ChainKey.MINIMUM_SECRET_BYTES]);
    return text;
  }
}

package no.levehelelivet.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalLong;
import no.levehelelivet.core.ArgumentCode;
import no.levehelelivet.core.InvalidValueException;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.process.Actor;
import no.levehelelivet.process.Command;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.Role;
import no.levehelelivet.process.StandardProcess;
import no.levehelelivet.store.Saved;
import no.levehelelivet.store.StoreOptions;
import no.levehelelivet.store.StoreResult;
import org.junit.jupiter.api.Test;

/** Which rows the engine reads to write a step: the whole journal, or the summary row alone. */
class StoreEngineTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC);
  private static final Actor LEAD = Actor.of("kari", Role.PROCESS_LEAD);

  @Test
  void appliesTheFirstStepOnAProcessItCreatedFromTheSummaryRowAlone() {
    StoreEngine engine = new StoreEngine(StoreOptions.defaults());
    CountingBackend backend = new CountingBackend(new InMemoryStore(StoreOptions.defaults()));

    assertThat(engine.create(backend, vefsn()).isSaved()).isTrue();
    StoreResult applied = engine.apply(backend, "vefsn-lhl-1", anchoring(), CLOCK);

    assertThat(applied.isSaved()).isTrue();
    assertThat(backend.reads).isZero();
    assertThat(backend.heads).isEqualTo(1);
  }

  @Test
  void readsTheWholeJournalForTheFirstStepWhenItKeepsNoProcesses() {
    StoreEngine engine = new StoreEngine(StoreOptions.defaults().withCacheBytes(0));
    CountingBackend backend = new CountingBackend(new InMemoryStore(StoreOptions.defaults()));

    assertThat(engine.create(backend, vefsn()).isSaved()).isTrue();
    StoreResult applied = engine.apply(backend, "vefsn-lhl-1", anchoring(), CLOCK);

    assertThat(applied.isSaved()).isTrue();
    assertThat(backend.reads).isEqualTo(1);
  }

  @Test
  void readsTheWholeJournalWhenAnotherWriterMovedTheProcessOnAfterItWasCreated() {
    StoreEngine engine = new StoreEngine(StoreOptions.defaults());
    StoreEngine other = new StoreEngine(StoreOptions.defaults());
    CountingBackend backend = new CountingBackend(new InMemoryStore(StoreOptions.defaults()));

    assertThat(engine.create(backend, vefsn()).isSaved()).isTrue();
    assertThat(other.apply(backend, "vefsn-lhl-1", anchoring(), CLOCK).isSaved()).isTrue();
    backend.reads = 0;
    StoreResult applied =
        engine.apply(
            backend,
            "vefsn-lhl-1",
            Command.recordCriterion(StandardProcess.POLITICAL_ANCHORING, LEAD),
            CLOCK);

    assertThat(applied)
        .isInstanceOfSatisfying(Saved.class, saved -> assertThat(saved.version()).isEqualTo(3));
    assertThat(backend.reads).isEqualTo(1);
  }

  @Test
  void appliesTheNextStepOnAProcessItMovedOnFromTheSummaryRowAlone() {
    StoreEngine engine = new StoreEngine(StoreOptions.defaults());
    CountingBackend backend = new CountingBackend(new InMemoryStore(StoreOptions.defaults()));

    assertThat(engine.create(backend, vefsn()).isSaved()).isTrue();
    assertThat(engine.apply(backend, "vefsn-lhl-1", anchoring(), CLOCK).isSaved()).isTrue();
    StoreResult applied =
        engine.apply(
            backend,
            "vefsn-lhl-1",
            Command.recordCriterion(StandardProcess.POLITICAL_ANCHORING, LEAD),
            CLOCK);

    assertThat(applied)
        .isInstanceOfSatisfying(Saved.class, saved -> assertThat(saved.version()).isEqualTo(3));
    assertThat(backend.reads).isZero();
  }

  @Test
  void appliesAStepOnAProcessItLoadedWithoutReadingTheJournalAgain() {
    StoreEngine engine = new StoreEngine(StoreOptions.defaults());
    StoreEngine other = new StoreEngine(StoreOptions.defaults());
    CountingBackend backend = new CountingBackend(new InMemoryStore(StoreOptions.defaults()));

    assertThat(other.create(backend, vefsn()).isSaved()).isTrue();
    assertThat(engine.load(backend, "vefsn-lhl-1").version()).isEqualTo(1);
    assertThat(backend.reads).isEqualTo(1);
    StoreResult applied = engine.apply(backend, "vefsn-lhl-1", anchoring(), CLOCK);

    assertThat(applied.isSaved()).isTrue();
    assertThat(backend.reads).isEqualTo(1);
  }

  @Test
  void refusesAMunicipalityNameThatStartsWithANulCharacterAndStoresNothing() {
    StoreEngine engine = new StoreEngine(StoreOptions.defaults());
    CountingBackend backend = new CountingBackend(new InMemoryStore(StoreOptions.defaults()));
    ProcessInstance nulFirst =
        ProcessInstance.start(
            ProcessDefinition.standard(),
            "vefsn-lhl-1",
            Municipality.of((char) 0 + "Vefsn", "1824"),
            LEAD,
            CLOCK);

    assertThatThrownBy(() -> engine.create(backend, nulFirst))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo(ArgumentCode.INVALID_VALUE));
    assertThat(engine.find(backend, "vefsn-lhl-1")).isEmpty();
  }

  @Test
  void readsTheWholeJournalWhenItsCacheIsSmallerThanAKilobyte() {
    StoreEngine engine = new StoreEngine(StoreOptions.defaults().withCacheBytes(1000));
    CountingBackend backend = new CountingBackend(new InMemoryStore(StoreOptions.defaults()));

    assertThat(engine.create(backend, vefsn()).isSaved()).isTrue();
    StoreResult applied = engine.apply(backend, "vefsn-lhl-1", anchoring(), CLOCK);

    assertThat(applied.isSaved()).isTrue();
    assertThat(backend.reads).isEqualTo(1);
  }

  private static ProcessInstance vefsn() {
    return ProcessInstance.start(
        ProcessDefinition.standard(), "vefsn-lhl-1", Municipality.of("Vefsn", "1824"), LEAD, CLOCK);
  }

  private static Command anchoring() {
    return Command.recordCriterion(StandardProcess.ADMINISTRATIVE_ANCHORING, LEAD);
  }

  /** A backend that counts the reads of whole processes and of summary rows. */
  private static final class CountingBackend implements Backend {

    private final Backend rows;
    int reads;
    int heads;

    CountingBackend(Backend rows) {
      this.rows = rows;
    }

    @Override
    public Optional<StoredProcess> read(String processId) {
      reads++;
      return rows.read(processId);
    }

    @Override
    public Optional<StoredProcess> head(String processId) {
      heads++;
      return rows.head(processId);
    }

    @Override
    public Optional<ProcessDefinition> definition(String id, int version) {
      return rows.definition(id, version);
    }

    @Override
    public ProcessDefinition keep(ProcessDefinition definition) {
      return rows.keep(definition);
    }

    @Override
    public OptionalLong commit(Change change) {
      return rows.commit(change);
    }
  }
}

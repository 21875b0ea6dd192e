package no.levehelelivet.store;

import static no.levehelelivet.store.Fixtures.ADMIN;
import static no.levehelelivet.store.Fixtures.KEY;
import static no.levehelelivet.store.Fixtures.LEAD;
import static no.levehelelivet.store.Fixtures.T0;
import static no.levehelelivet.store.Fixtures.fired;
import static no.levehelelivet.store.Fixtures.hour;
import static no.levehelelivet.store.Fixtures.record;
import static no.levehelelivet.store.Fixtures.started;
import static no.levehelelivet.store.Fixtures.stepsTo;
import static no.levehelelivet.store.StoreAssertions.assertArgumentCode;
import static no.levehelelivet.store.StoreAssertions.assertStoreCode;
import static no.levehelelivet.store.StoreAssertions.ids;
import static no.levehelelivet.store.StoreAssertions.idsOf;
import static no.levehelelivet.store.StoreAssertions.pages;
import static no.levehelelivet.store.StoreAssertions.saved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.core.ValueLimits;
import no.levehelelivet.process.Accepted;
import no.levehelelivet.process.Actor;
import no.levehelelivet.process.Command;
import no.levehelelivet.process.Effect;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.ProcessStatus;
import no.levehelelivet.process.Reason;
import no.levehelelivet.process.ReasonCode;
import no.levehelelivet.process.Role;
import no.levehelelivet.process.StandardProcess;
import no.levehelelivet.process.Trigger;
import no.levehelelivet.process.journal.Digest;
import no.levehelelivet.process.journal.Journal;
import no.levehelelivet.process.journal.JournalEntry;
import no.levehelelivet.store.Fleet.Plan;
import org.junit.jupiter.api.Test;

/**
 * The promises of {@link ProcessStore} and its {@link Outbox}, as examples every store must pass: a
 * store's test extends this class and makes fresh, empty stores.
 */
public abstract class ProcessStoreContract {

  /** A fresh, empty store with {@code options}. */
  protected abstract ProcessStore newStore(StoreOptions options);

  private ProcessStore newStore() {
    return newStore(StoreOptions.defaults());
  }

  // create, load, find

  @Test
  void aCreatedProcessLoadsBackEqual() {
    ProcessStore store = newStore();
    ProcessInstance instance = fired(started("vefsn-lhl-1"), stepsTo(StandardProcess.MAPPING));

    StoreResult result = store.create(instance);

    Saved saved = saved(result);
    assertThat(saved.instance()).isEqualTo(instance);
    assertThat(saved.entries()).containsExactlyElementsOf(instance.journal().entries());
    assertThat(saved.effects()).isEmpty();
    assertThat(store.load("vefsn-lhl-1")).isEqualTo(instance);
    assertThat(store.find("vefsn-lhl-1")).contains(instance);
    assertThat(store.definition(StandardProcess.ID, 1)).contains(ProcessDefinition.standard());
  }

  @Test
  void creatingAStoredIdAgainIsAConflictWithTheStoredVersion() {
    ProcessStore store = newStore();
    saved(store.create(started("vefsn-lhl-1")));
    saved(store.apply("vefsn-lhl-1", record(ADMIN, StandardProcess.POLITICAL_ANCHORING), hour(1)));

    StoreResult again = store.create(fired(started("vefsn-lhl-1"), stepsTo("mapping")));

    assertThat(again).isEqualTo(Conflict.of("vefsn-lhl-1", 0, 2));
    assertThat(again.isSaved()).isFalse();
    assertThat(store.load("vefsn-lhl-1").version()).isEqualTo(2);
  }

  @Test
  void anUnknownIdIsNotFound() {
    ProcessStore store = newStore();
    saved(store.create(started("vefsn-lhl-1")));

    assertThat(store.find("vefsn-lhl-2")).isEmpty();
    assertThat(store.summary("vefsn-lhl-2")).isEmpty();
    assertStoreCode(() -> store.load("vefsn-lhl-2"), StoreCode.PROCESS_NOT_FOUND);
    assertStoreCode(() -> store.asOf("vefsn-lhl-2", 1), StoreCode.PROCESS_NOT_FOUND);
    assertStoreCode(
        () -> store.apply("vefsn-lhl-2", Command.of(Trigger.BEGIN_MAPPING, LEAD), hour(1)),
        StoreCode.PROCESS_NOT_FOUND);
  }

  @Test
  void definitionsAreKeptOnceByIdAndVersion() {
    ProcessStore store = newStore();
    ProcessDefinition clashing =
        ProcessDefinition.standard()
            .tailor(Fleet.TAILORED.id(), Fleet.TAILORED.version())
            .targetDate(StandardProcess.MAPPING, LocalDate.of(2026, 6, 1))
            .build();
    assertThat(store.definition(Fleet.TAILORED.id(), 1)).isEmpty();

    store.register(Fleet.TAILORED);
    store.register(Fleet.TAILORED);

    assertThat(store.definition(Fleet.TAILORED.id(), 1)).contains(Fleet.TAILORED);
    assertThat(store.definition(Fleet.TAILORED.id(), 2)).isEmpty();
    assertStoreCode(() -> store.register(clashing), StoreCode.DEFINITION_CLASH);
    assertStoreCode(
        () -> store.create(started(clashing, "vefsn-lhl-1", Fixtures.VEFSN)),
        StoreCode.DEFINITION_CLASH);
    assertThat(store.find("vefsn-lhl-1")).isEmpty();
  }

  @Test
  void definitionsListsEveryKeptDefinitionByIdThenVersion() {
    ProcessStore store = newStore();
    ProcessDefinition later = Fleet.TAILORED.withVersion(Fleet.TAILORED.version() + 1);
    assertThat(store.definitions()).isEmpty();

    store.register(later);
    store.register(Fleet.TAILORED);
    saved(store.create(started("vefsn-lhl-1")));

    List<String> keys = store.definitions().stream().map(d -> d.id() + " v" + d.version()).toList();
    assertThat(keys)
        .containsExactlyElementsOf(
            java.util.stream.Stream.of(
                    ProcessDefinition.standard().id()
                        + " v"
                        + ProcessDefinition.standard().version(),
                    Fleet.TAILORED.id() + " v" + Fleet.TAILORED.version(),
                    later.id() + " v" + later.version())
                .sorted()
                .toList());
    assertThat(store.definitions()).contains(Fleet.TAILORED, later);
  }

  // apply

  @Test
  void anAcceptedCommandIsSavedWithItsEntryAndEffects() {
    ProcessStore store = newStore();
    List<Command> steps = stepsTo(StandardProcess.MAPPING);
    ProcessInstance ready = fired(started("vefsn-lhl-1"), steps.subList(0, 3));
    saved(store.create(ready));
    Accepted expected = Fixtures.accepted(ready.fire(steps.get(3), hour(4)));

    Saved saved = saved(store.apply("vefsn-lhl-1", steps.get(3), hour(4)));

    assertThat(saved.version()).isEqualTo(5);
    assertThat(saved.instance()).isEqualTo(expected.instance());
    assertThat(saved.entries()).containsExactly(expected.entry());
    assertThat(saved.entries().get(0).sequence()).isEqualTo(5);
    assertThat(saved.effects()).isEqualTo(expected.effects());
    assertThat(keys(saved.effects())).containsExactly("vefsn-lhl-1/5/0/notify-roles");
    ProcessInstance loaded = store.load("vefsn-lhl-1");
    assertThat(loaded).isEqualTo(expected.instance());
    ProcessSummary summary = store.summary("vefsn-lhl-1").orElseThrow();
    assertThat(summary.phase()).isEqualTo(StandardProcess.MAPPING);
    assertThat(summary.status()).isEqualTo(ProcessStatus.ACTIVE);
    assertThat(summary.version()).isEqualTo(5);
    assertThat(summary.headDigest()).isEqualTo(loaded.journal().headDigest());
    assertThat(summary.nextDeadline()).contains(Fleet.MILESTONE);
    assertThat(summary.lastStep()).isEqualTo(T0.plus(Duration.ofHours(4)));
    assertThat(summary.municipality()).isEqualTo(Fixtures.VEFSN);
    assertThat(summary.definitionId()).isEqualTo(StandardProcess.ID);
    assertThat(summary.definitionVersion()).isEqualTo(1);
    assertThat(store.outbox().pending()).isEqualTo(1);
  }

  @Test
  void aRefusedCommandStoresNothing() {
    ProcessStore store = newStore();
    ProcessInstance instance = started("vefsn-lhl-1");
    saved(store.create(instance));
    ProcessSummary before = store.summary("vefsn-lhl-1").orElseThrow();

    StoreResult result =
        store.apply("vefsn-lhl-1", Command.of(Trigger.BEGIN_MAPPING, LEAD), hour(1));

    assertThat(result).isInstanceOf(Refused.class);
    assertThat(result.isSaved()).isFalse();
    assertThat(((Refused) result).reasons())
        .extracting(Reason::code, reason -> reason.subject().orElseThrow())
        .containsExactlyInAnyOrder(
            tuple(ReasonCode.CRITERION_NOT_MET, StandardProcess.ADMINISTRATIVE_ANCHORING),
            tuple(ReasonCode.CRITERION_NOT_MET, StandardProcess.POLITICAL_ANCHORING),
            tuple(ReasonCode.CRITERION_NOT_MET, StandardProcess.PROCESS_TEAM_APPOINTED));
    assertThat(store.load("vefsn-lhl-1")).isEqualTo(instance);
    assertThat(store.summary("vefsn-lhl-1")).contains(before);
    assertThat(store.outbox().pending()).isZero();
  }

  @Test
  void aCommandOnAStaleVersionIsAConflict() {
    ProcessStore store = newStore();
    saved(store.create(started("vefsn-lhl-1")));
    saved(store.apply("vefsn-lhl-1", record(ADMIN, StandardProcess.POLITICAL_ANCHORING), hour(1)));
    Command stale = record(LEAD, StandardProcess.PROCESS_TEAM_APPOINTED).withExpectedVersion(1);

    StoreResult result = store.apply("vefsn-lhl-1", stale, hour(2));

    assertThat(result).isEqualTo(Conflict.of("vefsn-lhl-1", 1, 2));
    assertThat(store.load("vefsn-lhl-1").version()).isEqualTo(2);
    Saved current = saved(store.apply("vefsn-lhl-1", stale.withExpectedVersion(2), hour(2)));
    assertThat(current.version()).isEqualTo(3);
  }

  // redaction, salts and seals

  @Test
  void redactionThroughTheStoreErasesTextsAndKeepsTheChain() {
    ProcessStore store = newStore(StoreOptions.defaults().withSaltSource(Fixtures.seeded(7)));
    String name = "2026/12 Ola Nordmann";
    String health = "Kari (82) har demens";
    saved(store.create(started("vefsn-lhl-1").withSalts(Fixtures.seeded(42))));
    Command evidence =
        Command.recordCriterion(StandardProcess.ADMINISTRATIVE_ANCHORING, ADMIN, name);
    saved(store.apply("vefsn-lhl-1", evidence, hour(1)));
    saved(
        store.apply(
            "vefsn-lhl-1", Command.answer("what-is-useful-for-you", LEAD, health), hour(2)));
    Journal before = store.load("vefsn-lhl-1").journal();
    assertThat(before.entry(2).evidence()).containsExactly(name);
    assertThat(before.entry(3).note()).contains(health);

    Saved redaction =
        saved(store.redact("vefsn-lhl-1", LEAD, "innsynskrav 2026/77", List.of(2L, 3L), hour(3)));

    Journal after = store.load("vefsn-lhl-1").journal();
    assertThat(redaction.version()).isEqualTo(4);
    assertThat(redaction.effects()).isEmpty();
    assertThat(after.entry(2).evidence()).isEmpty();
    assertThat(after.entry(2).erasedEvidence()).hasSize(1);
    assertThat(after.entry(3).note()).isEmpty();
    assertThat(after.entry(3).erasedNote()).isPresent();
    assertThat(after.entry(4).trigger()).isEqualTo(Trigger.REDACT.code());
    assertThat(after.entry(4).note()).contains("innsynskrav 2026/77");
    assertThat(digests(after, 3)).isEqualTo(digests(before, 3));
    assertThat(after.verify().isIntact()).isTrue();
    assertThat(store.summary("vefsn-lhl-1").orElseThrow().headDigest())
        .isEqualTo(after.headDigest());
    Saved next =
        saved(
            store.apply(
                "vefsn-lhl-1", record(ADMIN, StandardProcess.POLITICAL_ANCHORING), hour(4)));
    assertThat(next.entries().get(0).isSalted()).isTrue();
    assertThat(store.load("vefsn-lhl-1").journal().verify().isIntact()).isTrue();
  }

  @Test
  void onlyTheProcessLeadRedactsAndOnlySaltedTexts() {
    ProcessStore store = newStore();
    saved(store.create(started("vefsn-lhl-1")));
    saved(store.apply("vefsn-lhl-1", record(ADMIN, StandardProcess.POLITICAL_ANCHORING), hour(1)));

    assertArgumentCode(
        () -> store.redact("vefsn-lhl-1", LEAD, "innsynskrav", List.of(2L), hour(2)), "LHL-J-009");
    assertArgumentCode(
        () -> store.redact("vefsn-lhl-1", ADMIN, "innsynskrav", List.of(2L), hour(2)), "LHL-J-010");
    assertThat(store.load("vefsn-lhl-1").version()).isEqualTo(2);
  }

  @Test
  void aSealedProcessStaysSealedThroughAStoreWithTheKey() {
    ProcessStore store = newStore(StoreOptions.defaults().withChainKey(KEY));
    ProcessInstance sealed = started("vefsn-lhl-1").withChainKey(KEY);
    saved(store.create(sealed));

    Saved step =
        saved(
            store.apply(
                "vefsn-lhl-1", record(ADMIN, StandardProcess.POLITICAL_ANCHORING), hour(1)));

    ProcessInstance loaded = store.load("vefsn-lhl-1");
    assertThat(loaded).isEqualTo(step.instance());
    assertThat(step.entries().get(0).chainKeyId()).contains(KEY.keyId());
    assertThat(loaded.journal().entry(2).chainKeyId()).contains(KEY.keyId());
    assertThat(loaded.journal().verify(KEY).isIntact()).isTrue();
    assertThat(store.verifyAll(AuditProgress.NONE).isIntact()).isTrue();
  }

  @Test
  void aStoreWithoutTheChainKeyRefusesToCreateASealedProcess() {
    ProcessStore store = newStore();
    ProcessInstance sealed =
        fired(started("vefsn-lhl-1").withChainKey(KEY), stepsTo(StandardProcess.MAPPING));

    assertStoreCode(() -> store.create(sealed), StoreCode.CHAIN_KEY_UNKNOWN);

    assertThat(store.find("vefsn-lhl-1")).isEmpty();
    assertThat(store.verifyAll(AuditProgress.NONE).checked()).isZero();
  }

  // history

  @Test
  void asOfGivesTheProcessAsItWasAfterEachEntry() {
    ProcessStore store = newStore();
    ProcessInstance instance = started("vefsn-lhl-1");
    saved(store.create(instance));
    List<ProcessInstance> history = new ArrayList<>(List.of(instance));
    for (Command command : stepsTo(StandardProcess.PLAN_AND_DECIDE)) {
      instance = saved(store.apply("vefsn-lhl-1", command, hour(history.size()))).instance();
      history.add(instance);
    }

    for (int sequence = 1; sequence <= history.size(); sequence++) {
      assertThat(store.asOf("vefsn-lhl-1", sequence))
          .as("as of entry %d", sequence)
          .isEqualTo(history.get(sequence - 1));
    }
    assertThat(store.asOf("vefsn-lhl-1", 4).phase()).isEqualTo(StandardProcess.START_UP);
    assertThat(store.asOf("vefsn-lhl-1", 5).phase()).isEqualTo(StandardProcess.MAPPING);
    assertThat(store.asOf("vefsn-lhl-1", 9).phase()).isEqualTo(StandardProcess.PLAN_AND_DECIDE);
    assertArgumentCode(() -> store.asOf("vefsn-lhl-1", 0), "LHL-A-001");
    assertArgumentCode(() -> store.asOf("vefsn-lhl-1", 10), "LHL-A-001");
  }

  // queries

  @Test
  void keysetPagingWalksEveryProcessOnceInIdOrder() {
    ProcessStore store = newStore();
    List<String> ids = Fleet.createIn(store).stream().map(Plan::id).sorted().toList();

    List<ProcessPage> pages = pages(store, ProcessQuery.all().withLimit(7));

    assertThat(pages).extracting(page -> page.processes().size()).containsExactly(7, 7, 7, 4);
    assertThat(pages.get(3).next()).isEmpty();
    assertThat(idsOf(pages)).isEqualTo(ids);
    List<ProcessPage> exact = pages(store, ProcessQuery.all().withLimit(5));
    assertThat(exact).extracting(page -> page.processes().size()).containsExactly(5, 5, 5, 5, 5, 0);
    assertThat(idsOf(exact)).isEqualTo(ids);
  }

  @Test
  void summariesSayWhereEachProcessIs() {
    ProcessStore store = newStore();
    for (Plan plan : Fleet.createIn(store)) {
      ProcessSummary summary = store.summary(plan.id()).orElseThrow();
      assertThat(summary.phase()).as(plan.id()).isEqualTo(plan.phase());
      assertThat(summary.status()).as(plan.id()).isEqualTo(plan.status());
      assertThat(summary.nextDeadline()).as(plan.id()).isEqualTo(plan.deadline());
      assertThat(summary.municipality()).as(plan.id()).isEqualTo(plan.municipality());
      assertThat(summary.definitionId()).as(plan.id()).isEqualTo(plan.definition().id());
      assertThat(summary.headDigest())
          .as(plan.id())
          .isEqualTo(store.load(plan.id()).journal().headDigest());
    }
  }

  @Test
  void queriesFilterByEveryField() {
    ProcessStore store = newStore();
    List<Plan> plans = Fleet.createIn(store);
    ProcessQuery all = ProcessQuery.all().withLimit(7);

    assertThat(ids(store, all.withMunicipality("1820")))
        .hasSize(8)
        .isEqualTo(expected(plans, plan -> plan.municipality().number().equals("1820")));
    assertThat(ids(store, all.withDefinitionId(Fleet.TAILORED.id())))
        .hasSize(6)
        .isEqualTo(expected(plans, plan -> plan.definition() == Fleet.TAILORED));
    assertThat(ids(store, all.withPhase(StandardProcess.MAPPING)))
        .hasSize(5)
        .isEqualTo(expected(plans, plan -> plan.phase().equals(StandardProcess.MAPPING)));
    assertThat(ids(store, all.withStatus(ProcessStatus.PAUSED)))
        .containsExactly("fleet-01", "fleet-07", "fleet-13", "fleet-19");
    assertThat(ids(store, all.withStatus(ProcessStatus.COMPLETED)))
        .containsExactly("fleet-04", "fleet-14", "fleet-24");
    assertThat(ids(store, all.withMunicipality("1804").withStatus(ProcessStatus.ABANDONED)))
        .containsExactly("fleet-02");
    LocalDate newYear = T0.atZone(ZoneOffset.UTC).toLocalDate();
    assertThat(ids(store, all.withOverdueOn(newYear)))
        .hasSize(13)
        .isEqualTo(expected(plans, plan -> overdue(plan, newYear)));
    assertThat(ids(store, all.withOverdueOn(Fleet.TAILORED_TARGET))).hasSize(13);
    assertThat(ids(store, all.withOverdueOn(Fleet.TAILORED_TARGET.plusDays(1))))
        .hasSize(15)
        .contains("fleet-03", "fleet-23");
    assertThat(ids(store, all.withPhase("no-such-phase"))).isEmpty();
  }

  @Test
  void thePortfolioCountsEachPhaseAndStatus() {
    ProcessStore store = newStore();
    Fleet.createIn(store);
    ProcessStatus active = ProcessStatus.ACTIVE;
    ProcessStatus paused = ProcessStatus.PAUSED;
    ProcessStatus abandoned = ProcessStatus.ABANDONED;
    // counted by hand from Fleet's rules
    Portfolio byHand =
        Portfolio.of(
            Map.of(
                StandardProcess.START_UP, Map.of(active, 4L, abandoned, 1L),
                StandardProcess.MAPPING, Map.of(active, 4L, paused, 1L),
                StandardProcess.PLAN_AND_DECIDE, Map.of(active, 3L, paused, 1L, abandoned, 1L),
                StandardProcess.INTEGRATE_INTO_PLANS, Map.of(active, 3L, paused, 1L, abandoned, 1L),
                StandardProcess.IMPLEMENT_AND_EVALUATE,
                    Map.of(active, 1L, paused, 1L, ProcessStatus.COMPLETED, 3L)));

    Portfolio portfolio = store.portfolio(ProcessQuery.all());

    assertThat(portfolio).isEqualTo(byHand);
    assertThat(portfolio.total()).isEqualTo(25);
    assertThat(portfolio.count(active)).isEqualTo(15);
    assertThat(store.portfolio(ProcessQuery.all().withLimit(1).withAfter("fleet-20")))
        .isEqualTo(byHand);
    Portfolio alstahaug = store.portfolio(ProcessQuery.all().withMunicipality("1820"));
    assertThat(alstahaug.total()).isEqualTo(8);
    // 1 and 7 and 13 and 19 are paused; 4 is completed; 10 is abandoned
    assertThat(alstahaug.count(paused)).isEqualTo(4);
    assertThat(alstahaug.count(ProcessStatus.COMPLETED)).isEqualTo(1);
    assertThat(alstahaug.count(abandoned)).isEqualTo(1);
    assertThat(newStore().portfolio(ProcessQuery.all()).total()).isZero();
  }

  // outbox

  @Test
  void theOutboxHandsOutEachProcesssEffectsInOrder() {
    MutableClock clock = new MutableClock(T0);
    ProcessStore store = newStore(StoreOptions.defaults().withClock(clock));
    Saved vefsn = planning(store, "vefsn-lhl-1");
    Saved bodo = planning(store, "bodo-lhl-1");
    assertThat(keys(vefsn.effects()))
        .containsExactly("vefsn-lhl-1/9/0/notify-roles", "vefsn-lhl-1/9/1/report-overdue");
    Outbox outbox = store.outbox();
    assertThat(outbox.pending()).isEqualTo(4);

    List<OutboxEffect> first = outbox.claim(10, Duration.ofMinutes(1));

    assertThat(first)
        .extracting(OutboxEffect::effect)
        .containsExactly(vefsn.effects().get(0), bodo.effects().get(0));
    assertThat(first).extracting(OutboxEffect::attempt).containsExactly(1, 1);
    assertThat(first)
        .extracting(OutboxEffect::leaseUntil)
        .containsOnly(T0.plus(Duration.ofMinutes(1)));
    assertThat(first.get(0).idempotencyKey()).isEqualTo("vefsn-lhl-1/9/0/notify-roles");
    assertThat(outbox.claim(10, Duration.ofMinutes(1))).isEmpty();
    assertThat(outbox.complete(first.get(0))).isTrue();
    List<OutboxEffect> second = outbox.claim(10, Duration.ofMinutes(1));
    assertThat(keys(second)).containsExactly("vefsn-lhl-1/9/1/report-overdue");
    assertThat(outbox.complete(second.get(0))).isTrue();
    assertThat(outbox.complete(first.get(1))).isTrue();
    assertThat(keys(outbox.claim(10, Duration.ofMinutes(1))))
        .containsExactly("bodo-lhl-1/9/1/report-overdue");
    assertThat(outbox.pending()).isEqualTo(1);
  }

  @Test
  void aCompletedEffectIsNeverHandedOutAgain() {
    MutableClock clock = new MutableClock(T0);
    ProcessStore store = newStore(StoreOptions.defaults().withClock(clock));
    mapping(store, "vefsn-lhl-1");
    OutboxEffect claimed = store.outbox().claim(1, Duration.ofMinutes(1)).get(0);

    assertThat(store.outbox().complete(claimed)).isTrue();

    clock.advance(Duration.ofHours(1));
    assertThat(store.outbox().claim(10, Duration.ofMinutes(1))).isEmpty();
    assertThat(store.outbox().pending()).isZero();
    assertThat(store.outbox().complete(claimed)).isFalse();
  }

  @Test
  void anExpiredLeaseMakesTheEffectClaimableAgainAndTheOldClaimStale() {
    MutableClock clock = new MutableClock(T0);
    ProcessStore store = newStore(StoreOptions.defaults().withClock(clock));
    mapping(store, "vefsn-lhl-1");
    Outbox outbox = store.outbox();
    OutboxEffect first = outbox.claim(10, Duration.ofMinutes(1)).get(0);
    clock.advance(Duration.ofSeconds(59));
    assertThat(outbox.claim(10, Duration.ofMinutes(1))).isEmpty();

    clock.advance(Duration.ofSeconds(2));
    List<OutboxEffect> again = outbox.claim(10, Duration.ofMinutes(1));

    assertThat(again).hasSize(1);
    OutboxEffect second = again.get(0);
    assertThat(second.idempotencyKey()).isEqualTo("vefsn-lhl-1/5/0/notify-roles");
    assertThat(second.attempt()).isEqualTo(2);
    assertThat(second.claimId()).isNotEqualTo(first.claimId());
    assertThat(outbox.complete(first)).isFalse();
    assertThat(outbox.fail(first, "late")).isFalse();
    assertThat(outbox.complete(second)).isTrue();
    assertThat(outbox.pending()).isZero();
  }

  @Test
  void aFailedEffectIsHandedOutAgainBeforeTheOnesAfterIt() {
    MutableClock clock = new MutableClock(T0);
    ProcessStore store = newStore(StoreOptions.defaults().withClock(clock));
    planning(store, "vefsn-lhl-1");
    Outbox outbox = store.outbox();
    OutboxEffect first = outbox.claim(10, Duration.ofMinutes(5)).get(0);

    assertThat(outbox.fail(first, "smtp: connection refused")).isTrue();

    List<OutboxEffect> again = outbox.claim(10, Duration.ofMinutes(5));
    assertThat(keys(again)).containsExactly("vefsn-lhl-1/9/0/notify-roles");
    assertThat(again.get(0).attempt()).isEqualTo(2);
    assertThat(outbox.complete(first)).isFalse();
    assertThat(outbox.complete(again.get(0))).isTrue();
    assertThat(keys(outbox.claim(10, Duration.ofMinutes(5))))
        .containsExactly("vefsn-lhl-1/9/1/report-overdue");
  }

  @Test
  void pendingShowsWhatWaitsWithoutClaimingIt() {
    MutableClock clock = new MutableClock(T0);
    ProcessStore store = newStore(StoreOptions.defaults().withClock(clock));
    Saved vefsn = planning(store, "vefsn-lhl-1");
    Outbox outbox = store.outbox();
    OutboxEffect first = outbox.claim(1, Duration.ofMinutes(5)).get(0);
    assertThat(outbox.fail(first, "smtp: connection refused")).isTrue();
    OutboxEffect again = outbox.claim(1, Duration.ofMinutes(5)).get(0);

    List<PendingEffect> pending = outbox.pending(10);

    assertThat(pending)
        .extracting(PendingEffect::effect)
        .containsExactlyElementsOf(vefsn.effects());
    assertThat(pending).extracting(PendingEffect::attempts).containsExactly(2, 0);
    assertThat(pending.get(0).lastError()).contains("smtp: connection refused");
    assertThat(pending.get(0).leaseUntil()).contains(T0.plus(Duration.ofMinutes(5)));
    assertThat(pending.get(1).lastError()).isEmpty();
    assertThat(pending.get(1).leaseUntil()).isEmpty();
    assertThat(keys(outbox.pending(1).stream().map(PendingEffect::effect).toList()))
        .containsExactly("vefsn-lhl-1/9/0/notify-roles");
    assertThat(outbox.complete(again)).as("looking took no claim").isTrue();
    assertThat(outbox.pending(10)).hasSize(1);
    assertArgumentCode(() -> outbox.pending(0), "LHL-A-001");
    assertArgumentCode(() -> outbox.pending(10_001), "LHL-A-001");
  }

  @Test
  void aClaimTakesAtMostItsLimit() {
    ProcessStore store = newStore();
    mapping(store, "vefsn-lhl-1");
    mapping(store, "bodo-lhl-1");
    Outbox outbox = store.outbox();

    assertThat(keys(outbox.claim(1, Duration.ofMinutes(1))))
        .containsExactly("vefsn-lhl-1/5/0/notify-roles");
    assertArgumentCode(() -> outbox.claim(0, Duration.ofMinutes(1)), "LHL-A-001");
    assertArgumentCode(() -> outbox.claim(10_001, Duration.ofMinutes(1)), "LHL-A-001");
    assertArgumentCode(() -> outbox.claim(1, Duration.ZERO), "LHL-A-001");
    assertArgumentCode(() -> outbox.claim(1, Duration.ofSeconds(-1)), "LHL-A-001");
    assertThat(keys(outbox.claim(10_000, Duration.ofDays(1))))
        .containsExactly("bodo-lhl-1/5/0/notify-roles");
  }

  // audit

  @Test
  void anIntactStoreVerifiesWithProgressAfterEachProcess() {
    ProcessStore store = newStore();
    for (String id : List.of("vefsn-lhl-1", "bodo-lhl-1", "alstahaug-lhl-1")) {
      saved(store.create(fired(started(id), stepsTo(StandardProcess.MAPPING))));
    }
    List<List<Long>> calls = new ArrayList<>();

    AuditReport report =
        store.verifyAll((checked, total, broken) -> calls.add(List.of(checked, total, broken)));

    assertThat(report.isIntact()).isTrue();
    assertThat(report.checked()).isEqualTo(3);
    assertThat(calls)
        .containsExactly(List.of(1L, 3L, 0L), List.of(2L, 3L, 0L), List.of(3L, 3L, 0L));
    List<List<Long>> none = new ArrayList<>();
    AuditReport empty =
        newStore().verifyAll((checked, total, broken) -> none.add(List.of(checked)));
    assertThat(empty.checked()).isZero();
    assertThat(none).isEmpty();
  }

  // hostile input

  @Test
  void idsCarryingSqlAreStoredAsData() {
    ProcessStore store = newStore();
    saved(store.create(started("vefsn-lhl-1")));
    List<String> hostile = List.of(DROP, OR_TRUE, "x' OR '1'='1", "vefsn%", "vefsn_lhl_1");
    for (String id : hostile) {
      ProcessInstance instance = fired(started(id), stepsTo(StandardProcess.MAPPING));
      saved(store.create(instance));
      assertThat(store.load(id)).isEqualTo(instance);
      assertThat(store.summary(id).orElseThrow().id()).isEqualTo(id);
    }

    assertThat(store.load("vefsn-lhl-1").version()).isEqualTo(1);
    assertThat(ids(store, ProcessQuery.all().withLimit(2)))
        .containsExactlyInAnyOrderElementsOf(
            ImmutableList.<String>builder().addAll(hostile).add("vefsn-lhl-1").build());
    assertThat(ids(store, ProcessQuery.all().withPhase(DROP))).isEmpty();
    assertThat(ids(store, ProcessQuery.all().withDefinitionId(OR_TRUE))).isEmpty();
    assertThat(store.find(DROP + "x")).isEmpty();
    assertThat(store.verifyAll(AuditProgress.NONE).checked()).isEqualTo(6);
  }

  @Test
  void hostileTextsAreStoredAndReadBackExactly() {
    ProcessStore store = newStore();
    List<String> texts =
        List.of(
            DROP,
            OR_TRUE,
            "bell "
                + (char) 7
                + ", nul "
                + (char) 0
                + ", escape "
                + (char) 27
                + "[2J, delete "
                + (char) 127,
            "tab\tand\r\nnew lines",
            "Kva treng eldre i Høyanger, Årdal og Sør-Aurdal? Ein god kvardag. ÆØÅ æøå",
            "👵🏽 og 🧓 ønskjer seg 🚌 til sentrum",
            "e" + (char) 0x0301 + " and a backslash \\ and a quote \"",
            longText());
    Actor hostileActor = Actor.of("👵 " + DROP, Role.PROCESS_LEAD);
    Municipality hostileName = Municipality.of("Bø'; DROP TABLE lhl_process;--", "1867");
    ProcessInstance instance = started(Fixtures.standard(), "hostile-1", hostileName);
    saved(store.create(instance));
    int hour = 1;
    for (String text : texts) {
      Command answer = Command.answer("what-is-useful-for-you", hostileActor, text);
      Command evidence =
          Command.recordCriterion(StandardProcess.POLITICAL_ANCHORING, hostileActor, text, OR_TRUE);
      for (Command command : List.of(answer, evidence)) {
        instance = Fixtures.accepted(instance.fire(command, hour(hour))).instance();
        saved(store.apply("hostile-1", command, hour(hour++)));
      }
    }

    ProcessInstance loaded = store.load("hostile-1");
    assertThat(loaded).isEqualTo(instance);
    for (int i = 0; i < texts.size(); i++) {
      JournalEntry answered = loaded.journal().entry(2 + 2 * i);
      JournalEntry recorded = loaded.journal().entry(3 + 2 * i);
      assertThat(answered.note()).contains(texts.get(i));
      assertThat(answered.actorId()).isEqualTo(hostileActor.id());
      assertThat(recorded.evidence()).containsExactly(texts.get(i), OR_TRUE);
    }
    assertThat(store.summary("hostile-1").orElseThrow().municipality()).isEqualTo(hostileName);
    assertThat(ids(store, ProcessQuery.all().withMunicipality("1867")))
        .containsExactly("hostile-1");
  }

  @Test
  void textsAndIdsBeyondTheLimitsAreRefusedAndNothingIsStored() {
    ProcessStore store = newStore();
    saved(store.create(started("vefsn-lhl-1")));
    String tooLong = longText() + "x";
    String unpaired = "half an emoji " + "👵".charAt(0);

    for (String text : List.of(tooLong, unpaired)) {
      StoreResult result =
          store.apply("vefsn-lhl-1", Command.answer("what-is-useful-for-you", LEAD, text), hour(1));
      assertThat(result).isInstanceOf(Refused.class);
      assertThat(((Refused) result).reasons())
          .extracting(Reason::code)
          .containsExactly(ReasonCode.BEYOND_LIMIT);
    }
    ProcessInstance nulInName =
        started(
            Fixtures.standard(), "vefsn-lhl-2", Municipality.of("Vef" + (char) 0 + "sn", "1824"));
    assertArgumentCode(() -> store.create(nulInName), "LHL-A-001");
    assertThat(store.find("vefsn-lhl-2")).isEmpty();
    assertArgumentCode(() -> started("vefsn" + (char) 10 + "lhl-1"), "LHL-A-003");
    assertArgumentCode(() -> started(" vefsn-lhl-1"), "LHL-A-003");
    assertArgumentCode(() -> Actor.of("kari" + (char) 0, Role.PROCESS_LEAD), "LHL-A-003");
    assertThat(store.load("vefsn-lhl-1").version()).isEqualTo(1);
    assertThat(store.find("vefsn" + (char) 10 + "lhl-1")).isEmpty();
  }

  private static final String DROP = "'; DROP TABLE lhl_entry;--";
  private static final String OR_TRUE = "\" OR 1=1 --";

  /** A text of exactly the longest length, of letters that take two bytes in UTF-8 too. */
  private static String longText() {
    String text = "æøå' OR 1=1;-- ".repeat(ValueLimits.MAX_TEXT_LENGTH / 15 + 1);
    return text.substring(0, ValueLimits.MAX_TEXT_LENGTH);
  }

  // helpers

  /** A process created ready to begin mapping, then moved there through the store: 1 effect. */
  private static Saved mapping(ProcessStore store, String id) {
    List<Command> steps = stepsTo(StandardProcess.MAPPING);
    saved(store.create(fired(started(id), steps.subList(0, steps.size() - 1))));
    return saved(store.apply(id, steps.get(steps.size() - 1), hour(steps.size())));
  }

  /** A process created ready to begin planning, then moved there through the store: 2 effects. */
  private static Saved planning(ProcessStore store, String id) {
    List<Command> steps = stepsTo(StandardProcess.PLAN_AND_DECIDE);
    saved(store.create(fired(started(id), steps.subList(0, steps.size() - 1))));
    return saved(store.apply(id, steps.get(steps.size() - 1), hour(steps.size())));
  }

  private static List<String> keys(List<?> effects) {
    return effects.stream()
        .map(e -> e instanceof OutboxEffect claimed ? claimed.effect() : (Effect) e)
        .map(Effect::idempotencyKey)
        .toList();
  }

  private static List<Digest> digests(Journal journal, int count) {
    List<Digest> digests = new ArrayList<>();
    for (int position = 1; position <= count; position++) {
      digests.add(journal.digest(position));
    }
    return digests;
  }

  private static List<String> expected(List<Plan> plans, Predicate<Plan> test) {
    return plans.stream().filter(test).map(Plan::id).sorted().toList();
  }

  private static boolean overdue(Plan plan, LocalDate day) {
    return plan.deadline().isPresent() && plan.deadline().get().isBefore(day);
  }
}

package no.levehelelivet.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.process.Actor;
import no.levehelelivet.process.Command;
import no.levehelelivet.process.Outcome;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.Reason;
import no.levehelelivet.process.Role;
import no.levehelelivet.process.StandardProcess;
import no.levehelelivet.process.Verdict;

/**
 * Example 4, case-management integration: a vendor-style service keeps Vefsn's process as a JSON
 * document in a folder ({@link CaseFolder}), loads it, asks which triggers the caseworker may use,
 * applies a command with the version the caseworker saw — and refuses a second caseworker's stale
 * write instead of losing the first one's step.
 */
public final class CaseManagementIntegration {

  private CaseManagementIntegration() {}

  /**
   * Runs the story in a folder.
   *
   * @param args the folder to keep the documents in (default: a new temporary folder)
   * @throws IOException if the folder cannot be made
   */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path folder =
        args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("levehelelivet-cases");
    run(folder, out);
  }

  /** Runs the story in {@code folder}, printing what each caseworker sees. */
  public static ProcessInstance run(Path folder, PrintStream out) {
    Clock clock = Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC);
    CaseFolder cases = new CaseFolder(folder, List.of(), clock);
    Actor kari = Actor.of("kari.nordmann", Role.PROCESS_LEAD);
    Actor ola = Actor.of("ola.hansen", Role.ADMINISTRATIVE_LEADERSHIP);
    String id = "vefsn-2026";

    cases.create(id, Municipality.of("Vefsn", "1824"), kari);
    out.println("created " + cases.file(id).getFileName());

    // Both caseworkers open the case and see the same version.
    ProcessInstance seenByKari = cases.load(id);
    ProcessInstance seenByOla = cases.load(id);
    out.println(
        "Kari and Ola both see version "
            + seenByKari.version()
            + " in phase "
            + seenByKari.phase());

    out.println("triggers Kari may use now:");
    for (Verdict verdict : cases.triggers(id, kari)) {
      out.println(
          "  "
              + verdict.trigger().code()
              + (verdict.isAllowed()
                  ? ": enabled"
                  : ": disabled — " + verdict.reasons().get(0).message()));
    }

    Outcome kariSaves =
        cases.apply(
            id,
            Command.recordCriterion(StandardProcess.POLITICAL_ANCHORING, kari, "PS 12/2026")
                .withExpectedVersion(seenByKari.version()));
    out.println(
        "Kari records political anchoring: " + (kariSaves.isAccepted() ? "saved" : "refused"));

    Outcome olaSaves =
        cases.apply(
            id,
            Command.recordCriterion(StandardProcess.ADMINISTRATIVE_ANCHORING, ola, "2026/77")
                .withExpectedVersion(seenByOla.version()));
    out.println(
        "Ola records administrative anchoring on his old screen: "
            + (olaSaves.isAccepted() ? "saved" : "refused"));
    for (Reason reason : olaSaves.reasons()) {
      out.println("  " + reason.message());
    }

    // Ola reloads, sees Kari's step, and tries again on the current version.
    ProcessInstance reloaded = cases.load(id);
    Outcome olaRetries =
        cases.apply(
            id,
            Command.recordCriterion(StandardProcess.ADMINISTRATIVE_ANCHORING, ola, "2026/77")
                .withExpectedVersion(reloaded.version()));
    out.println(
        "Ola reloads version "
            + reloaded.version()
            + " and records again: "
            + (olaRetries.isAccepted() ? "saved" : "refused"));

    ProcessInstance stored = cases.load(id);
    out.println(
        "stored: version "
            + stored.version()
            + ", criteria met "
            + stored.criteria().keySet()
            + ", chain "
            + (stored.journal().verify().isIntact() ? "intact" : "BROKEN"));
    return stored;
  }
}

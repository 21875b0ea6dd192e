package no.levehelelivet.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import no.levehelelivet.examples.web.ProcessPagesClient.Page;
import no.levehelelivet.store.ProcessStore;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The page of one process, against the real server on a loopback port. */
class ProcessPageTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

  private WebServer server;
  private ProcessPagesClient browser;

  @BeforeEach
  void start() {
    server = WebServer.start(WebConfig.loopback(ProcessStore.inMemory(), CLOCK));
    browser = new ProcessPagesClient(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Starts a process for Vefsn as the process lead Kari and returns its page's path. */
  private String startVefsn() {
    browser.actAs("Kari", "process-lead");
    browser.get("/processes/new");
    Page started =
        browser.post(
            "/processes/new",
            Map.of("name", "Vefsn", "number", "1824", "definition", "leve-hele-livet-standard@1"));
    assertThat(started.status()).isEqualTo(303);
    assertThat(started.location()).startsWith("/processes/1824-");
    return started.location();
  }

  private Page record(String path, String criterion, String evidence, String note) {
    Page page = browser.get(path);
    String version = page.document().select("#record-form input[name=version]").val();
    return browser.post(
        path + "/record",
        Map.of("version", version, "criterion", criterion, "evidence", evidence, "note", note));
  }

  private static Element trigger(Document page, String code) {
    return page.expectFirst("li.trigger[data-trigger=" + code + "]");
  }

  @Test
  void showsTheProcessInItsStartPhaseWithTheDiagramHighlightingIt() {
    String path = startVefsn();

    Document page = browser.get(path).document();

    assertThat(page.select("h1").text()).isEqualTo("Vefsn (1824)");
    assertThat(page.select("#current-phase").text()).isEqualTo("Oppstart");
    String diagram = page.select("pre.mermaid#diagram").text();
    assertThat(diagram).startsWith("---").contains("stateDiagram-v2");
    assertThat(diagram).contains("class start_up current");
    assertThat(page.select("script[src]").eachAttr("src"))
        .contains("/webjars/mermaid/11.14.0/dist/mermaid.min.js", "/assets/diagram.js");
    assertThat(page.select("script:not([src])")).isEmpty();
  }

  @Test
  void showsWhyBeginningTheMappingIsNotYetAllowed() {
    String path = startVefsn();

    Element beginMapping = trigger(browser.get(path).document(), "begin-mapping");

    Element button = beginMapping.expectFirst("button");
    assertThat(button.text()).isEqualTo("Start kartleggingen");
    assertThat(button.hasAttr("disabled")).isTrue();
    Elements reasons = beginMapping.select(".why ul.reasons li");
    assertThat(reasons.eachText())
        .hasSize(3)
        .allMatch(reason -> reason.startsWith("LHL-P-003 "))
        .allMatch(reason -> reason.contains("\"Start kartleggingen\""))
        .anyMatch(reason -> reason.contains("\"Administrativ forankring\""))
        .anyMatch(reason -> reason.contains("\"Politisk forankring\""))
        .anyMatch(reason -> reason.contains("\"Prosessteam oppnevnt\""))
        .noneMatch(reason -> reason.contains("anchoring"));
    assertThat(beginMapping.select(".why").text()).contains("Prosessleder");
  }

  @Test
  void aRecordedCriterionIsTickedWithWhoRecordedItWhenAndOnWhatEvidence() {
    String path = startVefsn();

    Page recorded = record(path, "administrative-anchoring", "2026/17\n 2026/18 \n\n", "");

    assertThat(recorded.status()).isEqualTo(303);
    assertThat(recorded.location()).isEqualTo(path);
    Document page = browser.get(path).document();
    Element item = page.expectFirst("#checklist li[data-criterion=administrative-anchoring]");
    assertThat(item.hasClass("met")).isTrue();
    assertThat(item.select(".label").text()).isEqualTo("Administrativ forankring");
    assertThat(item.select(".recorded").text()).contains("Registrert av Kari (Prosessleder)");
    // 09:00 UTC on 2 March is 10:00 in Norway.
    assertThat(item.select("time").text()).isEqualTo("2026-03-02 10:00");
    assertThat(item.select(".reference").eachText()).containsExactly("2026/17", "2026/18");
    Element open = page.expectFirst("#checklist li[data-criterion=political-anchoring]");
    assertThat(open.hasClass("open")).isTrue();
    assertThat(page.select("#record-form select[name=criterion] option").eachAttr("value"))
        .doesNotContain("administrative-anchoring")
        .contains("political-anchoring", "process-team-appointed");
  }

  @Test
  void aNoteWithAScriptIsShownAsText() {
    String path = startVefsn();
    String attack = "<script>alert(1)</script>";

    record(path, "process-team-appointed", "2026/20", attack);

    Page page = browser.get(path);
    assertThat(page.html())
        .doesNotContain(attack)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(page.document().select("script:not([src])")).isEmpty();
    assertThat(page.document().select("#journal .note").eachText()).containsExactly(attack);
    assertThat(page.document().select("#checklist .note").eachText()).containsExactly(attack);
  }

  @Test
  void firingBeginMappingOnceTheCriteriaAreMetMovesTheProcessOn() {
    String path = startVefsn();
    record(path, "administrative-anchoring", "2026/17", "");
    record(path, "political-anchoring", "PS 12/2026", "");
    record(path, "process-team-appointed", "2026/20", "");
    Document before = browser.get(path).document();
    Element beginMapping = trigger(before, "begin-mapping");
    assertThat(beginMapping.expectFirst("button").hasAttr("disabled")).isFalse();

    Page fired =
        browser.post(
            path + "/fire",
            Map.of(
                "version", beginMapping.select("input[name=version]").val(),
                "trigger", "begin-mapping",
                "note", "Kartleggingen starter",
                "evidence", ""));

    assertThat(fired.status()).isEqualTo(303);
    Document after = browser.get(path).document();
    assertThat(after.select("#current-phase").text()).isEqualTo("Kartlegging");
    assertThat(after.select("pre.mermaid").text()).contains("class mapping current");
    Element newest = after.expectFirst("#journal li");
    assertThat(newest.attr("data-sequence")).isEqualTo("5");
    assertThat(newest.select(".what").text())
        .contains("Start kartleggingen", "Oppstart → Kartlegging");
    assertThat(newest.select(".note").text()).isEqualTo("Kartleggingen starter");
    assertThat(after.select("#journal li")).hasSize(5);
    // The standard milestone of 2021 is long past; it is shown by its title, not its code.
    assertThat(after.select(".overdue li").eachText())
        .isNotEmpty()
        .allMatch(line -> line.endsWith("2021-12-31"))
        .noneMatch(line -> line.contains("local-plans-adopted"));
  }

  @Test
  void aRefusedStepIsShownWithTheEngineReasonsAndTheInputKept() {
    String path = startVefsn();
    String version = browser.get(path).document().select("#record-form input[name=version]").val();

    Page refused =
        browser.post(
            path + "/fire",
            Map.of("version", version, "trigger", "pause", "note", "", "evidence", "2026/1"));

    assertThat(refused.status()).isEqualTo(422);
    Document page = refused.document();
    assertThat(page.select("#notice li").eachText())
        .anyMatch(line -> line.startsWith("LHL-P-007 "));
    assertThat(trigger(page, "pause").select("textarea[name=evidence]").text()).isEqualTo("2026/1");
    assertThat(page.select("#journal li")).hasSize(1);
  }

  @Test
  void aStepDecidedOnAStalePageIsRefusedWithTheCodeAndNothingTypedIsLost() {
    String path = startVefsn();
    String shown = browser.get(path).document().select("#record-form input[name=version]").val();
    record(path, "administrative-anchoring", "2026/17", "");

    Page stale =
        browser.post(
            path + "/record",
            Map.of(
                "version", shown,
                "criterion", "political-anchoring",
                "evidence", "PS 12/2026",
                "note", "vedtatt i formannskapet"));

    assertThat(stale.status()).isEqualTo(409);
    Document page = stale.document();
    assertThat(page.select("#notice").text())
        .contains("versjon 1", "versjon 2", "LHL-P-005")
        .contains(
            no.levehelelivet.process.ReasonCode.STALE_VERSION.meaning(
                no.levehelelivet.core.Language.BOKMAL));
    assertThat(page.select("#record-form input[name=version]").val()).isEqualTo("2");
    assertThat(page.select("#record-form option[selected]").val()).isEqualTo("political-anchoring");
    assertThat(page.select("#record-form textarea[name=evidence]").text()).isEqualTo("PS 12/2026");
    assertThat(page.select("#record-form textarea[name=note]").text())
        .isEqualTo("vedtatt i formannskapet");
    assertThat(page.select("#journal li")).hasSize(2);
  }

  @Test
  void aReflectionQuestionOfThePhaseCanBeAnswered() {
    String path = startVefsn();
    Document page = browser.get(path).document();
    Element form = page.expectFirst("#answer-form");
    String question = form.select("select[name=question] option").get(0).val();
    String text = form.select("select[name=question] option").get(0).text();

    Page answered =
        browser.post(
            path + "/answer",
            Map.of(
                "version",
                form.select("input[name=version]").val(),
                "question",
                question,
                "note",
                "Vi spør eldrerådet først."));

    assertThat(answered.status()).isEqualTo(303);
    Document after = browser.get(path).document();
    assertThat(after.select("ul.questions blockquote.answer").text())
        .contains("Vi spør eldrerådet først.", "Kari");
    assertThat(after.expectFirst("#journal li").select(".what").text()).contains(text);
  }

  @Test
  void theProcessPageSpeaksNynorskAndEnglish() {
    String path = startVefsn();

    Document nynorsk = browser.get(path + "?lang=nn").document();
    Document english = browser.get(path + "?lang=en").document();

    assertThat(nynorsk.select("html").attr("lang")).isEqualTo("nn");
    assertThat(trigger(nynorsk, "begin-mapping").select("button").text())
        .isEqualTo("Start kartlegginga");
    assertThat(nynorsk.select("#checklist li[data-criterion=process-team-appointed] .label").text())
        .isEqualTo("Prosessteam oppnemnt");
    assertThat(nynorsk.select("#journal-title").text()).isEqualTo("Logg");
    assertThat(english.select("#current-phase").text()).isEqualTo("Start-up");
    assertThat(english.select("#checklist-title").text())
        .isEqualTo("Criteria of the phase Start-up");
    assertThat(trigger(english, "begin-mapping").select(".why").text())
        .contains("LHL-P-003", "\"Begin mapping\"", "\"Political anchoring\"", "Process lead");
  }

  @Test
  void withoutSomeoneActingThePageLinksToWhoAndAFormGoesThere() {
    String path = startVefsn();
    ProcessPagesClient stranger = new ProcessPagesClient(server);

    Page page = stranger.get(path);

    String next = "/who?next=" + ProcessPages.encodeQuery(path);
    assertThat(page.document().select("#who-needed a").attr("href")).isEqualTo(next);
    assertThat(page.document().select("li.trigger button[disabled]")).isNotEmpty();
    assertThat(page.document().select("li.trigger button:not([disabled])")).isEmpty();
    assertThat(page.document().select("#record-form")).isEmpty();
    Page sent =
        stranger.post(path + "/record", Map.of("version", "1", "criterion", "political-anchoring"));
    assertThat(sent.status()).isEqualTo(303);
    assertThat(sent.location()).isEqualTo(next);
  }

  @Test
  void anUnknownProcessIsAnErrorPageWithItsCode() {
    browser.get("/");

    Page page = browser.get("/processes/no-such-process");

    assertThat(page.status()).isEqualTo(404);
    assertThat(page.document().select(".error-box h1 code").text()).isEqualTo("LHL-W-006");
    assertThat(page.document().select(".error-box .detail").text()).contains("no-such-process");
  }

  @Test
  void aFormWithoutAVersionIsRefusedWithItsCode() {
    String path = startVefsn();
    browser.get(path);

    Page page = browser.post(path + "/record", Map.of("version", "two", "criterion", "x"));

    assertThat(page.status()).isEqualTo(400);
    assertThat(page.document().select(".error-box h1 code").text()).isEqualTo("LHL-W-009");
    assertThat(page.document().select(".error-box .detail").text()).contains("\"two\"");
  }

  @Test
  void whatIsLeftBeforeTheMappingIsTheThreeCriteriaAndBeginningIt() {
    String path = startVefsn();
    record(path, "political-anchoring", "PS 12/2026", "");

    Document page = browser.get(path + "?target=mapping").document();

    assertThat(page.select("#plan-form option[selected]").val()).isEqualTo("mapping");
    assertThat(page.select("#plan-form input[name=role][checked]")).hasSizeGreaterThan(2);
    Elements steps = page.select("#plan li");
    assertThat(steps).hasSize(3);
    assertThat(steps.get(0).text()).startsWith("Registrer «Administrativ forankring»");
    assertThat(steps.get(1).text()).startsWith("Registrer «Prosessteam oppnevnt»");
    assertThat(steps.get(2).text())
        .startsWith("Utfør «Start kartleggingen»")
        .contains("i fasen Oppstart", "Prosessleder", "Administrativ ledelse");
    assertThat(page.select("#plan-summary").text())
        .isEqualTo("3 steg gjenstår før fasen Kartlegging:");
  }

  @Test
  void whatIsLeftSaysWhyNoWayLeadsOnWithTheCouncilAlone() {
    String path = startVefsn();

    Document page = browser.get(path + "?lang=en&target=mapping&role=municipal-council").document();

    assertThat(page.select("#plan-form input[name=role][checked]").eachAttr("value"))
        .containsExactly("municipal-council");
    assertThat(page.select("#plan")).isEmpty();
    assertThat(page.select("#plan-blocked").text())
        .contains("No way leads to the phase Mapping with these roles:")
        .contains("\"Begin mapping\"")
        .doesNotContain("\"begin-mapping\"");
  }

  @Test
  void whatIsLeftInThePhaseTheProcessIsInIsNothing() {
    String path = startVefsn();

    Document page = browser.get(path + "?target=start-up").document();

    assertThat(page.select("#plan-empty").text())
        .isEqualTo("Prosessen er allerede i fasen Oppstart.");
  }

  @Test
  void whatIsLeftBeforeAnUnknownPhaseIsACodedProblem() {
    String path = startVefsn();

    Document page = browser.get(path + "?target=no-such-phase").document();

    assertThat(page.select("#plan-problem code").text()).isEqualTo("LHL-C-001");
    assertThat(page.select("#plan-problem").text()).contains("no-such-phase");
  }
}

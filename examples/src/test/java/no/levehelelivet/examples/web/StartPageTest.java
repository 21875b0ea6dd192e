package no.levehelelivet.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import no.levehelelivet.examples.web.ProcessPagesClient.Page;
import no.levehelelivet.store.ProcessStore;
import no.levehelelivet.store.ProcessSummary;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Starting a process from the page, against the real server on a loopback port. */
class StartPageTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

  private ProcessStore store;
  private WebServer server;
  private ProcessPagesClient browser;

  @BeforeEach
  void start() {
    store = ProcessStore.inMemory();
    server = WebServer.start(WebConfig.loopback(store, CLOCK));
    browser = new ProcessPagesClient(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void startsAProcessOnTheStandardDefinitionAsTheActingUser() {
    browser.actAs("Kari", "process-lead");
    Document form = browser.get("/processes/new").document();
    assertThat(form.select("select[name=definition] option[selected]").text())
        .startsWith("Leve hele livet")
        .contains("leve-hele-livet-standard");

    Page started =
        browser.post(
            "/processes/new",
            Map.of(
                "name", " Vefsn ", "number", "1824", "definition", "leve-hele-livet-standard@1"));

    assertThat(started.status()).isEqualTo(303);
    String id = started.location().substring("/processes/".length());
    assertThat(id).matches("1824-[a-z2-7]{8}");
    ProcessSummary summary = store.summary(id).orElseThrow();
    assertThat(summary.municipality().name()).isEqualTo("Vefsn");
    assertThat(summary.phase()).isEqualTo("start-up");
    assertThat(store.load(id).journal().entry(1).actorId()).isEqualTo("Kari");
  }

  @Test
  void showsEachBrokenFieldWithItsCodeBesideIt() {
    browser.actAs("Kari", "process-lead");
    browser.get("/processes/new");

    Page refused =
        browser.post(
            "/processes/new",
            Map.of("name", "  ", "number", "824", "definition", "leve-hele-livet-standard@1"));

    assertThat(refused.status()).isEqualTo(400);
    Document page = refused.document();
    assertThat(page.select("#name-problem").text()).isEqualTo("LHL-A-001 oppgi kommunens navn");
    assertThat(page.select("#number-problem").text())
        .isEqualTo("LHL-A-001 kommunenummeret er fire sifre, for eksempel 1824");
    assertThat(page.select("input[name=number]").val()).isEqualTo("824");
    assertThat(page.select("input[name=number]").attr("aria-invalid")).isEqualTo("true");
    assertThat(page.select("#definition-problem")).isEmpty();
    assertThat(store.processes(no.levehelelivet.store.ProcessQuery.all()).processes()).isEmpty();
  }

  @Test
  void refusesADefinitionTheStoreDoesNotKeep() {
    browser.actAs("Kari", "process-lead");
    browser.get("/processes/new?lang=en");

    Page refused =
        browser.post(
            "/processes/new",
            Map.of("name", "Vefsn", "number", "1824", "definition", "hemnes-leve-hele-livet@1"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.document().select("#definition-problem").text())
        .isEqualTo(
            "LHL-W-009 no stored process definition is named hemnes-leve-hele-livet@1;"
                + " choose one from the list");
  }

  @Test
  void withoutSomeoneActingTheFormLinksToWhoAndCannotBeSent() {
    Document page = browser.get("/processes/new").document();

    assertThat(page.select("#who-needed a").attr("href")).isEqualTo("/who?next=%2Fprocesses%2Fnew");
    assertThat(page.select("#start-form button").hasAttr("disabled")).isTrue();
    Page sent =
        browser.post(
            "/processes/new",
            Map.of("name", "Vefsn", "number", "1824", "definition", "leve-hele-livet-standard@1"));
    assertThat(sent.status()).isEqualTo(303);
    assertThat(sent.location()).isEqualTo("/who?next=%2Fprocesses%2Fnew");
  }
}

package no.levehelelivet.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import no.levehelelivet.examples.web.ApiClient.Answer;
import no.levehelelivet.process.StandardProcess;
import no.levehelelivet.store.ProcessStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The process routes of the REST API against the real server on a loopback port. */
class ApiProcessesTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:15:30Z"), ZoneOffset.UTC);
  static final String KARI = "\"actor\": {\"id\": \"kari\", \"role\": \"process-lead\"}";

  private WebServer server;
  private ApiClient api;

  @BeforeEach
  void start() {
    server = WebServer.start(WebConfig.loopback(ProcessStore.inMemory(), CLOCK));
    api = new ApiClient(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  static String newProcess(String id, String name, String number) {
    return "{\"id\": \""
        + id
        + "\", \"municipality\": {\"name\": \""
        + name
        + "\", \"number\": \""
        + number
        + "\"}, "
        + KARI
        + "}";
  }

  private Answer create(String id, String name, String number) {
    Answer created = api.post("/api/v1/processes", newProcess(id, name, number));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created;
  }

  private Answer command(String id, String version, String body) {
    return api.request("POST", "/api/v1/processes/" + id + "/commands")
        .header("If-Match", version)
        .json(body)
        .send();
  }

  private static String record(String criterion) {
    return "{\"trigger\": \"record-criterion\", \"criterion\": \""
        + criterion
        + "\", \"evidence\": [\"2026/1234\"], "
        + KARI
        + "}";
  }

  // create and get

  @Test
  void createsAProcessWithItsLocationAndVersion() {
    Answer created = create("vefsn-lhl-1", "Vefsn", "1824");

    assertThat(created.header("Location")).contains("/api/v1/processes/vefsn-lhl-1");
    assertThat(created.header("ETag")).contains("\"1\"");
    assertThat(created.contentType()).startsWith("application/json");
    JsonNode document = created.json();
    assertThat(document.path("documentType").asString()).isEqualTo("process-instance");
    assertThat(created.text()).contains("Vefsn", "1824", "kari");

    Answer read = api.get("/api/v1/processes/vefsn-lhl-1");
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.header("ETag")).contains("\"1\"");
    assertThat(read.text()).isEqualTo(created.text());
  }

  @Test
  void anIdLeftOutIsLhlAndTheMunicipalityNumber() {
    Answer created =
        api.post(
            "/api/v1/processes",
            "{\"municipality\": {\"name\": \"Hemnes\", \"number\": \"1832\"}, " + KARI + "}");

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.header("Location")).contains("/api/v1/processes/lhl-1832");
  }

  @Test
  void anIdOfAnyScriptIsAddressedPercentEncoded() {
    Answer created = create("Åfjord sak 7+1", "Åfjord", "5058");

    String location = created.header("Location").orElseThrow();
    assertThat(location).isEqualTo("/api/v1/processes/%C3%85fjord%20sak%207%2B1");
    assertThat(api.get(location).status()).isEqualTo(200);
  }

  @Test
  void aStoredIdIsAConflictWithTheStoredVersion() {
    create("vefsn-lhl-1", "Vefsn", "1824");

    Answer again = api.post("/api/v1/processes", newProcess("vefsn-lhl-1", "Vefsn", "1824"));

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.contentType()).startsWith("application/problem+json");
    assertThat(again.code()).isEqualTo("LHL-W-012");
    assertThat(again.json().path("currentVersion").asLong()).isEqualTo(1);
  }

  @Test
  void aBadNewProcessIsRefusedWithTheLibrarysCodeAndWhere() {
    Answer number = api.post("/api/v1/processes", newProcess("x", "Vefsn", "824"));
    assertThat(number.status()).isEqualTo(400);
    assertThat(number.code()).isEqualTo("LHL-A-001");
    assertThat(number.json().path("pointer").asString()).isEqualTo("/municipality");
    assertThat(number.json().path("value").asString()).isEqualTo("824");

    Answer role =
        api.post(
            "/api/v1/processes",
            "{\"municipality\": {\"name\": \"Vefsn\", \"number\": \"1824\"},"
                + " \"actor\": {\"id\": \"kari\", \"role\": \"mayor\"}}");
    assertThat(role.status()).isEqualTo(400);
    assertThat(role.code()).isEqualTo("LHL-C-001");
    assertThat(role.json().path("pointer").asString()).isEqualTo("/actor/role");
    assertThat(role.json().path("validCodes").toString()).contains("process-lead");

    Answer noActor =
        api.post(
            "/api/v1/processes", "{\"municipality\": {\"name\": \"Vefsn\", \"number\": \"1824\"}}");
    assertThat(noActor.status()).isEqualTo(400);
    assertThat(noActor.code()).isEqualTo("LHL-W-009");
    assertThat(noActor.json().path("pointer").asString()).isEqualTo("/actor");

    Answer unknown =
        api.post(
            "/api/v1/processes",
            "{\"municipality\": {\"name\": \"Vefsn\", \"number\": \"1824\", \"county\": \"18\"}}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().path("pointer").asString()).isEqualTo("/municipality/county");

    Answer mistyped =
        api.post("/api/v1/processes", "{\"municipality\": {\"name\": 7, \"number\": \"1824\"}}");
    assertThat(mistyped.json().path("pointer").asString()).isEqualTo("/municipality/name");

    Answer badId = api.post("/api/v1/processes", newProcess(" padded", "Vefsn", "1824"));
    assertThat(badId.status()).isEqualTo(400);
    assertThat(badId.code()).isEqualTo("LHL-A-003");
    assertThat(badId.json().path("pointer").asString()).isEqualTo("/id");
  }

  @Test
  void aBodyThatIsNotAJsonObjectIsRefusedWithoutAStackTrace() {
    for (String body : List.of("{", "[1, 2]", "", "{\"id\": \"a\", \"id\": \"b\"}", "{} {}")) {
      Answer answer = api.post("/api/v1/processes", body);
      assertThat(answer.status()).as(body).isEqualTo(400);
      assertThat(answer.code()).as(body).isEqualTo("LHL-W-009");
      assertThat(answer.text()).doesNotContain("at no.levehelelivet", "Exception");
    }
    Answer form =
        api.request("POST", "/api/v1/processes")
            .body("text/plain", newProcess("a", "B", "1824"))
            .send();
    assertThat(form.status()).isEqualTo(415);
    assertThat(form.code()).isEqualTo("LHL-W-008");
  }

  @Test
  void anUnknownProcessIsNotFoundWithTheStoresCode() {
    for (String path :
        List.of(
            "/api/v1/processes/nowhere",
            "/api/v1/processes/nowhere/journal",
            "/api/v1/processes/nowhere/verdicts?role=process-lead")) {
      Answer answer = api.get(path);
      assertThat(answer.status()).as(path).isEqualTo(404);
      assertThat(answer.code()).as(path).isEqualTo("LHL-L-001");
      assertThat(answer.json().path("instance").asString()).isEqualTo(path.split("\\?", -1)[0]);
    }
    Answer command = command("nowhere", "\"1\"", record(StandardProcess.PROCESS_TEAM_APPOINTED));
    assertThat(command.status()).isEqualTo(404);
    assertThat(command.code()).isEqualTo("LHL-L-001");
    Answer address = api.get("/api/v1/nothing-here");
    assertThat(address.status()).isEqualTo(404);
    assertThat(address.code()).isEqualTo("LHL-W-006");
  }

  // list

  @Test
  void listsPagesOfTheProcessesTheFiltersSelect() {
    create("a-1", "Vefsn", "1824");
    create("a-2", "Hemnes", "1832");
    create("a-3", "Vefsn", "1824");

    Answer first = api.get("/api/v1/processes?limit=2");
    assertThat(first.status()).isEqualTo(200);
    assertThat(ids(first)).containsExactly("a-1", "a-2");
    String next = first.json().path("next").asString();
    assertThat(first.header("Link")).contains("<" + next + ">; rel=\"next\"");

    Answer second = api.get(next);
    assertThat(ids(second)).containsExactly("a-3");
    assertThat(second.json().has("next")).isFalse();

    assertThat(ids(api.get("/api/v1/processes?municipality=1824"))).containsExactly("a-1", "a-3");
    assertThat(ids(api.get("/api/v1/processes?phase=start-up&status=active&municipality=")))
        .containsExactly("a-1", "a-2", "a-3");
    assertThat(ids(api.get("/api/v1/processes?status=completed"))).isEmpty();
    JsonNode summary =
        api.get("/api/v1/processes?after=a-1&limit=1").json().path("processes").get(0);
    assertThat(summary.path("id").asString()).isEqualTo("a-2");
    assertThat(summary.path("municipality").path("name").asString()).isEqualTo("Hemnes");
    assertThat(summary.path("definition").path("id").asString()).isEqualTo(StandardProcess.ID);
    assertThat(summary.path("phase").asString()).isEqualTo("start-up");
    assertThat(summary.path("version").asLong()).isEqualTo(1);
    assertThat(summary.path("href").asString()).isEqualTo("/api/v1/processes/a-2");
  }

  @Test
  void aBadFilterIsRefusedNamingTheParameter() {
    Answer status = api.get("/api/v1/processes?status=dormant");
    assertThat(status.status()).isEqualTo(400);
    assertThat(status.code()).isEqualTo("LHL-C-001");
    assertThat(status.json().path("parameter").asString()).isEqualTo("status");

    Answer limit = api.get("/api/v1/processes?limit=0");
    assertThat(limit.code()).isEqualTo("LHL-A-001");
    assertThat(limit.json().path("parameter").asString()).isEqualTo("limit");

    Answer notANumber = api.get("/api/v1/processes?limit=many");
    assertThat(notANumber.code()).isEqualTo("LHL-W-009");

    Answer day = api.get("/api/v1/processes?overdueOn=tomorrow");
    assertThat(day.code()).isEqualTo("LHL-W-009");
    assertThat(day.json().path("parameter").asString()).isEqualTo("overdueOn");

    Answer number = api.get("/api/v1/processes?municipality=18");
    assertThat(number.code()).isEqualTo("LHL-A-001");

    Answer unknown = api.get("/api/v1/processes?colour=red");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().path("parameter").asString()).isEqualTo("colour");
  }

  // verdicts

  @Test
  void verdictsSayWhatTheRoleMayFireNowAndWhyNot() {
    create("vefsn-lhl-1", "Vefsn", "1824");

    Answer answer = api.get("/api/v1/processes/vefsn-lhl-1/verdicts?role=process-lead&lang=en");

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    assertThat(answer.header("ETag")).contains("\"1\"");
    JsonNode verdicts = answer.json().path("verdicts");
    JsonNode mapping = verdict(verdicts, "begin-mapping");
    assertThat(mapping.path("allowed").asBoolean()).isFalse();
    List<String> subjects = new ArrayList<>();
    for (JsonNode reason : mapping.path("reasons")) {
      assertThat(reason.path("code").asString()).isEqualTo("LHL-P-003");
      assertThat(reason.path("message").asString()).startsWith("LHL-P-003");
      subjects.add(reason.path("subject").asString());
    }
    assertThat(subjects)
        .containsExactlyInAnyOrder(
            StandardProcess.ADMINISTRATIVE_ANCHORING,
            StandardProcess.POLITICAL_ANCHORING,
            StandardProcess.PROCESS_TEAM_APPOINTED);
    JsonNode recording = verdict(verdicts, "record-criterion");
    assertThat(recording.path("allowed").asBoolean()).isTrue();
    assertThat(recording.path("options").toString())
        .contains(StandardProcess.PROCESS_TEAM_APPOINTED);
    // begin-planning belongs to mapping: the start-up phase does not offer it.
    assertThat(verdicts.findValuesAsString("trigger")).doesNotContain("begin-planning");
  }

  @Test
  void verdictsNeedAKnownRole() {
    create("vefsn-lhl-1", "Vefsn", "1824");

    Answer missing = api.get("/api/v1/processes/vefsn-lhl-1/verdicts");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.code()).isEqualTo("LHL-W-009");
    assertThat(missing.json().path("parameter").asString()).isEqualTo("role");

    Answer unknown = api.get("/api/v1/processes/vefsn-lhl-1/verdicts?role=mayor");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.code()).isEqualTo("LHL-C-001");
  }

  // commands

  @Test
  void aCommandOnTheCurrentVersionIsStoredWithItsEntry() {
    create("vefsn-lhl-1", "Vefsn", "1824");

    Answer recorded =
        command("vefsn-lhl-1", "\"1\"", record(StandardProcess.PROCESS_TEAM_APPOINTED));

    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
    assertThat(recorded.header("ETag")).contains("\"2\"");
    JsonNode result = recorded.json();
    assertThat(result.path("version").asLong()).isEqualTo(2);
    JsonNode entry = result.path("entries").get(0);
    assertThat(entry.path("sequence").asLong()).isEqualTo(2);
    assertThat(entry.path("trigger").asString()).isEqualTo("record-criterion");
    assertThat(entry.path("criterion").asString())
        .isEqualTo(StandardProcess.PROCESS_TEAM_APPOINTED);
    assertThat(entry.path("actor").asString()).isEqualTo("kari");
    assertThat(entry.path("evidence").get(0).asString()).isEqualTo("2026/1234");
    assertThat(entry.path("time").asString()).isEqualTo("2026-11-24T10:15:30Z");

    Answer journal = api.get("/api/v1/processes/vefsn-lhl-1/journal");
    assertThat(journal.status()).isEqualTo(200);
    assertThat(journal.json().path("entries").size()).isEqualTo(2);
    assertThat(journal.json().path("entries").get(0).path("trigger").asString()).isEqualTo("start");
    assertThat(api.get("/api/v1/processes/vefsn-lhl-1").header("ETag")).contains("\"2\"");
  }

  @Test
  void theCriteriaRecordedLetTheProcessMoveOn() {
    create("vefsn-lhl-1", "Vefsn", "1824");
    int version = 1;
    for (String criterion :
        List.of(
            StandardProcess.ADMINISTRATIVE_ANCHORING,
            StandardProcess.POLITICAL_ANCHORING,
            StandardProcess.PROCESS_TEAM_APPOINTED)) {
      Answer answer = command("vefsn-lhl-1", "\"" + version + "\"", record(criterion));
      assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
      version++;
    }

    Answer moved =
        command(
            "vefsn-lhl-1", "\"" + version + "\"", "{\"trigger\": \"begin-mapping\", " + KARI + "}");

    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    assertThat(moved.json().path("phase").asString()).isEqualTo(StandardProcess.MAPPING);
    assertThat(ids(api.get("/api/v1/processes?phase=mapping"))).containsExactly("vefsn-lhl-1");
  }

  @Test
  void aRefusedCommandListsEveryReasonWithItsCode() {
    create("vefsn-lhl-1", "Vefsn", "1824");

    Answer refused =
        command("vefsn-lhl-1", "\"1\"", "{\"trigger\": \"begin-mapping\", " + KARI + "}");

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.code()).isEqualTo("LHL-P-003");
    assertThat(refused.json().path("type").asString())
        .isEqualTo("urn:levehelelivet:problem:LHL-P-003");
    assertThat(refused.json().path("reasons").size()).isEqualTo(3);
    assertThat(refused.json().path("reasons").findValuesAsString("code")).containsOnly("LHL-P-003");
    assertThat(api.get("/api/v1/processes/vefsn-lhl-1").header("ETag")).contains("\"1\"");

    Answer unknown = command("vefsn-lhl-1", "\"1\"", "{\"trigger\": \"dance\", " + KARI + "}");
    assertThat(unknown.status()).isEqualTo(409);
    assertThat(unknown.code()).isEqualTo("LHL-P-006");
  }

  @Test
  void aStaleVersionIsPreconditionFailedWithTheCurrentVersion() {
    create("vefsn-lhl-1", "Vefsn", "1824");
    command("vefsn-lhl-1", "\"1\"", record(StandardProcess.PROCESS_TEAM_APPOINTED));

    Answer stale = command("vefsn-lhl-1", "\"1\"", record(StandardProcess.POLITICAL_ANCHORING));

    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.code()).isEqualTo("LHL-P-005");
    assertThat(stale.json().path("currentVersion").asLong()).isEqualTo(2);
    assertThat(stale.json().path("expectedVersion").asLong()).isEqualTo(1);
    assertThat(api.get("/api/v1/processes/vefsn-lhl-1/journal").json().path("entries").size())
        .isEqualTo(2);
  }

  @Test
  void aCommandWithoutIfMatchIsRefused() {
    create("vefsn-lhl-1", "Vefsn", "1824");

    Answer missing =
        api.post(
            "/api/v1/processes/vefsn-lhl-1/commands",
            record(StandardProcess.PROCESS_TEAM_APPOINTED));
    assertThat(missing.status()).isEqualTo(428);
    assertThat(missing.code()).isEqualTo("LHL-W-011");

    for (String bad : List.of("1", "*", "W/\"1\"", "\"one\"", "\"99999999999999999999\"")) {
      Answer answer = command("vefsn-lhl-1", bad, record(StandardProcess.PROCESS_TEAM_APPOINTED));
      assertThat(answer.status()).as(bad).isEqualTo(400);
      assertThat(answer.code()).as(bad).isEqualTo("LHL-W-009");
      assertThat(answer.json().path("header").asString()).isEqualTo("If-Match");
    }
  }

  @Test
  void aCommandNeedsItsTriggerAndGoodMembers() {
    create("vefsn-lhl-1", "Vefsn", "1824");

    Answer noTrigger = command("vefsn-lhl-1", "\"1\"", "{" + KARI + "}");
    assertThat(noTrigger.code()).isEqualTo("LHL-W-009");
    assertThat(noTrigger.json().path("pointer").asString()).isEqualTo("/trigger");

    Answer evidence =
        command(
            "vefsn-lhl-1",
            "\"1\"",
            "{\"trigger\": \"record-criterion\", \"evidence\": [\"a\", 2], " + KARI + "}");
    assertThat(evidence.json().path("pointer").asString()).isEqualTo("/evidence/1");

    Answer blank =
        command(
            "vefsn-lhl-1",
            "\"1\"",
            "{\"trigger\": \"record-criterion\", \"evidence\": [\" \"], " + KARI + "}");
    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.code()).startsWith("LHL-A-");

    Answer roleWithoutUsers =
        command("vefsn-lhl-1", "\"1\"", "{\"trigger\": \"pause\", \"role\": \"process-lead\"}");
    assertThat(roleWithoutUsers.code()).isEqualTo("LHL-W-009");
    assertThat(roleWithoutUsers.json().path("pointer").asString()).isEqualTo("/role");
  }

  // what is left

  @Test
  void theRouteListsTheStepsLeftBeforeAPhase() {
    create("vefsn-lhl-1", "Vefsn", "1824");
    StringBuilder roles = new StringBuilder();
    for (no.levehelelivet.process.Role role : no.levehelelivet.process.Role.standardRoles()) {
      roles.append("&role=").append(role.code());
    }

    Answer answer = api.get("/api/v1/processes/vefsn-lhl-1/route?target=mapping" + roles);

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    JsonNode route = answer.json();
    assertThat(route.path("found").asBoolean()).isTrue();
    JsonNode steps = route.path("steps");
    assertThat(steps.size()).isEqualTo(4);
    List<String> criteria = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      assertThat(steps.get(i).path("kind").asString()).isEqualTo("record");
      criteria.add(steps.get(i).path("criterion").asString());
    }
    assertThat(criteria)
        .containsExactlyInAnyOrder(
            StandardProcess.ADMINISTRATIVE_ANCHORING,
            StandardProcess.POLITICAL_ANCHORING,
            StandardProcess.PROCESS_TEAM_APPOINTED);
    JsonNode last = steps.get(3);
    assertThat(last.path("kind").asString()).isEqualTo("fire");
    assertThat(last.path("trigger").asString()).isEqualTo("begin-mapping");
    assertThat(last.path("roles").toString()).contains("process-lead");

    Answer here = api.get("/api/v1/processes/vefsn-lhl-1/route?target=start-up&role=process-lead");
    assertThat(here.json().path("found").asBoolean()).isTrue();
    assertThat(here.json().path("steps").size()).isZero();
  }

  @Test
  void withoutTheRolesItNeedsTheRouteNamesItsObstacles() {
    create("vefsn-lhl-1", "Vefsn", "1824");

    Answer answer =
        api.get(
            "/api/v1/processes/vefsn-lhl-1/route?target=mapping&role=council-for-older-people&lang=en");

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    assertThat(answer.json().path("found").asBoolean()).isFalse();
    JsonNode obstacles = answer.json().path("obstacles");
    assertThat(obstacles.size()).isPositive();
    for (JsonNode obstacle : obstacles) {
      assertThat(obstacle.path("kind").asString()).isNotBlank();
      assertThat(obstacle.path("message").asString()).isNotBlank();
    }
  }

  @Test
  void theRouteNeedsAKnownPhaseAndRole() {
    create("vefsn-lhl-1", "Vefsn", "1824");

    Answer phase = api.get("/api/v1/processes/vefsn-lhl-1/route?target=heaven&role=process-lead");
    assertThat(phase.status()).isEqualTo(400);
    assertThat(phase.code()).isEqualTo("LHL-C-001");
    assertThat(phase.json().path("parameter").asString()).isEqualTo("target");

    Answer role = api.get("/api/v1/processes/vefsn-lhl-1/route?target=mapping&role=mayor");
    assertThat(role.code()).isEqualTo("LHL-C-001");
    assertThat(role.json().path("parameter").asString()).isEqualTo("role");

    Answer none = api.get("/api/v1/processes/vefsn-lhl-1/route?target=mapping");
    assertThat(none.code()).isEqualTo("LHL-W-009");
    assertThat(api.get("/api/v1/processes/nowhere/route?target=mapping&role=process-lead").code())
        .isEqualTo("LHL-L-001");
  }

  // language and limits

  @Test
  void problemsAreInTheRequestsLanguage() {
    Answer nynorsk = api.get("/api/v1/processes/nowhere?lang=nn");
    Answer english =
        api.request("GET", "/api/v1/processes/nowhere").header("Accept-Language", "en").send();

    assertThat(english.json().path("title").asString())
        .isEqualTo("no process with the id is stored");
    assertThat(nynorsk.json().path("title").asString())
        .isNotBlank()
        .isNotEqualTo(english.json().path("title").asString());
  }

  @Test
  void aBodyBeyondTheCodecsLimitsIsTooLarge() {
    server.close();
    WebConfig small = WebConfig.loopback(ProcessStore.inMemory(), CLOCK);
    small =
        new WebConfig(
            small.host(),
            0,
            small.language(),
            small.users(),
            small.store(),
            no.levehelelivet.serialization.WireCodec.builder()
                .limits(
                    no.levehelelivet.serialization.Limits.builder()
                        .maxDocumentBytes(2_000)
                        .maxStringLength(500)
                        .build())
                .build(),
            small.catalogue(),
            small.clock(),
            small.random());
    server = WebServer.start(small);
    api = new ApiClient(server);

    Answer large = api.post("/api/v1/processes", newProcess("x".repeat(3_000), "Vefsn", "1824"));
    assertThat(large.status()).isEqualTo(413);
    assertThat(large.code()).isEqualTo("LHL-W-007");

    Answer longString = api.post("/api/v1/processes", newProcess("x", "V".repeat(600), "1824"));
    assertThat(longString.status()).isEqualTo(413);
    assertThat(longString.code()).isEqualTo("LHL-W-007");

    Answer definition =
        api.request("POST", "/api/v1/definitions").json("[" + "0,".repeat(1_500) + "0]").send();
    assertThat(definition.status()).isEqualTo(413);
    assertThat(definition.code()).isEqualTo("LHL-W-007");
  }

  private static List<String> ids(Answer page) {
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    for (JsonNode summary : page.json().path("processes")) {
      ids.add(summary.path("id").asString());
    }
    return ids;
  }

  private static JsonNode verdict(JsonNode verdicts, String trigger) {
    for (JsonNode verdict : verdicts) {
      if (verdict.path("trigger").asString().equals(trigger)) {
        return verdict;
      }
    }
    throw new AssertionError("no verdict of " + trigger + " in " + verdicts);
  }
}

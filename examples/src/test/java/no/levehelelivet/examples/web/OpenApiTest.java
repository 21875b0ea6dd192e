package no.levehelelivet.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.levehelelivet.examples.web.ApiClient.Answer;
import no.levehelelivet.store.ProcessStore;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/openapi.json} is valid OpenAPI 3.1 and describes exactly the routes the server has.
 */
class OpenApiTest {

  private static final String DOCUMENT =
      new String(ApiRoutes.openApiDocument(), StandardCharsets.UTF_8);

  private static SwaggerParseResult parse() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    return new OpenAPIV3Parser().readContents(DOCUMENT, null, options);
  }

  @Test
  void theDocumentIsOpenApi31WithoutAnyMessage() {
    SwaggerParseResult result = parse();

    assertThat(result.getMessages()).isEmpty();
    assertThat(result.getOpenAPI()).isNotNull();
    assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
    assertThat(result.getOpenAPI().getSpecVersion())
        .isEqualTo(io.swagger.v3.oas.models.SpecVersion.V31);
  }

  @Test
  void theDocumentListsEveryRouteTheServerAnswersAndNoOther() {
    List<String> served;
    try (WebServer server =
        WebServer.start(WebConfig.loopback(ProcessStore.inMemory(), ApiProcessesTest.CLOCK))) {
      served = server.routes().stream().filter(route -> route.contains(" /api/")).toList();
    }
    List<String> documented = new ArrayList<>();
    for (Map.Entry<String, PathItem> path : openApi().getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> operation :
          path.getValue().readOperationsMap().entrySet()) {
        documented.add(operation.getKey() + " " + path.getKey());
      }
    }
    List<String> table =
        ApiRoutes.ROUTES.stream().map(route -> route.method() + " " + route.path()).toList();

    assertThat(served).hasSize(14).containsExactlyInAnyOrderElementsOf(documented);
    assertThat(table).containsExactlyInAnyOrderElementsOf(served);
  }

  @Test
  void everyPathParameterIsDescribedAndEveryOperationNamed() {
    OpenAPI api = openApi();
    Pattern placeholder = Pattern.compile("\\{([^}]+)\\}");
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      for (Operation operation : path.getValue().readOperations()) {
        assertThat(operation.getOperationId()).as(path.getKey()).isNotBlank();
        assertThat(operation.getResponses()).as(path.getKey()).isNotEmpty();
        List<String> declared = new ArrayList<>();
        for (Parameter parameter :
            operation.getParameters() == null ? List.<Parameter>of() : operation.getParameters()) {
          Parameter resolved = resolve(api, parameter);
          if ("path".equals(resolved.getIn())) {
            declared.add(resolved.getName());
          }
        }
        List<String> inTemplate = new ArrayList<>();
        Matcher matcher = placeholder.matcher(path.getKey());
        while (matcher.find()) {
          inTemplate.add(matcher.group(1));
        }
        assertThat(declared).as(path.getKey()).containsExactlyInAnyOrderElementsOf(inTemplate);
      }
    }
  }

  @Test
  void everyRefusalIsDescribedAsProblemDetails() {
    OpenAPI api = openApi();
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      for (Operation operation : path.getValue().readOperations()) {
        for (Map.Entry<String, ApiResponse> response : operation.getResponses().entrySet()) {
          if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
            assertThat(resolve(api, response.getValue()).getContent())
                .as(path.getKey() + " " + response.getKey())
                .containsKey(ProblemDetails.MEDIA_TYPE);
          }
        }
      }
    }
    io.swagger.v3.oas.models.media.Schema<?> problem =
        api.getComponents().getSchemas().get("Problem");
    assertThat(problem).isNotNull();
    assertThat(java.util.Objects.requireNonNull(problem).getRequired())
        .contains("type", "title", "status", "detail", "code");
  }

  @Test
  void theServerServesTheDocumentToAnyone() {
    try (WebServer server =
        WebServer.start(WebConfig.loopback(ProcessStore.inMemory(), ApiProcessesTest.CLOCK))) {
      Answer answer = new ApiClient(server).get("/api/openapi.json");

      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.contentType()).startsWith("application/json");
      assertThat(answer.text()).isEqualTo(DOCUMENT);
    }
    assertThat(new OpenAPIParser().readContents(DOCUMENT, null, null).getMessages()).isEmpty();
  }

  private static Parameter resolve(OpenAPI api, Parameter parameter) {
    String ref = parameter.get$ref();
    if (ref == null) {
      return parameter;
    }
    Parameter found =
        api.getComponents().getParameters().get(ref.substring(ref.lastIndexOf('/') + 1));
    assertThat(found).as(ref).isNotNull();
    return java.util.Objects.requireNonNull(found);
  }

  private static ApiResponse resolve(OpenAPI api, ApiResponse response) {
    String ref = response.get$ref();
    if (ref == null) {
      return response;
    }
    ApiResponse found =
        api.getComponents().getResponses().get(ref.substring(ref.lastIndexOf('/') + 1));
    assertThat(found).as(ref).isNotNull();
    return java.util.Objects.requireNonNull(found);
  }

  private static OpenAPI openApi() {
    OpenAPI api = parse().getOpenAPI();
    assertThat(api).isNotNull();
    return api;
  }
}

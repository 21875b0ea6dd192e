package no.levehelelivet.examples.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.LeveHeleLivetException;
import no.levehelelivet.process.NoRoute;
import no.levehelelivet.process.Obstacle;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.Role;
import no.levehelelivet.process.Route;
import no.levehelelivet.process.RouteResult;
import no.levehelelivet.process.RouteStep;
import no.levehelelivet.process.Routes;

/**
 * {@code GET /api/v1/processes/{id}/route}: what is left (<i>veien videre</i>) between the process
 * as it is and a phase, for the roles at hand: the shortest list of steps the engine would accept,
 * or the obstacles that bar every way.
 */
final class ApiPlans {

  private ApiPlans() {}

  static void route(WebContext web, Context ctx) {
    Language language = web.language(ctx);
    ProcessInstance instance = ApiProcesses.load(web, ctx);
    String target =
        ApiProcesses.parameter(ctx, "target")
            .orElseThrow(
                () -> ApiProcesses.badParameter("target", "is required: the code of a phase"));
    List<String> codes = new ArrayList<>();
    for (String role : ctx.queryParams("role")) {
      if (!role.isEmpty()) {
        codes.add(role);
      }
    }
    Optional<WebUser> user = web.user(ctx);
    if (codes.isEmpty() && user.isPresent()) {
      codes.addAll(user.get().roles());
    }
    if (codes.isEmpty()) {
      throw ApiProcesses.badParameter(
          "role", "is required: the code of a role at hand, repeated for each");
    }
    Set<Role> roles = new LinkedHashSet<>();
    for (String code : codes) {
      roles.add(inParameter("role", language, () -> instance.definition().role(code)));
    }
    RouteResult result =
        inParameter("target", language, () -> Routes.plan(instance, target, roles));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("processId", instance.id());
    body.put("version", instance.version());
    body.put("phase", instance.phase());
    body.put("target", target);
    body.put("roles", codes);
    if (result instanceof Route route) {
      body.put("found", true);
      List<Map<String, Object>> steps = new ArrayList<>();
      for (RouteStep step : route.steps()) {
        steps.add(step(step, language));
      }
      body.put("steps", steps);
    } else {
      NoRoute none = (NoRoute) result;
      body.put("found", false);
      List<Map<String, Object>> obstacles = new ArrayList<>();
      for (Obstacle obstacle : none.obstacles()) {
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("kind", obstacle.kind().code());
        shape.put("subject", obstacle.subject());
        shape.put("roles", obstacle.roles().stream().map(Role::code).toList());
        shape.put("message", obstacle.message(language));
        obstacles.add(shape);
      }
      body.put("obstacles", obstacles);
    }
    ctx.header("ETag", ApiProcesses.etag(instance.version()));
    ApiProcesses.json(web, ctx, 200, body);
  }

  private static Map<String, Object> step(RouteStep step, Language language) {
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("kind", step.kind().code());
    shape.put("phase", step.phase());
    shape.put("status", step.status().code());
    shape.put("trigger", step.trigger().code());
    shape.put("label", step.trigger().label(language));
    step.criterion().ifPresent(criterion -> shape.put("criterion", criterion));
    step.target().ifPresent(target -> shape.put("target", target));
    shape.put("roles", step.roles().stream().map(Role::code).toList());
    shape.put("noteRequired", step.isNoteRequired());
    shape.put("evidenceRequired", step.isEvidenceRequired());
    return shape;
  }

  private static <T> T inParameter(
      String name, Language language, java.util.function.Supplier<T> make) {
    try {
      return make.get();
    } catch (LeveHeleLivetException e) {
      ApiProblem problem = ApiFailures.of(e, language);
      Map<String, Object> members = new LinkedHashMap<>(problem.extensions());
      members.put("parameter", name);
      throw new ApiProblem(
          problem.code(),
          problem.status(),
          problem.detail(),
          com.google.common.collect.ImmutableMap.copyOf(members));
    }
  }
}

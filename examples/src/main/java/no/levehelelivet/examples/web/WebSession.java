package no.levehelelivet.examples.web;

import java.time.Instant;
import no.levehelelivet.core.Language;
import org.jspecify.annotations.Nullable;

/**
 * What the tool remembers of one browser (<i>økt</i>), under the random id its session cookie
 * carries: the token its forms must send back, who is logged in or acting, and the language chosen.
 * Changing it makes a new value; {@link Sessions} keeps the current one.
 *
 * @param id the cookie's value, 256 random bits
 * @param csrf the token every state-changing request of this session must carry
 * @param user the logged-in user, when the tool has a users file
 * @param actor the name the user acts under on loopback without users, once chosen
 * @param role the code of the role the user acts in, once chosen
 * @param language the language chosen, or none for the tool's default
 * @param lastSeen when the session was last used
 */
record WebSession(
    String id,
    String csrf,
    @Nullable WebUser user,
    @Nullable String actor,
    @Nullable String role,
    @Nullable Language language,
    Instant lastSeen) {

  WebSession withUser(WebUser newUser) {
    String firstRole = newUser.roles().isEmpty() ? null : newUser.roles().iterator().next();
    return new WebSession(id, csrf, newUser, newUser.name(), firstRole, language, lastSeen);
  }

  WebSession withActor(String newActor, String newRole) {
    return new WebSession(id, csrf, user, newActor, newRole, language, lastSeen);
  }

  WebSession withRole(String newRole) {
    return new WebSession(id, csrf, user, actor, newRole, language, lastSeen);
  }

  WebSession withLanguage(Language newLanguage) {
    return new WebSession(id, csrf, user, actor, role, newLanguage, lastSeen);
  }

  WebSession seenAt(Instant time) {
    return new WebSession(id, csrf, user, actor, role, language, time);
  }

  /** The session with new id and token and the same contents: after a login, against fixation. */
  WebSession renewed(String newId, String newCsrf) {
    return new WebSession(newId, newCsrf, user, actor, role, language, lastSeen);
  }

  @Override
  public String toString() {
    // Never the id or the token: they are secrets.
    return "WebSession[user=" + (user == null ? "-" : user.name()) + ", actor=" + actor + "]";
  }
}

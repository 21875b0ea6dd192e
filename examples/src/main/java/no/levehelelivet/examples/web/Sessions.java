package no.levehelelivet.examples.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The sessions of one running tool, in memory: a restart logs everyone out. A session unused for
 * {@link #IDLE} is forgotten; when {@link #MAX_SESSIONS} are open the least recently used goes, so
 * that no stream of new browsers can fill the memory.
 */
final class Sessions {

  static final Duration IDLE = Duration.ofHours(8);
  static final int MAX_SESSIONS = 10_000;

  private final Map<String, WebSession> sessions = new ConcurrentHashMap<>();
  private final SecureRandom random;
  private final Clock clock;

  Sessions(SecureRandom random, Clock clock) {
    this.random = random;
    this.clock = clock;
  }

  /** A new, empty session. */
  WebSession create() {
    Instant now = clock.instant();
    if (sessions.size() >= MAX_SESSIONS) {
      sweep(now);
    }
    WebSession session = new WebSession(token(), token(), null, null, null, null, now);
    sessions.put(session.id(), session);
    return session;
  }

  /** The live session with this id, marked as seen now. */
  Optional<WebSession> find(String id) {
    WebSession session = sessions.get(id);
    if (session == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (session.lastSeen().plus(IDLE).isBefore(now)) {
      sessions.remove(id, session);
      return Optional.empty();
    }
    WebSession seen = session.seenAt(now);
    sessions.replace(id, session, seen);
    return Optional.of(seen);
  }

  /**
   * Changes the current value of the session, atomically, so that two requests of one browser at
   * once do not undo each other's change.
   *
   * @return the changed session, or empty if it has gone meanwhile
   */
  Optional<WebSession> update(String id, UnaryOperator<WebSession> change) {
    return Optional.ofNullable(
        sessions.computeIfPresent(id, (key, current) -> change.apply(current)));
  }

  /** The session under a new id and token, the old id forgotten: after a login or logout. */
  WebSession renew(WebSession session) {
    sessions.remove(session.id());
    WebSession renewed = session.renewed(token(), token());
    sessions.put(renewed.id(), renewed);
    return renewed;
  }

  /** Forgets the session. */
  void remove(String id) {
    sessions.remove(id);
  }

  private void sweep(Instant now) {
    sessions.values().removeIf(s -> s.lastSeen().plus(IDLE).isBefore(now));
    while (sessions.size() >= MAX_SESSIONS) {
      sessions.values().stream()
          .min(Comparator.comparing(WebSession::lastSeen))
          .ifPresent(oldest -> sessions.remove(oldest.id(), oldest));
    }
  }

  private String token() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}

package no.levehelelivet.process;

import com.google.common.collect.ImmutableMap;
import no.levehelelivet.core.Coded;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.core.internal.Codes;

/**
 * Why no route leads to a phase (<i>hinder</i>): what an {@link Obstacle} is about, and what its
 * {@linkplain Obstacle#subject() subject} holds.
 */
public enum ObstacleKind implements Coded {
  /**
   * The process is completed or abandoned, or paused with no way to resume it (<i>prosessen er ikke
   * aktiv</i>). Subject: the status code.
   */
  PROCESS_NOT_ACTIVE("process-not-active"),
  /**
   * No move or revisit of the definition leads from the current phase to the target
   * (<i>uoppnåelig</i>). Subject: the target phase.
   */
  UNREACHABLE("unreachable"),
  /**
   * None of the roles at hand may fire a trigger the way there needs (<i>ingen tillatt rolle for
   * utløseren</i>). Subject: the trigger; roles: those permitted to fire it.
   */
  TRIGGER_NOT_PERMITTED("trigger-not-permitted"),
  /**
   * None of the roles at hand may record a criterion the way there needs (<i>ingen tillatt rolle
   * for kriteriet</i>). Subject: the criterion; roles: those permitted to record it.
   */
  CRITERION_NOT_PERMITTED("criterion-not-permitted"),
  /**
   * The journal is full, so the engine accepts no more commands (<i>journalen er full</i>); {@code
   * LHL-P-017}. Subject: the instance's version.
   */
  JOURNAL_FULL("journal-full"),
  /**
   * The definition has more ways through it than the planner weighs (<i>søkegrensen er nådd</i>):
   * no route was found among the states it looked at. Subject: the number of states.
   */
  SEARCH_LIMIT("search-limit");

  private static final ImmutableMap<String, ObstacleKind> BY_CODE = Codes.index(values());

  private final String code;

  ObstacleKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * {@return the obstacle kind with the given code, such as {@code "unreachable"}}
   *
   * @param code the stable code to look up
   * @throws UnknownCodeException naming the code and the valid ones if there is none
   */
  public static ObstacleKind fromCode(String code) {
    return Codes.lookup(BY_CODE, "obstacle kind", code);
  }
}

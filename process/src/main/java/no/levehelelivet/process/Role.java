package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import no.levehelelivet.core.Labelled;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.LocalizedText;
import no.levehelelivet.core.UnknownCodeException;
import no.levehelelivet.process.internal.ProcessMessages;
import no.levehelelivet.process.internal.TupleValue;
import org.immutables.value.Value;

/**
 * A role (<i>rolle</i>) an actor has in the change process, such as the process lead
 * (<i>prosessleder</i>). The definition says which roles may fire which transition and record which
 * criterion. The six standard roles are constants; a tailored definition may add its own.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@TupleValue
// Role's constants create ImmutableRole while Role initialises; ImmutableRole is package-private
// and
// only reached through Role's own methods, so no thread can initialise it first and deadlock.
@SuppressWarnings("ClassInitializationDeadlock")
public abstract class Role implements Labelled {

  /** The process lead (<i>prosessleder</i>), who runs the process day to day. */
  public static final Role PROCESS_LEAD =
      of("process-lead", LocalizedText.of("Prosessleder", "Prosessleiar", "Process lead"));

  /**
   * The administrative leadership (<i>administrativ ledelse</i>): the chief municipal executive
   * (<i>kommunedirektør</i>) and the strategic management group.
   */
  public static final Role ADMINISTRATIVE_LEADERSHIP =
      of(
          "administrative-leadership",
          LocalizedText.of(
              "Administrativ ledelse", "Administrativ leiing", "Administrative leadership"));

  /** The municipal council (<i>kommunestyret</i>), which adopts the plan. */
  public static final Role MUNICIPAL_COUNCIL =
      of(
          "municipal-council",
          LocalizedText.of("Kommunestyret", "Kommunestyret", "Municipal council"));

  /** A resource person (<i>ressursperson</i>) in the municipality's services. */
  public static final Role RESOURCE_PERSON =
      of("resource-person", LocalizedText.of("Ressursperson", "Ressursperson", "Resource person"));

  /**
   * The regional support apparatus (<i>regionalt støtteapparat</i>: Statsforvalteren, KS, USHT),
   * which advises and records dialogue meetings but never moves phases.
   */
  public static final Role REGIONAL_SUPPORT =
      of(
          "regional-support",
          LocalizedText.of(
              "Regionalt støtteapparat", "Regionalt støtteapparat", "Regional support"));

  /** The council for older people (<i>eldrerådet</i>), which is consulted. */
  public static final Role COUNCIL_FOR_OLDER_PEOPLE =
      of(
          "council-for-older-people",
          LocalizedText.of("Eldrerådet", "Eldrerådet", "Council for older people"));

  private static final ImmutableList<Role> STANDARD =
      ImmutableList.of(
          PROCESS_LEAD,
          ADMINISTRATIVE_LEADERSHIP,
          MUNICIPAL_COUNCIL,
          RESOURCE_PERSON,
          REGIONAL_SUPPORT,
          COUNCIL_FOR_OLDER_PEOPLE);

  Role() {}

  /** The stable code, for example {@code "process-lead"}. */
  @Override
  public abstract String code();

  /** {@return the role's name in bokmål, nynorsk and English} */
  public abstract LocalizedText label();

  /**
   * {@return a role}
   *
   * @param code the role's stable code, for example {@code "process-lead"}
   * @param label the role's name
   * @throws IllegalArgumentException ({@code LHL-P-900}) if the code is not lower-kebab-case
   */
  public static Role of(String code, LocalizedText label) {
    return ImmutableRole.of(code, label);
  }

  /**
   * {@return the six standard roles of the reference process, in the order the reference lists
   * them}
   */
  public static ImmutableList<Role> standardRoles() {
    return STANDARD;
  }

  /**
   * {@return the standard role with the given code}
   *
   * @param code the code of one of the standard roles, for example {@code "process-lead"}
   * @throws UnknownCodeException if no standard role has that code
   */
  public static Role standard(String code) {
    for (Role role : STANDARD) {
      if (role.code().equals(code)) {
        return role;
      }
    }
    throw new UnknownCodeException("role", code, STANDARD.stream().map(Role::code).toList());
  }

  @Override
  public String label(Language language) {
    return label().in(language);
  }

  @Value.Check
  void check() {
    ProcessMessages.requireCode("role code", code());
  }

  @Override
  public String toString() {
    return code();
  }
}

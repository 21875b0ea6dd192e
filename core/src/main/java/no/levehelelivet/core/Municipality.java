package no.levehelelivet.core;

import java.time.LocalDate;
import no.levehelelivet.core.internal.BuildableValue;
import no.levehelelivet.core.internal.CoreMessages;
import org.immutables.value.Value;

/**
 * A Norwegian municipality (<i>kommune</i>), identified by its four-digit municipality number
 * (<i>kommunenummer</i>), for example Vefsn, 1824.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@BuildableValue
public abstract class Municipality {

  Municipality() {}

  /** {@return the municipality's name, for example {@code "Vefsn"}} */
  public abstract String name();

  /**
   * {@return the four-digit municipality number (<i>kommunenummer</i>), for example {@code "1824"}}
   */
  public abstract String number();

  /**
   * {@return the municipality with the given name and number}
   *
   * @param name the municipality's name; not blank
   * @param number the municipality number (<i>kommunenummer</i>); four digits
   * @throws InvalidValueException if the name is blank or the number is not four digits
   */
  public static Municipality of(String name, String number) {
    return builder().name(name).number(number).build();
  }

  /**
   * {@return this municipality if its number is in force on {@code date} as far as the register of
   * municipalities (Statistics Norway's classification 131) known to the library tells, for example
   * Solund as 4636 on any day from 1 January 2020}
   *
   * <p>The library holds every number of the register in force from 1 January 2024 (357
   * municipalities), the county numbers of the 2020 version, and the renumberings it can cite
   * (Solund 1412 → 4636 in 2020; Bærum 0219 → 3024 → 3201; Ålesund 1507 → 1508 Ålesund and 1580
   * Haram in 2024). From 2024 a number must be in the register; from 2020 to 2023 its county must
   * be; before 2020 only the cited renumberings are checked. Only the number is checked, not the
   * name.
   *
   * @param date the day on which the number must be in force
   * @throws InvalidValueException with {@link ArgumentCode#NOT_IN_REGISTER} if the number is not in
   *     force on that date; the message names the number to use where the library knows it
   */
  public Municipality requireValidOn(LocalDate date) {
    String refusal = MunicipalityRegister.refusal(number(), date);
    if (refusal != null) {
      throw InvalidValueException.of(
          ArgumentCode.NOT_IN_REGISTER,
          "kommunenummer",
          "in force on " + date + " (" + refusal + ")",
          number());
    }
    return this;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return ImmutableMunicipality.builder();
  }

  /**
   * {@return a copy with the given name}
   *
   * @param name the copy's name; not blank
   * @throws InvalidValueException if the copy breaks a rule of the municipality
   */
  public abstract Municipality withName(String name);

  /**
   * {@return a copy with the given municipality number}
   *
   * @param number the copy's municipality number; four digits
   * @throws InvalidValueException if the copy breaks a rule of the municipality
   */
  public abstract Municipality withNumber(String number);

  @Value.Check
  void check() {
    CoreMessages.requireNotBlank("name", name());
    CoreMessages.require(isFourDigits(number()), "kommunenummer", "four digits", number());
  }

  /** Whether {@code number} is four ASCII digits; a loop, not a regex compiled on every check. */
  private static boolean isFourDigits(String number) {
    if (number.length() != 4) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      char c = number.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Builds a {@link Municipality} field by field; not thread-safe. */
  public interface Builder {

    /**
     * Sets every field from {@code instance}.
     *
     * @param instance the municipality to copy every field from
     * @return this builder
     */
    Builder from(Municipality instance);

    /**
     * Sets the name.
     *
     * @param name the name; not blank
     * @return this builder
     */
    Builder name(String name);

    /**
     * Sets the four-digit municipality number.
     *
     * @param number the municipality number (<i>kommunenummer</i>); four digits
     * @return this builder
     */
    Builder number(String number);

    /**
     * Builds the municipality.
     *
     * @return the municipality
     * @throws InvalidValueException if the name is blank or the number is not four digits
     * @throws IllegalArgumentException if a required field is not set
     */
    Municipality build();
  }
}

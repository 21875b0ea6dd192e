package no.levehelelivet.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the library knows of Statistics Norway's register of municipalities (<i>Standard for
 * kommuneinndeling</i>, classification 131): the county numbers (<i>fylkesnummer</i>) that begin
 * every number in force in each version from 2020 on, and the renumberings the catalogue can cite.
 *
 * <p>It is not the whole register: no public copy with every number's validity could be checked
 * here. A number is refused when its county is not in the version in force on the date, or when a
 * cited renumbering retired it before the date or brought it in after it. Before 2020 only the
 * cited renumberings are checked.
 */
final class MunicipalityRegister {

  /** The first day of the 2020 version, the first this register holds. */
  static final LocalDate REFORM_2020 = LocalDate.of(2020, 1, 1);

  /** The first day of the 2024 version, the one in force today. */
  static final LocalDate REFORM_2024 = LocalDate.of(2024, 1, 1);

  /**
   * The counties of 2020–2023, among them Viken (30), Vestfold og Telemark (38), Troms og Finnmark
   * (54).
   */
  static final ImmutableSet<String> COUNTIES_2020 =
      ImmutableSet.of("03", "11", "15", "18", "30", "34", "38", "42", "46", "50", "54");

  /** The counties from 2024: Viken, Vestfold og Telemark and Troms og Finnmark split again. */
  static final ImmutableSet<String> COUNTIES_2024 =
      ImmutableSet.of(
          "03", "11", "15", "18", "31", "32", "33", "34", "39", "40", "42", "46", "50", "55", "56");

  /** One number's known validity: from (inclusive, or unknown) to (exclusive, or still valid). */
  private record Entry(
      String number,
      String name,
      @Nullable LocalDate from,
      @Nullable LocalDate to,
      ImmutableList<String> successors,
      String source) {}

  private static final String SSB_HISTORY =
      "SSB, «Hvordan ivareta historikken med ny kommune- og fylkesstruktur»";
  private static final String SOLUND =
      "Solund: 1412 i Sogn og Fjordane til 2020, 4636 i Vestland (vestafjells.no, Solund, fakta)";

  private static final ImmutableMap<String, Entry> KNOWN =
      index(
          new Entry("1412", "Solund", null, REFORM_2020, ImmutableList.of("4636"), SOLUND),
          new Entry("4636", "Solund", REFORM_2020, null, ImmutableList.of(), SOLUND),
          new Entry("0219", "Bærum", null, REFORM_2020, ImmutableList.of("3024"), SSB_HISTORY),
          new Entry(
              "3024", "Bærum", REFORM_2020, REFORM_2024, ImmutableList.of("3201"), SSB_HISTORY),
          new Entry("3201", "Bærum", REFORM_2024, null, ImmutableList.of(), SSB_HISTORY),
          new Entry(
              "1507",
              "Ålesund",
              REFORM_2020,
              REFORM_2024,
              ImmutableList.of("1508", "1580"),
              SSB_HISTORY),
          new Entry("1508", "Ålesund", REFORM_2024, null, ImmutableList.of(), SSB_HISTORY),
          new Entry("1580", "Haram", REFORM_2024, null, ImmutableList.of(), SSB_HISTORY));

  private MunicipalityRegister() {}

  private static ImmutableMap<String, Entry> index(Entry... entries) {
    ImmutableMap.Builder<String, Entry> index = ImmutableMap.builder();
    for (Entry entry : entries) {
      index.put(entry.number(), entry);
    }
    return index.buildOrThrow();
  }

  /**
   * Why {@code number} is not in force on {@code date}, naming the number to use where one is
   * known; {@code null} if nothing the register holds speaks against it.
   */
  static @Nullable String refusal(String number, LocalDate date) {
    Entry known = KNOWN.get(number);
    if (known != null) {
      if (known.to() != null && !date.isBefore(known.to())) {
        return known.number()
            + " "
            + known.name()
            + " was retired on "
            + known.to()
            + "; on "
            + date
            + " use "
            + String.join(" or ", successorsOn(known, date));
      }
      if (known.from() != null && date.isBefore(known.from())) {
        return known.number() + " " + known.name() + " came into force on " + known.from();
      }
      return null;
    }
    if (date.isBefore(REFORM_2020)) {
      return null;
    }
    ImmutableSet<String> counties = date.isBefore(REFORM_2024) ? COUNTIES_2020 : COUNTIES_2024;
    String county = number.substring(0, 2);
    if (!counties.contains(county)) {
      return "no county " + county + " is in the register in force on " + date;
    }
    return null;
  }

  /** The numbers that replace a retired one on {@code date}, followed through later changes. */
  private static List<String> successorsOn(Entry retired, LocalDate date) {
    List<String> numbers = new ArrayList<>();
    for (String successor : retired.successors()) {
      Entry next = KNOWN.get(successor);
      if (next != null && next.to() != null && !date.isBefore(next.to())) {
        numbers.addAll(successorsOn(next, date));
      } else {
        numbers.add(successor + (next != null ? " " + next.name() : ""));
      }
    }
    return numbers;
  }
}

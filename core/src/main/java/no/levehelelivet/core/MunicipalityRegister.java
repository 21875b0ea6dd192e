package no.levehelelivet.core;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the library knows of Statistics Norway's register of municipalities (<i>Standard for
 * kommuneinndeling</i>, classification 131): every number in force from 1 January 2024 (the 357
 * municipalities in {@code municipalities-2024.tsv}), the county numbers (<i>fylkesnummer</i>) of
 * the 2020 version, and the renumberings the catalogue can cite.
 *
 * <p>From 2024 a number must be one of the register's; from 2020 to 2023 its county must be in the
 * version then in force; before 2020 only the cited renumberings are checked. A cited renumbering
 * names the number to use instead.
 */
final class MunicipalityRegister {

  /** The resource that holds the numbers in force from 2024. */
  static final String REGISTER = "/no/levehelelivet/core/municipalities-2024.tsv";

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

  /** The numbers in force from 2024, read on first use. */
  private static final class Current {
    static final ImmutableMap<String, String> NAMES = read(REGISTER);
  }

  private MunicipalityRegister() {}

  /** The municipalities in force from 1 January 2024: number to name, in number order. */
  static ImmutableMap<String, String> current() {
    return Current.NAMES;
  }

  /**
   * Reads a register resource: one municipality a line, its number, a tab and its name; lines that
   * are empty or start with {@code #} are comments.
   */
  static ImmutableMap<String, String> read(String name) {
    try (InputStream in = MunicipalityRegister.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            CoreCode.MISSING_RESOURCE.code() + ": the register " + name + " is missing");
      }
      ImmutableMap.Builder<String, String> names = ImmutableMap.builder();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          int tab = line.indexOf('\t');
          names.put(line.substring(0, tab), line.substring(tab + 1));
        }
      }
      return names.buildOrThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(
          CoreCode.MISSING_RESOURCE.code() + ": the register " + name + " is unreadable", e);
    }
  }

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
    if (!date.isBefore(REFORM_2024) && !current().containsKey(number)) {
      return "no municipality has the number in the register in force on " + date;
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

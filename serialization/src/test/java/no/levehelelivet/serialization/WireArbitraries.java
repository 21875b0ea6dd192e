package no.levehelelivet.serialization;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import no.levehelelivet.core.EntryStatus;
import no.levehelelivet.core.FocusArea;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.LocalizedText;
import no.levehelelivet.core.Measure;
import no.levehelelivet.core.Municipality;
import no.levehelelivet.core.Solution;
import no.levehelelivet.core.Source;
import no.levehelelivet.core.ValueLimits;
import no.levehelelivet.core.actor.CollaboratingActor;
import no.levehelelivet.core.municipality.Sector;
import no.levehelelivet.core.plan.ActivityPlan;
import no.levehelelivet.core.plan.Session;
import no.levehelelivet.core.plan.SessionFormat;
import no.levehelelivet.core.reflection.QuestionTopic;
import no.levehelelivet.core.reflection.ReflectionQuestion;
import no.levehelelivet.core.timeline.DatePrecision;
import no.levehelelivet.core.timeline.Milestone;

/** Generators of arbitrary, valid core values, for round-trip laws. */
final class WireArbitraries {

  private WireArbitraries() {}

  /** Any non-blank text, including quotes, backslashes, control characters and non-ASCII. */
  static Arbitrary<String> text() {
    return Arbitraries.strings()
        .withCharRange(' ', '~')
        .withChars('æ', 'ø', 'å', 'Æ', '–', '«', '»', '\n', '\t', '"', '\\', '\u0001', '😀')
        .ofMinLength(1)
        .ofMaxLength(40)
        // a lone half of the emoji's surrogate pair is not a text (ValueLimits)
        .filter(s -> !s.isBlank() && ValueLimits.isText(s));
  }

  static Arbitrary<String> code() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .ofMinLength(1)
        .ofMaxLength(8)
        .list()
        .ofMinSize(1)
        .ofMaxSize(4)
        .map(parts -> String.join("-", parts));
  }

  static Arbitrary<LocalDate> date() {
    return Arbitraries.integers()
        .between(0, 365 * 200)
        .map(days -> LocalDate.of(1950, 1, 1).plusDays(days));
  }

  static Arbitrary<Source> source() {
    return Combinators.combine(
            text(),
            Arbitraries.of("https://www.regjeringen.no/", "http://example.no/a?b=c").optional())
        .as((citation, url) -> url.map(u -> Source.of(citation, u)).orElse(Source.of(citation)));
  }

  static Arbitrary<LocalizedText> localizedText() {
    return Combinators.combine(text(), text().optional(), text().optional())
        .as(
            (nb, nn, en) -> {
              Map<Language, String> texts = new EnumMap<>(Language.class);
              texts.put(Language.BOKMAL, nb);
              nn.ifPresent(t -> texts.put(Language.NYNORSK, t));
              en.ifPresent(t -> texts.put(Language.ENGLISH, t));
              return LocalizedText.of(texts);
            });
  }

  static Arbitrary<Municipality> municipality() {
    return Combinators.combine(text(), Arbitraries.strings().numeric().ofLength(4))
        .as(Municipality::of);
  }

  static Arbitrary<Measure> measure() {
    return Combinators.combine(
            text(),
            text().optional(),
            Arbitraries.of(FocusArea.class).set().ofMinSize(1),
            Arbitraries.of(Sector.class),
            Arbitraries.of(CollaboratingActor.class).set().ofMaxSize(6),
            Arbitraries.of(Solution.class).set().ofMaxSize(6))
        .as(
            (title, description, areas, sector, actors, candidates) -> {
              Measure.Builder builder =
                  Measure.builder()
                      .title(title)
                      .addAllFocusAreas(areas)
                      .responsibleSector(sector)
                      .addAllCollaborators(actors);
              description.ifPresent(builder::description);
              candidates.stream()
                  .filter(s -> areas.contains(s.focusArea()))
                  .forEach(builder::addSolutions);
              return builder.build();
            });
  }

  static Arbitrary<Session> session() {
    Arbitrary<LocalTime> time =
        Arbitraries.integers()
            .between(0, 24 * 60 * 60 - 2)
            .map(seconds -> LocalTime.ofSecondOfDay(seconds));
    Arbitrary<LocalTime[]> span =
        time.flatMap(
            start ->
                Arbitraries.integers()
                    .between(1, 24 * 60 * 60 - 1 - start.toSecondOfDay())
                    .map(length -> new LocalTime[] {start, start.plusSeconds(length)}));
    return Combinators.combine(
            text(),
            Arbitraries.oneOf(Arbitraries.just(""), text()),
            date(),
            date().set().ofMaxSize(3),
            Arbitraries.of(SessionFormat.class).set().ofMinSize(1),
            Arbitraries.integers().between(0, 2),
            span,
            Arbitraries.longs().between(1, 100_000).map(Duration::ofSeconds))
        .as(
            (title, content, date, alternatives, formats, timing, times, length) -> {
              Session.Builder builder =
                  Session.builder().title(title).content(content).date(date).addAllFormats(formats);
              alternatives.stream()
                  .filter(d -> !d.equals(date))
                  .forEach(builder::addAlternativeDates);
              if (timing == 1) {
                builder.start(times[0]).end(times[1]);
              } else if (timing == 2) {
                builder.length(length);
              }
              return builder.build();
            });
  }

  static Arbitrary<ActivityPlan> activityPlan() {
    return Combinators.combine(
            code(),
            text(),
            text(),
            Arbitraries.of("Europe/Oslo", "UTC", "Z", "Europe/London", "+01:00").map(ZoneId::of),
            session().list().ofMinSize(1).ofMaxSize(4),
            text().list().ofMaxSize(3),
            source().optional())
        .as(
            (code, title, organiser, zone, sessions, methods, source) -> {
              ActivityPlan.Builder builder =
                  ActivityPlan.builder()
                      .code(code)
                      .title(title)
                      .organiser(organiser)
                      .zone(zone)
                      .addAllSessions(sessions)
                      .addAllMethods(methods);
              source.ifPresent(builder::source);
              return builder.build();
            });
  }

  static Arbitrary<ReflectionQuestion> reflectionQuestion() {
    return Combinators.combine(
            code(),
            Arbitraries.of(QuestionTopic.class),
            localizedText(),
            source(),
            text().optional())
        .as(
            (code, topic, text, usedIn, attribution) -> {
              ReflectionQuestion.Builder builder =
                  ReflectionQuestion.builder().code(code).topic(topic).text(text).usedIn(usedIn);
              attribution.ifPresent(builder::attribution);
              return builder.build();
            });
  }

  static Arbitrary<Milestone> milestone() {
    return Combinators.combine(
            code(),
            localizedText(),
            date(),
            Arbitraries.integers().between(0, 2000).optional(),
            Arbitraries.of(DatePrecision.class),
            source(),
            Arbitraries.of(EntryStatus.class),
            localizedText().optional())
        .as(
            (code, title, date, span, precision, source, status, remark) -> {
              LocalDate start =
                  precision == DatePrecision.YEAR
                      ? date.withDayOfYear(1)
                      : precision == DatePrecision.MONTH ? date.withDayOfMonth(1) : date;
              Milestone.Builder builder =
                  Milestone.builder()
                      .code(code)
                      .title(title)
                      .date(start)
                      .precision(precision)
                      .source(source)
                      .status(status);
              span.ifPresent(days -> builder.endDate(start.plusDays(days)));
              remark.ifPresent(builder::remark);
              return builder.build();
            });
  }

  /** Any readable document value. */
  static Arbitrary<Object> anyDocument() {
    return Arbitraries.oneOf(
        activityPlan().map(o -> (Object) o),
        measure().map(o -> (Object) o),
        municipality().map(o -> (Object) o),
        reflectionQuestion().map(o -> (Object) o),
        milestone().map(o -> (Object) o));
  }
}

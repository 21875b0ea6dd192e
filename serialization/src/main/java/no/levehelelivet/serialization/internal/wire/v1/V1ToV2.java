package no.levehelelivet.serialization.internal.wire.v1;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import no.levehelelivet.core.internal.Echo;
import no.levehelelivet.serialization.DocumentType;
import no.levehelelivet.serialization.WireCode;
import no.levehelelivet.serialization.internal.Envelope;
import no.levehelelivet.serialization.internal.MigrationStep;
import no.levehelelivet.serialization.internal.Node;
import no.levehelelivet.serialization.internal.Pointers;
import no.levehelelivet.serialization.internal.Problems;

/**
 * Upgrades a major-1 document to major 2, in place: dates from {@code dd.MM.yyyy} to ISO, a
 * session's {@code format} to {@code formats}, a plan's missing {@code zone} to {@code
 * "Europe/Oslo"}, {@code kommunenummer} to {@code number}, {@code sector} to {@code
 * responsibleSector}, and {@code question}/{@code questionEnglish} to {@code text}.
 */
public final class V1ToV2 implements MigrationStep {

  /** The step. */
  public static final V1ToV2 INSTANCE = new V1ToV2();

  private static final DateTimeFormatter V1_DATE =
      DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);

  private V1ToV2() {}

  @Override
  public int fromMajor() {
    return 1;
  }

  @Override
  public void upgrade(Node.Obj document, DocumentType type, Problems problems) {
    switch (type) {
      case ACTIVITY_PLAN -> upgradePlan(document, problems);
      case MUNICIPALITY -> rename(document, "", "kommunenummer", "number", problems);
      case MEASURE -> rename(document, "", "sector", "responsibleSector", problems);
      case MILESTONE -> {
        date(document, "", "date", problems);
        date(document, "", "endDate", problems);
      }
      case REFLECTION_QUESTION -> upgradeQuestion(document, problems);
      default -> throw new IllegalArgumentException(type.code() + " has no major 1");
    }
    document.members().put(Envelope.SCHEMA_VERSION, Node.Scalar.string("2.0", document));
  }

  private static void upgradePlan(Node.Obj document, Problems problems) {
    rejectNewName(document, "", "zone", problems);
    document.members().put("zone", Node.Scalar.string("Europe/Oslo", document));
    if (document.members().get("sessions") instanceof Node.Arr sessions) {
      List<Node> items = sessions.items();
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i) instanceof Node.Obj session) {
          upgradeSession(session, "/sessions/" + i, problems);
        }
      }
    }
  }

  private static void upgradeSession(Node.Obj session, String pointer, Problems problems) {
    date(session, pointer, "date", problems);
    if (session.members().get("alternativeDates") instanceof Node.Arr alternatives) {
      List<Node> items = alternatives.items();
      for (int i = 0; i < items.size(); i++) {
        items.set(i, converted(items.get(i), pointer + "/alternativeDates/" + i, problems));
      }
    }
    rejectNewName(session, pointer, "formats", problems);
    Node format = session.members().remove("format");
    if (format != null) {
      Node.Arr formats = new Node.Arr(format.line(), format.column());
      formats.items().add(format);
      session.members().put("formats", formats);
    }
  }

  private static void upgradeQuestion(Node.Obj question, Problems problems) {
    rejectNewName(question, "", "text", problems);
    Node bokmal = question.members().remove("question");
    Node english = question.members().remove("questionEnglish");
    if (bokmal != null || english != null) {
      Node at = bokmal != null ? bokmal : question;
      Node.Obj text = new Node.Obj(at.line(), at.column());
      if (bokmal != null) {
        text.members().put("nb", bokmal);
      }
      if (english != null) {
        text.members().put("en", english);
      }
      question.members().put("text", text);
    }
  }

  private static void rename(
      Node.Obj object, String pointer, String oldName, String newName, Problems problems) {
    rejectNewName(object, pointer, newName, problems);
    Node value = object.members().remove(oldName);
    if (value != null) {
      object.members().put(newName, value);
    }
  }

  /** A major-1 document that already uses a major-2 name has a property major 1 does not know. */
  private static void rejectNewName(
      Node.Obj object, String pointer, String newName, Problems problems) {
    Node clash = object.members().remove(newName);
    if (clash != null) {
      problems.unknownProperty(Pointers.child(pointer, newName), newName, clash);
    }
  }

  private static void date(Node.Obj object, String pointer, String name, Problems problems) {
    Node value = object.members().get(name);
    if (value != null) {
      object.members().put(name, converted(value, Pointers.child(pointer, name), problems));
    }
  }

  private static Node converted(Node value, String pointer, Problems problems) {
    if (value.kind() != Node.Kind.STRING) {
      return value;
    }
    String text = ((Node.Scalar) value).text();
    try {
      return Node.Scalar.string(LocalDate.parse(text, V1_DATE).toString(), value);
    } catch (DateTimeParseException e) {
      problems.error(
          WireCode.INVALID_VALUE,
          pointer,
          "a major-1 date must be dd.MM.yyyy, such as \"18.08.2020\", was \""
              + Echo.cut(text)
              + "\"",
          value);
      return value;
    }
  }
}

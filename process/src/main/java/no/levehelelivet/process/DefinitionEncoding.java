package no.levehelelivet.process;

import java.util.Map;
import java.util.Optional;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.LocalizedText;
import no.levehelelivet.core.reflection.ReflectionQuestion;
import no.levehelelivet.core.timeline.Milestone;
import no.levehelelivet.process.internal.CanonicalWriter;
import no.levehelelivet.process.journal.Digest;

/** The canonical encoding of a definition, as documented on {@link ProcessDefinition#digest()}. */
final class DefinitionEncoding {

  private DefinitionEncoding() {}

  static Digest digest(ProcessDefinition definition) {
    return Digest.sha256(encode(definition));
  }

  static byte[] encode(ProcessDefinition definition) {
    CanonicalWriter out = new CanonicalWriter(4096);
    out.u8(1).string(definition.id()).i32(definition.version());
    text(out, definition.name());
    out.optional(definition.basedOn());
    out.i32(definition.phases().size());
    for (Phase phase : definition.phases()) {
      out.string(phase.code());
      text(out, phase.label());
      // plain ifs rather than Optional lambdas: a definition is encoded on its first use, often in
      // a fresh JVM, where every lambda's first use costs
      out.u8(phase.description().isPresent() ? 1 : 0);
      if (phase.description().isPresent()) {
        text(out, phase.description().get());
      }
      out.u8(phase.isInitial() ? 1 : 0);
      out.i32(phase.questions().size());
      for (ReflectionQuestion question : phase.questions()) {
        out.string(question.code());
        text(out, question.text());
      }
      out.i32(phase.milestones().size());
      for (Milestone milestone : phase.milestones()) {
        out.string(milestone.code())
            .string(milestone.date().toString())
            .string(milestone.lastDate().toString());
      }
      out.optional(
          phase.targetDate().isPresent()
              ? Optional.of(phase.targetDate().get().toString())
              : Optional.empty());
    }
    out.i32(definition.transitions().size());
    for (Transition transition : definition.transitions()) {
      out.string(transition.trigger().code());
      text(out, transition.trigger().label());
      out.string(transition.kind().code()).u8(transition.isFromEveryPhase() ? 1 : 0);
      out.strings(transition.fromPhases()).optional(transition.to());
      out.strings(transition.criteria());
      roles(out, transition.roles());
      out.u8(transition.isNoteRequired() ? 1 : 0).strings(transition.resetsCriteria());
    }
    out.i32(definition.criteria().size());
    for (Criterion criterion : definition.criteria()) {
      out.string(criterion.code());
      text(out, criterion.label());
      // bit 1: evidence required; bit 2: recordable early, so a definition without it keeps its
      // digest
      out.u8((criterion.isEvidenceRequired() ? 1 : 0) | (criterion.isRecordableEarly() ? 2 : 0));
      roles(out, criterion.recordedBy());
    }
    out.i32(definition.roles().size());
    for (Role role : definition.roles()) {
      out.string(role.code());
      text(out, role.label());
    }
    roles(out, definition.answeringRoles());
    return out.toByteArray();
  }

  private static void roles(CanonicalWriter out, Iterable<Role> roles) {
    int count = 0;
    for (Role ignored : roles) {
      count++;
    }
    out.i32(count);
    for (Role role : roles) {
      out.string(role.code());
    }
  }

  private static void text(CanonicalWriter out, LocalizedText text) {
    out.i32(text.texts().size());
    for (Map.Entry<Language, String> entry : text.texts().entrySet()) {
      out.string(entry.getKey().code()).string(entry.getValue());
    }
  }
}

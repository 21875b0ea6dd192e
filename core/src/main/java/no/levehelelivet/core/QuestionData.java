package no.levehelelivet.core;

import static no.levehelelivet.core.reflection.QuestionTopic.ANCHORING;
import static no.levehelelivet.core.reflection.QuestionTopic.BUSINESS_AND_SILVER_ECONOMY;
import static no.levehelelivet.core.reflection.QuestionTopic.CHANGE_AND_MOTIVATION;
import static no.levehelelivet.core.reflection.QuestionTopic.GETTING_STARTED;
import static no.levehelelivet.core.reflection.QuestionTopic.MOBILISATION;
import static no.levehelelivet.core.reflection.QuestionTopic.TASK_AND_REFLECTION;

import com.google.common.collect.ImmutableList;
import no.levehelelivet.core.reflection.QuestionTopic;
import no.levehelelivet.core.reflection.ReflectionQuestion;
import org.jspecify.annotations.Nullable;

/**
 * The reflection questions of the KS Konsulent course deck "Leve hele livet — Hvordan driftes
 * samfunnet?", with our nynorsk and English translations.
 */
final class QuestionData {

  /** The citation of the deck, followed by where in it a question is asked. */
  private static final String DECK =
      "KS Konsulent, «Leve hele livet — Hvordan driftes samfunnet?», ";

  private QuestionData() {}

  /** Every question, in the order the course deck asks them. */
  public static ImmutableList<ReflectionQuestion> questions() {
    return ImmutableList.of(
        q(
            "what-do-you-think-of-the-reform",
            GETTING_STARTED,
            "Hva tenker du om «Leve hele livet»?",
            "Kva tenkjer du om «Leve hele livet»?",
            "What do you think of “A full life – all your life”?",
            "opening slide «Ordet er ditt»",
            null),
        q(
            "what-is-useful-for-you",
            GETTING_STARTED,
            "Hva er hensiktsmessig for dere?",
            "Kva er føremålstenleg for dykk?",
            "What would be useful for you?",
            "goals of the development and competence programme",
            null),
        q(
            "insight-into-challenge-picture",
            TASK_AND_REFLECTION,
            "Har jeg god innsikt i det totale utfordringsbildet?",
            "Har eg god innsikt i det totale utfordringsbiletet?",
            "Do I have good insight into the whole picture of the challenges?",
            "task and reflection on the knowledge base of Leve hele livet",
            null),
        q(
            "what-more-insight-is-needed",
            TASK_AND_REFLECTION,
            "Hva trenger jeg mer innsikt i? – hvor kan jeg søke etter dette?",
            "Kva treng eg meir innsikt i? – kvar kan eg søkje etter dette?",
            "What do I need more insight into, and where can I look for it?",
            "task and reflection on the knowledge base of Leve hele livet",
            null),
        q(
            "how-to-present-it",
            TASK_AND_REFLECTION,
            "Hvordan vil jeg presentere dette videre?",
            "Korleis vil eg presentere dette vidare?",
            "How will I present this to others?",
            "task and reflection on the knowledge base of Leve hele livet",
            null),
        q(
            "what-does-it-take",
            CHANGE_AND_MOTIVATION,
            "Hva skal til? Hva må vi vite noe om?",
            "Kva skal til? Kva må vi vite noko om?",
            "What does it take? What do we need to know about?",
            "«Utfordringen – et kommune-Norge i endring»",
            null),
        q(
            "what-happens-to-people-who-must-change",
            CHANGE_AND_MOTIVATION,
            "Hva er det som skjer med mennesker som må endre seg?",
            "Kva er det som skjer med menneske som må endre seg?",
            "What happens to people who have to change?",
            "«Hva skal til? Hva må vi vite noe om?» — knowledge of how people change",
            null),
        q(
            "which-behaviours-are-challenged",
            CHANGE_AND_MOTIVATION,
            "Hvilke atferd hos menneskene (innbyggerne) utfordres?",
            "Kva for åtferd hos menneska (innbyggjarane) blir utfordra?",
            "Which behaviours of people (the citizens) are challenged?",
            "«Hva skal til? Hva må vi vite noe om?» — knowledge of how people change",
            null),
        q(
            "how-to-gain-insight-into-what-must-change",
            CHANGE_AND_MOTIVATION,
            "Hvordan skaffe tilstrekkelig innsikt for å skape forståelse for hva som skal endres?",
            "Korleis skaffe tilstrekkeleg innsikt for å skape forståing for kva som skal endrast?",
            "How do we gain enough insight to build an understanding of what must change?",
            "«Hva skal til? Hva må vi vite noe om?» — knowing what must change",
            null),
        q(
            "what-motivates-change",
            CHANGE_AND_MOTIVATION,
            "Hva er det som motiverer for endring?",
            "Kva er det som motiverer for endring?",
            "What motivates change?",
            "«Hva skal til? Hva må vi vite noe om?» — motivation and empathy",
            null),
        q(
            "how-to-work-with-empathy",
            CHANGE_AND_MOTIVATION,
            "Hvordan arbeide med empati?",
            "Korleis arbeide med empati?",
            "How do we work with empathy?",
            "«Hva skal til? Hva må vi vite noe om?» — motivation and empathy",
            null),
        q(
            "which-kind-of-change",
            CHANGE_AND_MOTIVATION,
            "Hvilken endring står vi overfor – nedbygging, oppbygging eller ombygging?",
            "Kva for endring står vi overfor – nedbygging, oppbygging eller ombygging?",
            "Which change are we facing: scaling down, building up or rebuilding?",
            "«Hvilken endring står vi overfor?»",
            "Rudi Kirkhaug"),
        q(
            "what-can-we-achieve-together",
            MOBILISATION,
            "Hva kan vi oppnå sammen?",
            "Kva kan vi oppnå saman?",
            "What can we achieve together?",
            "«Gode spørsmål i mobilisering av ressurser»",
            "Eva Sørensen 2020"),
        q(
            "who-can-help",
            MOBILISATION,
            "Hvem kan hjelpe til?",
            "Kven kan hjelpe til?",
            "Who can help?",
            "«Gode spørsmål i mobilisering av ressurser»",
            "Eva Sørensen 2020"),
        q(
            "how-to-mobilise-all-resources",
            MOBILISATION,
            "Hvordan kan alle aktørenes ressurser mobiliseres for å skape robust innovasjon?",
            "Korleis kan ressursane til alle aktørane mobiliserast for å skape robust innovasjon?",
            "How can the resources of every actor be mobilised to create robust innovation?",
            "«Gode spørsmål i mobilisering av ressurser»",
            "Eva Sørensen 2020"),
        q(
            "how-to-create-something-new-together",
            MOBILISATION,
            "Hvordan kan vi arbeide for å skape noe nytt sammen?",
            "Korleis kan vi arbeide for å skape noko nytt saman?",
            "How can we work to create something new together?",
            "«Gode spørsmål i mobilisering av ressurser»",
            "Eva Sørensen 2020"),
        q(
            "what-else-is-happening-in-the-municipality",
            MOBILISATION,
            "Skjer det noe andre steder i kommunen, som kan understøttes?",
            "Skjer det noko andre stader i kommunen som kan støttast?",
            "Is something happening elsewhere in the municipality that we could support?",
            "«Gode spørsmål i mobilisering av ressurser»",
            "Eva Sørensen 2020"),
        q(
            "which-alliances-are-needed",
            MOBILISATION,
            "Hvilke allianser må inngås hvis det skal skje forandring?",
            "Kva for alliansar må inngåast dersom det skal skje forandring?",
            "Which alliances must be made for change to happen?",
            "«Gode spørsmål i mobilisering av ressurser»",
            "Eva Sørensen 2020"),
        q(
            "which-structures-support-the-process",
            ANCHORING,
            "Hvilke strukturer er nødvendig for å støtte prosessen?",
            "Kva for strukturar er naudsynte for å støtte prosessen?",
            "Which structures are needed to support the process?",
            "«Forankring» — Vefsn og naboene",
            null),
        q(
            "what-do-older-consumers-want",
            BUSINESS_AND_SILVER_ECONOMY,
            "Hvilke tjenester og produkter er det (særlig) friske, eldre og bemidlede kvinner og menn"
                + " ønsker seg?",
            "Kva for tenester og produkt er det (særleg) friske, eldre og bemidla kvinner og menn ønskjer seg?",
            "Which services and products do older women and men, especially healthy and well-off"
                + " ones, want?",
            "«Næringsliv og sølvøkonomien»",
            null));
  }

  private static ReflectionQuestion q(
      String code,
      QuestionTopic topic,
      String bokmal,
      String nynorsk,
      String english,
      String where,
      @Nullable String attribution) {
    ReflectionQuestion.Builder builder =
        ReflectionQuestion.builder()
            .code(code)
            .topic(topic)
            .text(LocalizedText.of(bokmal, nynorsk, english))
            .usedIn(Source.of(DECK.concat(where)));
    if (attribution != null) {
      builder.attribution(attribution);
    }
    return builder.build();
  }
}

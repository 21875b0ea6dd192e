package no.levehelelivet.examples.web;

import com.google.common.collect.ImmutableList;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import no.levehelelivet.core.Language;
import org.jspecify.annotations.Nullable;

/**
 * What the frame around every page shows (the layout template's model): the page's title, the
 * language and the links to the others, the session's form token, and who is acting.
 *
 * @param title the page's title, in {@code language}
 * @param language the language of the page
 * @param texts the tool's own texts in that language
 * @param path the page's path, for the language links and the login's way back
 * @param csrf the session's token, which every form of the page sends back
 * @param actor who acts on this page: the logged-in user or the name chosen, if any
 * @param role the label of the role acted in, if chosen
 * @param hasUsers whether the tool has users, so that a logout button is shown
 * @param section which part of the navigation is the page's: {@code portfolio}, {@code reform},
 *     {@code start} or {@code definitions}
 */
record Frame(
    String title,
    Language language,
    WebTexts texts,
    String path,
    String csrf,
    @Nullable String actor,
    @Nullable String role,
    boolean hasUsers,
    String section) {

  /** The frame of a page of {@code section} with this title, for the request in hand. */
  static Frame of(WebContext web, Context ctx, String title, String section) {
    Language language = web.language(ctx);
    WebSession session = web.sessionOrNew(ctx);
    if (ctx.queryParam("lang") != null && session.language() != language) {
      session = web.update(ctx, s -> s.withLanguage(language));
    }
    String role = session.role();
    Optional<String> roleLabel =
        role == null ? Optional.empty() : Optional.of(RoleLabels.label(web, role, language));
    return new Frame(
        title,
        language,
        WebTexts.of(language),
        ctx.path(),
        session.csrf(),
        session.actor(),
        roleLabel.orElse(null),
        web.hasUsers(),
        section);
  }

  /** The {@code lang} attribute of the page's {@code html} element. */
  String htmlLang() {
    return language.locale().toLanguageTag();
  }

  /** The languages other than the page's, each with the link that shows this page in it. */
  ImmutableList<LanguageLink> otherLanguages() {
    ImmutableList.Builder<LanguageLink> links = ImmutableList.builder();
    for (Language other : Language.values()) {
      if (other != language) {
        links.add(
            new LanguageLink(
                other.label(other),
                other.code(),
                path + "?lang=" + URLEncoder.encode(other.code(), StandardCharsets.UTF_8)));
      }
    }
    return links.build();
  }

  /** A link to the page in another language. */
  record LanguageLink(String label, String code, String href) {}
}

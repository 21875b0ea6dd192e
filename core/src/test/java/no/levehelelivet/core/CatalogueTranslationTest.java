package no.levehelelivet.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every text the catalogue holds is written in nynorsk and English itself, so that no caseworker in
 * a nynorsk municipality reads bokmål where the library promises nynorsk.
 *
 * <p>The test walks the catalogue through its public accessors rather than a list of types, so a
 * new kind of entry is checked the day it is added. The one text that may stay in one language is a
 * {@link Quotation}, a source's own words, which is a type of its own and so marked as a quote.
 */
class CatalogueTranslationTest {

  private final Catalogue catalogue = Catalogue.leveHeleLivet();

  @Test
  void noCatalogueTextFallsBackToBokmal() throws ReflectiveOperationException {
    Walk walk = new Walk();
    walk.visit(catalogue, "catalogue");

    // every reflection question, milestone title and concept description is a text to reach
    assertThat(walk.texts)
        .as("the walk reaches the catalogue's texts")
        .hasSizeGreaterThanOrEqualTo(
            catalogue.reflectionQuestions().size()
                + catalogue.milestones().size()
                + catalogue.concepts().size());
    assertThat(walk.untranslated).as("texts written in bokmål only (path: text)").isEmpty();
  }

  @Test
  void theWalkFindsAnUntranslatedText() throws ReflectiveOperationException {
    // The walk itself must be able to fail: a text in bokmål only is reported with its path.
    Walk walk = new Walk();
    walk.visit(LocalizedText.of("Bare bokmål", "Bokmål only"), "probe");

    assertThat(walk.untranslated).containsExactly("probe: Bare bokmål");
  }

  @Test
  void theWalkReachesEveryConceptAndEveryQuotationIsMarkedWithItsSource()
      throws ReflectiveOperationException {
    Walk walk = new Walk();
    walk.visit(catalogue, "catalogue");

    assertThat(walk.seen).containsAll(catalogue.concepts());
    assertThat(walk.quotations).as("the concepts' quotations").isNotEmpty();
    for (Quotation quotation : walk.quotations) {
      assertThat(quotation.source().citation()).isNotBlank();
      assertThat(quotation.text()).isNotBlank();
    }
  }

  /** A depth-first walk over the public, argument-free accessors of the catalogue's values. */
  private static final class Walk {
    final List<LocalizedText> texts = new ArrayList<>();
    final List<String> untranslated = new ArrayList<>();
    final List<Quotation> quotations = new ArrayList<>();
    final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    void visit(Object value, String path) throws ReflectiveOperationException {
      if (value instanceof LocalizedText text) {
        texts.add(text);
        if (!text.isWrittenIn(Language.NYNORSK) || !text.isWrittenIn(Language.ENGLISH)) {
          untranslated.add(path + ": " + text.bokmal());
        }
        return;
      }
      if (value instanceof Quotation quotation) {
        quotations.add(quotation);
      }
      if (value instanceof Optional<?> optional) {
        if (optional.isPresent()) {
          visit(optional.get(), path);
        }
        return;
      }
      if (value instanceof Iterable) {
        int index = 0;
        for (Object element : (Iterable<?>) value) {
          visit(element, path + "[" + index++ + "]");
        }
        return;
      }
      if (value instanceof Map) {
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
          visit(entry.getValue(), path + "[" + entry.getKey() + "]");
        }
        return;
      }
      if (!isCatalogueType(value.getClass()) || !seen.add(value)) {
        return;
      }
      for (Method method : value.getClass().getMethods()) {
        if (method.getParameterCount() == 0
            && !Modifier.isStatic(method.getModifiers())
            && method.getDeclaringClass() != Object.class
            && !method.getName().equals("hashCode")
            && !method.getName().equals("toString")
            && isWorthVisiting(method.getReturnType())) {
          Object result;
          try {
            method.setAccessible(true);
            result = method.invoke(value);
          } catch (InvocationTargetException e) {
            continue;
          }
          if (result != null) {
            visit(result, path + "." + method.getName());
          }
        }
      }
    }

    private static boolean isWorthVisiting(Class<?> type) {
      return LocalizedText.class.isAssignableFrom(type)
          || Optional.class.isAssignableFrom(type)
          || Iterable.class.isAssignableFrom(type)
          || Map.class.isAssignableFrom(type)
          || isCatalogueType(type);
    }

    /**
     * A value of core the walk descends into: every value type, and the enums of concepts, whose
     * descriptions are texts; the other enums' labels are the bundles', which {@code LabelsTest}
     * checks key by key.
     */
    private static boolean isCatalogueType(Class<?> type) {
      return (!type.isEnum() || Concept.class.isAssignableFrom(type))
          && type.getName().startsWith("no.levehelelivet.core");
    }
  }
}

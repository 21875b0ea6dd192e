package no.levehelelivet.core.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.TreeSet;
import no.levehelelivet.core.CoreCode;
import no.levehelelivet.core.ErrorCode;
import no.levehelelivet.core.Language;

/**
 * The message bundles of the error-code families: for each package that holds a family, the UTF-8
 * files {@code messages_nb.properties}, {@code messages_nn.properties} and {@code
 * messages_en.properties} beside the family's enum. Each file holds, per code, {@code
 * <code>.meaning} and {@code <code>.remedy}, and the templates of the messages built from the
 * family's structured fields ({@code <code>.message}, and {@code <code>.message.<variant>} where a
 * code says one thing in several ways).
 *
 * <p>A template's placeholders are {@code {0}}, {@code {1}}, ... as in {@link
 * java.text.MessageFormat}, but each is replaced by its argument's text as it is: no number
 * formatting and no quoting rules, so an apostrophe is just an apostrophe. Every language is
 * complete on its own; there is no fallback from one language to another, and a missing key is a
 * packaging error ({@link CoreCode#MISSING_RESOURCE}).
 *
 * <p>The bundles of a package are read the first time one of its texts is asked for and kept in a
 * {@link ClassValue}, the JDK's thread-safe cache per class: no other state, nothing mutable.
 */
public final class Messages {

  private static final ClassValue<ImmutableMap<Language, ImmutableMap<String, String>>> BUNDLES =
      new ClassValue<>() {
        @Override
        protected ImmutableMap<Language, ImmutableMap<String, String>> computeValue(Class<?> type) {
          ImmutableMap.Builder<Language, ImmutableMap<String, String>> bundles =
              ImmutableMap.builder();
          for (Language language : Language.values()) {
            bundles.put(language, read(type, fileName(language)));
          }
          return bundles.buildOrThrow();
        }
      };

  private Messages() {}

  /** The file name of a bundle in {@code language}, for example {@code messages_nn.properties}. */
  public static String fileName(Language language) {
    return "messages_" + language.code() + ".properties";
  }

  /**
   * Every key and text of the bundle beside {@code anchor} in {@code language} itself, for tests
   * that check the bundles are complete.
   */
  public static ImmutableMap<String, String> bundle(Class<?> anchor, Language language) {
    ImmutableMap<String, String> bundle = BUNDLES.get(anchor).get(language);
    if (bundle == null) {
      throw new IllegalStateException(
          CoreCode.MISSING_RESOURCE.code() + ": no messages in language " + language);
    }
    return bundle;
  }

  /**
   * The text of {@code key} in {@code language} from the bundle beside {@code anchor}.
   *
   * @throws IllegalStateException with {@link CoreCode#MISSING_RESOURCE} if the key is missing
   */
  public static String text(Class<?> anchor, String key, Language language) {
    String text = bundle(anchor, language).get(key);
    if (text == null) {
      throw new IllegalStateException(
          CoreCode.MISSING_RESOURCE.code()
              + ": no message \""
              + key
              + "\" in "
              + anchor.getPackageName()
              + "/"
              + fileName(language));
    }
    return text;
  }

  /** The meaning of {@code code} in {@code language}, from its family's bundle. */
  public static String meaning(ErrorCode code, Language language) {
    return text(code.getClass(), code.code() + ".meaning", language);
  }

  /** The remedy of {@code code} in {@code language}, from its family's bundle. */
  public static String remedy(ErrorCode code, Language language) {
    return text(code.getClass(), code.code() + ".remedy", language);
  }

  /**
   * The template of {@code key} in {@code language}, with each placeholder {@code {i}} replaced by
   * {@code arguments.get(i)}.
   *
   * @throws IllegalStateException if the key is missing or a placeholder has no argument
   */
  public static String format(
      Class<?> anchor, String key, Language language, ImmutableList<String> arguments) {
    return fill(text(anchor, key, language), arguments);
  }

  /**
   * Replaces each placeholder {@code {i}} of {@code template} by {@code arguments.get(i)}; a brace
   * not followed by digits and a closing brace is kept as it is.
   *
   * @throws IllegalStateException if a placeholder has no argument
   */
  public static String fill(String template, ImmutableList<String> arguments) {
    StringBuilder text = new StringBuilder(template.length() + 64);
    int from = 0;
    for (int at = template.indexOf('{'); at >= 0; at = template.indexOf('{', at + 1)) {
      int end = digitsEnd(template, at + 1);
      if (end == at + 1 || end >= template.length() || template.charAt(end) != '}') {
        continue;
      }
      int index = Integer.parseInt(template.substring(at + 1, end));
      if (index >= arguments.size()) {
        throw new IllegalStateException(
            "placeholder {" + index + "} has no argument in \"" + template + "\"");
      }
      text.append(template, from, at).append(arguments.get(index));
      from = end + 1;
      at = end;
    }
    return text.append(template, from, template.length()).toString();
  }

  /** The indices of the placeholders of {@code template}, in ascending order. */
  public static ImmutableList<Integer> placeholders(String template) {
    TreeSet<Integer> indices = new TreeSet<>();
    for (int at = template.indexOf('{'); at >= 0; at = template.indexOf('{', at + 1)) {
      int end = digitsEnd(template, at + 1);
      if (end > at + 1 && end < template.length() && template.charAt(end) == '}') {
        indices.add(Integer.parseInt(template.substring(at + 1, end)));
      }
    }
    return ImmutableList.copyOf(indices);
  }

  private static int digitsEnd(String template, int from) {
    int end = from;
    while (end < template.length() && end - from < 2 && Character.isDigit(template.charAt(end))) {
      end++;
    }
    return end;
  }

  /**
   * Reads the bundle {@code name} beside {@code anchor}. A resource name resolves by package, so an
   * enum constant with a body, a subclass of its enum, reads the enum's own files.
   */
  static ImmutableMap<String, String> read(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            CoreCode.MISSING_RESOURCE.code()
                + ": message bundle "
                + anchor.getPackageName()
                + "/"
                + name
                + " is missing");
      }
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(in, UTF_8)) {
        properties.load(reader);
      }
      ImmutableMap.Builder<String, String> bundle = ImmutableMap.builder();
      for (String key : new TreeSet<>(properties.stringPropertyNames())) {
        bundle.put(key, properties.getProperty(key));
      }
      return bundle.buildOrThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(
          CoreCode.MISSING_RESOURCE.code() + ": message bundle " + name + " is unreadable", e);
    }
  }
}

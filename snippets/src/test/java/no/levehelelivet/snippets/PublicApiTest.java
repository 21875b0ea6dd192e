package no.levehelelivet.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.levehelelivet.core.Catalogue;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.serialization.WireCodec;
import no.levehelelivet.store.ProcessStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The public API of each library module, as a host's compiler sees it, is written down in {@code
 * <module>/public-api.txt} and committed, so that every change to it shows up in review and none
 * happens by accident. When the change is meant, run {@code mvn -pl snippets -am verify
 * -Dlhl.api.accept=true} and commit the rewritten file with the change.
 *
 * <p>The listing holds every public type outside the {@code internal} packages, with its kind,
 * modifiers, type parameters, supertypes, and its public and protected constructors, methods and
 * fields, each with its nullness annotations; the lines are sorted, so the order of declarations in
 * a source file does not matter.
 */
class PublicApiTest {

  /** An annotation without arguments, as the JDK prints it: {@code @Nullable()}. */
  private static final Pattern EMPTY_ARGUMENTS = Pattern.compile("(@[\\w.$]+)\\(\\)");

  private static final Map<String, Class<?>> ANCHORS =
      Map.of(
          "core", Catalogue.class,
          "process", ProcessDefinition.class,
          "serialization", WireCodec.class,
          "store", ProcessStore.class);

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"core", "process", "serialization", "store"})
  void theModulesPublicApiIsTheOneCommitted(String module) throws Exception {
    String listed = listing(module);
    Path committed = Path.of("..", module, "public-api.txt");

    if (Boolean.getBoolean("lhl.api.accept")) {
      Files.writeString(committed, listed, StandardCharsets.UTF_8);
    }

    assertThat(Files.exists(committed))
        .as("%s is missing; write it with -Dlhl.api.accept=true", committed)
        .isTrue();
    List<String> before = Files.readAllLines(committed, StandardCharsets.UTF_8);
    List<String> now = listed.lines().collect(Collectors.toList());
    List<String> gone = qualified(before);
    gone.removeAll(qualified(now));
    List<String> added = qualified(now);
    added.removeAll(qualified(before));
    assertThat(now)
        .as(
            "the public API of %s changed (gone: %s; new: %s); if that is meant, run with"
                + " -Dlhl.api.accept=true and commit %s",
            module, gone, added, committed)
        .isEqualTo(before);
  }

  /** Each member line prefixed with the header of its type, so that a diff says whose it is. */
  private static List<String> qualified(List<String> lines) {
    List<String> qualified = new ArrayList<>();
    String type = "";
    for (String line : lines) {
      if (line.startsWith("  ")) {
        qualified.add(type + " {" + line.strip() + "}");
      } else {
        type = line;
        qualified.add(line);
      }
    }
    return qualified;
  }

  /** The listing of one module: a header, then one block per type, blocks and members sorted. */
  static String listing(String module) throws Exception {
    Class<?> anchor = ANCHORS.get(module);
    assertThat(anchor).as("no anchor class for %s", module).isNotNull();
    List<String> types = new ArrayList<>();
    for (String name : classNames(anchor)) {
      Class<?> type = Class.forName(name, false, anchor.getClassLoader());
      if (visible(type) && !type.getPackageName().contains(".internal")) {
        types.add(describe(type));
      }
    }
    assertThat(types).as("public types of %s", module).isNotEmpty();
    types.sort(null);
    return "# The public API of levehelelivet-"
        + module
        + ", checked by snippets' PublicApiTest: change it on purpose only.\n"
        + String.join("", types);
  }

  /** The names of every class in the jar or directory the anchor was loaded from. */
  private static List<String> classNames(Class<?> anchor) throws IOException, URISyntaxException {
    URI location = anchor.getProtectionDomain().getCodeSource().getLocation().toURI();
    Path root = Path.of(location);
    if (Files.isDirectory(root)) {
      return classNamesUnder(root);
    }
    try (FileSystem jar = FileSystems.newFileSystem(root)) {
      return classNamesUnder(jar.getPath("/"));
    }
  }

  private static List<String> classNamesUnder(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .map(root::relativize)
          .map(Path::toString)
          .filter(path -> path.endsWith(".class"))
          .filter(path -> !path.startsWith("META-INF") && !path.endsWith("package-info.class"))
          .map(path -> path.substring(0, path.length() - ".class".length()).replace('/', '.'))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  /** A type a host can name: public, and nested only in types it can name. */
  private static boolean visible(Class<?> type) {
    if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()) {
      return false;
    }
    for (Class<?> at = type; at != null; at = at.getDeclaringClass()) {
      if (!Modifier.isPublic(at.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static boolean member(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static String describe(Class<?> type) {
    StringBuilder block = new StringBuilder();
    block.append(header(type)).append('\n');
    List<String> members = new ArrayList<>();
    for (Field field : type.getDeclaredFields()) {
      if (member(field.getModifiers()) && !field.isSynthetic()) {
        members.add(
            modifiers(field.getModifiers())
                + annotated(field.getAnnotatedType())
                + " "
                + field.getName());
      }
    }
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (member(constructor.getModifiers()) && !constructor.isSynthetic()) {
        members.add(executable(constructor, type.getSimpleName(), ""));
      }
    }
    for (Method method : type.getDeclaredMethods()) {
      if (member(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()) {
        String returns = annotated(method.getAnnotatedReturnType()) + " ";
        members.add(
            executable(method, method.getName(), (method.isDefault() ? "default " : "") + returns));
      }
    }
    members.sort(null);
    for (String line : members) {
      block.append("  ").append(line).append('\n');
    }
    return block.toString();
  }

  private static String header(Class<?> type) {
    String kind;
    boolean isInterface = type.isInterface();
    if (type.isAnnotation()) {
      kind = "@interface";
    } else if (isInterface) {
      kind = "interface";
    } else if (type.isEnum()) {
      kind = "enum";
    } else if (type.isRecord()) {
      kind = "record";
    } else {
      kind = "class";
    }
    int modifiers = type.getModifiers();
    if (isInterface) {
      modifiers &= ~(Modifier.ABSTRACT | Modifier.INTERFACE);
    }
    if (type.isEnum() || type.isRecord()) {
      modifiers &= ~Modifier.FINAL;
    }
    StringBuilder header =
        new StringBuilder(modifiers(modifiers))
            .append(kind)
            .append(' ')
            .append(type.getName())
            .append(typeParameters(type.getTypeParameters()));
    if (type.isSealed()) {
      header
          .append(" permits ")
          .append(
              Arrays.stream(type.getPermittedSubclasses())
                  .map(Class::getName)
                  .sorted()
                  .collect(Collectors.joining(", ")));
    }
    AnnotatedType superclass = type.getAnnotatedSuperclass();
    if (superclass != null
        && !type.isEnum()
        && !type.isRecord()
        && superclass.getType() != Object.class) {
      header.append(" extends ").append(annotated(superclass));
    }
    AnnotatedType[] interfaces = type.getAnnotatedInterfaces();
    if (interfaces.length > 0) {
      header
          .append(isInterface ? " extends " : " implements ")
          .append(
              Arrays.stream(interfaces)
                  .map(PublicApiTest::annotated)
                  .sorted()
                  .collect(Collectors.joining(", ")));
    }
    return header.toString();
  }

  private static String executable(Executable executable, String name, String returns) {
    StringBuilder line = new StringBuilder(modifiers(executable.getModifiers()));
    String typeParameters = typeParameters(executable.getTypeParameters());
    if (!typeParameters.isEmpty()) {
      line.append(typeParameters.substring(1)).append(' ');
    }
    String parameters =
        Arrays.stream(executable.getAnnotatedParameterTypes())
            .map(PublicApiTest::annotated)
            .collect(Collectors.joining(", "));
    if (executable.isVarArgs() && parameters.endsWith("[]")) {
      parameters = parameters.substring(0, parameters.length() - 2) + "...";
    }
    line.append(returns).append(name).append('(').append(parameters).append(')');
    Type[] thrown = executable.getGenericExceptionTypes();
    if (thrown.length > 0) {
      line.append(" throws ")
          .append(
              Arrays.stream(thrown)
                  .map(Type::getTypeName)
                  .sorted()
                  .collect(Collectors.joining(", ")));
    }
    return line.toString();
  }

  private static String typeParameters(TypeVariable<?>[] variables) {
    if (variables.length == 0) {
      return "";
    }
    return Arrays.stream(variables)
        .map(
            variable -> {
              String bounds =
                  Arrays.stream(variable.getAnnotatedBounds())
                      .filter(bound -> bound.getType() != Object.class)
                      .map(PublicApiTest::annotated)
                      .collect(Collectors.joining(" & "));
              return bounds.isEmpty()
                  ? variable.getName()
                  : variable.getName() + " extends " + bounds;
            })
        .collect(Collectors.joining(", ", "<", ">"));
  }

  /** A type with its type-use annotations (the nullness a host's checker reads). */
  private static String annotated(AnnotatedType type) {
    return EMPTY_ARGUMENTS.matcher(type.toString()).replaceAll("$1");
  }

  /** The modifiers a caller depends on; a field's volatile or transient is its own business. */
  private static String modifiers(int modifiers) {
    String text = Modifier.toString(modifiers & ~(Modifier.TRANSIENT | Modifier.VOLATILE));
    return text.isEmpty() ? "" : text + " ";
  }
}

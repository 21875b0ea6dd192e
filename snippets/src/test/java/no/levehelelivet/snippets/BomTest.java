package no.levehelelivet.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The bill of materials a host imports lists what the build itself keeps in line: every artifact of
 * ours the parent manages for the modules, at the version of the build, and no one else's.
 */
class BomTest {

  @Test
  void theBomManagesOurLibraryModulesAtTheBuildsVersionAndNothingElse() throws Exception {
    Document parent = read(Path.of("..", "pom.xml"));
    Document bom = read(Path.of("..", "bom", "pom.xml"));

    Map<String, String> ours = managed(parent);
    ours.keySet().removeIf(key -> !key.startsWith("no.levehelelivet:"));
    Map<String, String> listed = managed(bom);

    assertThat(ours).isNotEmpty();
    assertThat(listed).isEqualTo(ours);
    assertThat(listed.values()).containsOnly("${project.version}");
    assertThat(child(bom.getDocumentElement(), "version"))
        .isEqualTo(child(parent.getDocumentElement(), "version"));
    assertThat(child(bom.getDocumentElement(), "packaging")).isEqualTo("pom");
    assertThat(bom.getDocumentElement().getElementsByTagName("parent").getLength())
        .as("a parent would hand its own pins of Guava and Jackson to every importer")
        .isZero();
  }

  private static Document read(Path pom) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(pom.toFile());
  }

  /** groupId:artifactId to version of each dependency in the POM's dependencyManagement. */
  private static Map<String, String> managed(Document pom) {
    Map<String, String> managed = new LinkedHashMap<>();
    NodeList sections = pom.getDocumentElement().getElementsByTagName("dependencyManagement");
    for (int s = 0; s < sections.getLength(); s++) {
      NodeList dependencies = ((Element) sections.item(s)).getElementsByTagName("dependency");
      for (int d = 0; d < dependencies.getLength(); d++) {
        Element dependency = (Element) dependencies.item(d);
        managed.put(
            child(dependency, "groupId") + ":" + child(dependency, "artifactId"),
            child(dependency, "version"));
      }
    }
    return managed;
  }

  /** The text of the element's direct child of that name, or "" if it has none. */
  private static String child(Element element, String name) {
    for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element child && child.getTagName().equals(name)) {
        return child.getTextContent().trim();
      }
    }
    return "";
  }
}

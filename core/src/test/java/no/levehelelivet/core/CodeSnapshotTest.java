package no.levehelelivet.core;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.io.Resources;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import no.levehelelivet.core.CatalogueItems.CodedType;
import no.levehelelivet.core.CatalogueItems.ErrorCodeFamily;
import org.junit.jupiter.api.Test;

/**
 * Guards every released code: {@code code-snapshot.txt} lists each (type, code) pair, catalogue
 * codes first, then the error codes of core. A renamed or removed code fails here; a new one must
 * be added to the snapshot on purpose.
 */
class CodeSnapshotTest {

  @Test
  void everyReleasedCodeIsStillThereAndNothingWasAddedUnnoticed() throws IOException {
    List<String> expected = new ArrayList<>();
    for (String line :
        Resources.readLines(
            Resources.getResource(CodeSnapshotTest.class, "code-snapshot.txt"), UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        expected.add(line.strip());
      }
    }
    List<String> actual = new ArrayList<>();
    for (CodedType type : CatalogueItems.allTypes()) {
      for (Coded item : type.items()) {
        actual.add(type.name() + " " + item.code());
      }
    }
    for (ErrorCodeFamily family : CatalogueItems.errorCodeFamilies()) {
      for (ErrorCode code : family.codes()) {
        actual.add(family.name() + " " + code.code());
      }
    }
    assertThat(actual).containsExactlyElementsOf(expected);
  }
}

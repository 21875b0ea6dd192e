package no.levehelelivet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CaseDatabaseTest {

  private static final String PG = "jdbc:postgresql://db.example.org:5432/saker";
  private final AtomicInteger temporaryFolders = new AtomicInteger();

  private Path temporary() {
    temporaryFolders.incrementAndGet();
    return Path.of("/tmp/made-for-the-run");
  }

  private static Properties properties(String... pairs) {
    Properties properties = new Properties();
    for (int i = 0; i < pairs.length; i += 2) {
      properties.setProperty(pairs[i], pairs[i + 1]);
    }
    return properties;
  }

  @Test
  void aJdbcUrlAsTheFirstArgumentIsTheDatabase() throws IOException {
    CaseDatabase database =
        CaseDatabase.from(
            new String[] {PG},
            properties("levehelelivet.db.user", "saksbehandling"),
            Map.of("LHL_DB_PASSWORD", "hemmelig"),
            this::temporary);

    assertThat(database).isEqualTo(new CaseDatabase(PG, "saksbehandling", "hemmelig"));
    assertThat(temporaryFolders).hasValue(0);
  }

  @Test
  void anotherFirstArgumentIsTheFolderOfAnH2File() throws IOException {
    CaseDatabase database =
        CaseDatabase.from(
            new String[] {"/srv/saker"},
            properties("levehelelivet.db", PG),
            Map.of(),
            this::temporary);

    assertThat(database.url()).isEqualTo("jdbc:h2:file:/srv/saker/saker");
    assertThat(temporaryFolders).hasValue(0);
  }

  @Test
  void withNoArgumentTheSystemPropertyNamesTheDatabase() throws IOException {
    CaseDatabase database =
        CaseDatabase.from(
            new String[0], properties("levehelelivet.db", PG), Map.of(), this::temporary);

    assertThat(database).isEqualTo(new CaseDatabase(PG, "", ""));
    assertThat(temporaryFolders).hasValue(0);
  }

  @Test
  void withNothingNamedAnH2FileIsMadeInATemporaryFolder() throws IOException {
    CaseDatabase database =
        CaseDatabase.from(new String[0], new Properties(), Map.of(), this::temporary);

    assertThat(database.url()).isEqualTo("jdbc:h2:file:/tmp/made-for-the-run/saker");
    assertThat(temporaryFolders).hasValue(1);
  }

  @Test
  void thePasswordComesFromTheEnvironmentOnlyAndIsNeverShown() throws IOException {
    CaseDatabase database =
        CaseDatabase.from(
            new String[] {PG},
            properties("levehelelivet.db.password", "from-a-property"),
            Map.of("LHL_DB_PASSWORD", "from-the-environment"),
            this::temporary);

    assertThat(database.password()).isEqualTo("from-the-environment");
    assertThat(database.toString()).doesNotContain("from-the-environment");
  }
}

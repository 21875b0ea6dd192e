package no.levehelelivet.examples.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/** The users file and its password hashes. */
class UsersTest {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String HASH = PasswordHash.of("riktig hest".toCharArray(), RANDOM).text();

  @Test
  void aHashIsPbkdf2WithItsIterationsSaltAndHashAndMatchesOnlyItsPassword() {
    assertThat(HASH).matches("pbkdf2-sha256\\$600000\\$[A-Za-z0-9+/]{22}==\\$[A-Za-z0-9+/]{43}=");
    PasswordHash hash = PasswordHash.parse(HASH).orElseThrow();

    assertThat(hash.matches("riktig hest".toCharArray())).isTrue();
    assertThat(hash.matches("riktig hesT".toCharArray())).isFalse();
    assertThat(hash.matches("".toCharArray())).isFalse();
  }

  @Test
  void twoHashesOfOnePasswordDifferByTheirSalt() {
    String again = PasswordHash.of("riktig hest".toCharArray(), RANDOM).text();

    assertThat(again).isNotEqualTo(HASH);
    assertThat(PasswordHash.parse(again).orElseThrow().matches("riktig hest".toCharArray()))
        .isTrue();
  }

  @Test
  void aHashOfAnotherSchemeOrTooFewIterationsIsNotRead() {
    String[] parts = HASH.split("\\$", -1);

    assertThat(PasswordHash.parse("bcrypt$" + parts[1] + "$" + parts[2] + "$" + parts[3]))
        .isEmpty();
    assertThat(PasswordHash.parse("pbkdf2-sha256$1000$" + parts[2] + "$" + parts[3])).isEmpty();
    assertThat(PasswordHash.parse("pbkdf2-sha256$99999999999$" + parts[2] + "$" + parts[3]))
        .isEmpty();
    assertThat(PasswordHash.parse("pbkdf2-sha256$600000$ikke base64!$" + parts[3])).isEmpty();
    assertThat(PasswordHash.parse("pbkdf2-sha256$600000$" + parts[2])).isEmpty();
  }

  @Test
  void aFileListsUsersWithTheirRolesSkippingCommentsAndBlankLines() {
    Users users =
        Users.parse(
            "# Vefsn\n\nkari:process-lead,resource-person:"
                + HASH
                + "\r\nola:municipal-council:"
                + HASH
                + "\n",
            "users.txt",
            RANDOM);

    assertThat(users.all().keySet()).containsExactly("kari", "ola");
    assertThat(users.user("kari").orElseThrow().roles())
        .containsExactly("process-lead", "resource-person");
    assertThat(users.authenticate("ola", "riktig hest".toCharArray())).isPresent();
    assertThat(users.authenticate("ola", "riktig hest".toCharArray())).isPresent();
    assertThat(users.authenticate("ola", "feil".toCharArray())).isEmpty();
    assertThat(users.authenticate("per", "riktig hest".toCharArray())).isEmpty();
  }

  @Test
  void aBadLineIsNamedWithItsNumberAndWhatIsWrong() {
    assertThatThrownBy(() -> Users.parse("kari:process-lead\n", "u.txt", RANDOM))
        .hasMessage(
            "u.txt, line 1: write NAME:ROLE[,ROLE…]:HASH, with the hash from hash-password");
    assertThatThrownBy(() -> Users.parse("\n<kari>:process-lead:" + HASH, "u.txt", RANDOM))
        .hasMessage("u.txt, line 2: a user's name is 1 to 64 letters, digits or . _ @ -");
    assertThatThrownBy(() -> Users.parse("kari:Process Lead:" + HASH, "u.txt", RANDOM))
        .hasMessage(
            "u.txt, line 1: a role is a role code such as process-lead, not \"Process Lead\"");
    assertThatThrownBy(() -> Users.parse("kari:process-lead:secret", "u.txt", RANDOM))
        .hasMessage(
            "u.txt, line 1: the hash is not one hash-password makes"
                + " (pbkdf2-sha256$ITERATIONS$SALT$HASH)");
    assertThatThrownBy(
            () ->
                Users.parse(
                    "kari:process-lead:" + HASH + "\nkari:process-lead:" + HASH, "u.txt", RANDOM))
        .hasMessage("u.txt, line 2: the user kari is listed twice");
    assertThatThrownBy(() -> Users.parse("# nobody\n", "u.txt", RANDOM))
        .hasMessage("u.txt: the file lists no users");
  }
}

package no.levehelelivet.process.journal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import no.levehelelivet.core.InvalidValueException;
import org.junit.jupiter.api.Test;

/** A journal sealed with a chain key: HMAC-SHA256 links that cannot be computed without it. */
class ChainKeyTest {

  private static final byte[] SECRET = "a secret of thirty-two bytes!!!!".getBytes(UTF_8);
  private static final ChainKey KEY = ChainKey.of("vefsn-2026", SECRET);

  private static Journal sealed(int size) {
    Journal journal = Journal.empty().withChainKey(KEY);
    for (int i = 1; i <= size; i++) {
      journal = journal.append(JournalTest.entry(i));
    }
    return journal;
  }

  /** As storage reads it back: entries with their recorded digests, and no key. */
  private static Journal stored(Journal journal) {
    return JournalCodec.read(JournalCodec.write(journal));
  }

  @Test
  void sealsAppendedEntriesWithTheKeyIdAndAnHmacLink() throws Exception {
    Journal journal = sealed(2);

    assertThat(journal.entries())
        .extracting(JournalEntry::chainKeyId)
        .containsOnly(Optional.of("vefsn-2026"));
    // Computed by hand from the documented rule: HMAC-SHA256(key, encoding(1) || 32 zero bytes).
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET, "HmacSHA256"));
    mac.update(journal.entry(1).canonicalBytes());
    mac.update(new byte[32]);
    assertThat(journal.digest(1).bytes()).isEqualTo(mac.doFinal());
    assertThat(journal.entry(1).canonicalBytes()[0]).isEqualTo((byte) 2);
    assertThat(journal.verify(KEY).isIntact()).isTrue();
    assertThat(stored(journal).verify(KEY).isIntact()).isTrue();
  }

  @Test
  void catchesAChainComputedAgainWithoutTheKey() {
    // The forger changes who recorded entry 2, drops the seals and recomputes plain SHA-256.
    List<JournalEntry> forged = new ArrayList<>();
    for (JournalEntry entry : sealed(3)) {
      JournalEntry plain = entry.withChainKeyId(Optional.empty());
      forged.add(
          entry.sequence() == 2
              ? JournalEntry.builder().from(plain).actorId("eve").build()
              : plain);
    }
    Journal rewritten = stored(Journal.of(forged));

    assertThat(rewritten.verify().isIntact()).isTrue();
    assertThat(rewritten.verify(rewritten.headDigest()).isIntact()).isTrue();
    assertThat(rewritten.verify(KEY).problem())
        .hasValueSatisfying(
            problem -> {
              assertThat(problem.code()).isEqualTo(JournalCode.NOT_SEALED);
              assertThat(problem.position()).isEqualTo(3);
            });
  }

  @Test
  void catchesAnEntryLeftUnsealedAfterASealedOne() {
    List<JournalEntry> entries = new ArrayList<>(sealed(3).entries());
    entries.set(2, entries.get(2).withChainKeyId(Optional.empty()));

    assertThat(Journal.of(entries).withChainKey(KEY).verify().problem())
        .hasValueSatisfying(
            problem -> {
              assertThat(problem.code()).isEqualTo(JournalCode.NOT_SEALED);
              assertThat(problem.position()).isEqualTo(3);
            });
  }

  @Test
  void catchesAChangedSealedEntryEvenWithItsDigestsRewritten() {
    Journal stored = stored(sealed(3));
    List<JournalEntry> entries = new ArrayList<>(stored.entries());
    entries.set(1, JournalEntry.builder().from(entries.get(1)).actorId("eve").build());

    assertThat(Journal.of(entries).verify(KEY).problem())
        .hasValueSatisfying(
            problem -> {
              assertThat(problem.code()).isEqualTo(JournalCode.DIGEST_MISMATCH);
              assertThat(problem.position()).isEqualTo(2);
            });
  }

  @Test
  void catchesAWrongKey() {
    Journal stored = stored(sealed(2));
    byte[] other = Arrays.copyOf(SECRET, SECRET.length);
    other[0] ^= 1;

    assertThat(stored.verify(ChainKey.of("vefsn-2026", other)).problem())
        .hasValueSatisfying(
            problem -> {
              assertThat(problem.code()).isEqualTo(JournalCode.DIGEST_MISMATCH);
              assertThat(problem.position()).isEqualTo(1);
            });
    assertThat(stored.verify(ChainKey.of("vefsn-2027", SECRET)).problem())
        .map(JournalProblem::code)
        .hasValue(JournalCode.WRONG_KEY);
  }

  @Test
  void needsTheKeyToVerifyOrDigestASealedJournal() {
    Journal stored = stored(sealed(2));

    assertThat(stored.verify().problem())
        .map(JournalProblem::code)
        .hasValue(JournalCode.KEY_REQUIRED);
    assertThatThrownBy(stored::headDigest)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("LHL-J-006");
    assertThat(stored.withChainKey(KEY).headDigest()).isEqualTo(sealed(2).headDigest());
  }

  @Test
  void keepsAnUnsealedBeginningVerifiableWhenSealingStartsLater() {
    Journal journal = JournalTest.journalOf(2).withChainKey(KEY).append(JournalTest.entry(3));

    assertThat(journal.entry(2).chainKeyId()).isEmpty();
    assertThat(journal.entry(3).chainKeyId()).hasValue("vefsn-2026");
    assertThat(journal.digest(2)).isEqualTo(JournalTest.journalOf(2).headDigest());
    assertThat(stored(journal).verify(KEY).isIntact()).isTrue();
  }

  @Test
  void refusesAnEntrySealedUnderAnotherKey() {
    JournalEntry foreign = JournalTest.entry(1).withChainKeyId("other");

    assertThatThrownBy(() -> Journal.empty().withChainKey(KEY).append(foreign))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo(JournalCode.WRONG_KEY));
  }

  @Test
  void neverShowsTheSecretAndRefusesAShortSecretOrBadId() {
    assertThat(KEY.toString()).isEqualTo("ChainKey[keyId=vefsn-2026]");
    assertThatThrownBy(() -> ChainKey.of("k", new byte[31]))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> ChainKey.of("k ey", SECRET)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> ChainKey.of("", SECRET)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void acceptsIdsOfOneToSixtyFourLettersDigitsDotsUnderscoresAndHyphens() {
    for (String id : List.of("a", "z", "A", "Z", "0", "9", ".", "_", "-", "k".repeat(64))) {
      assertThat(ChainKey.of(id, SECRET).keyId()).isEqualTo(id);
    }
    // the characters just outside each accepted range, and one too many
    for (String id : List.of("`", "{", "@", "[", "/", ":", "ø", "k".repeat(65))) {
      assertThatThrownBy(() -> ChainKey.of(id, SECRET))
          .as(id)
          .isInstanceOfSatisfying(
              InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("keyId"));
    }
  }

  @Test
  void keysAreEqualWhenTheirIdsAndSecretsAreAndHashByTheIdAlone() {
    byte[] other = Arrays.copyOf(SECRET, SECRET.length);
    other[31] ^= 1;

    assertThat(ChainKey.of("vefsn-2026", SECRET))
        .isEqualTo(KEY)
        .hasSameHashCodeAs(KEY)
        .isNotEqualTo(ChainKey.of("vefsn-2027", SECRET))
        .isNotEqualTo(ChainKey.of("vefsn-2026", other))
        .isNotEqualTo("vefsn-2026");
    assertThat(ChainKey.of("vefsn-2026", other)).hasSameHashCodeAs(KEY);
    assertThat(ChainKey.of("vefsn-2027", SECRET).hashCode()).isNotEqualTo(KEY.hashCode());
  }
}

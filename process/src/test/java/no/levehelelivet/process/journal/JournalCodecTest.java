package no.levehelelivet.process.journal;

import static no.levehelelivet.process.journal.ExpectedBytes.str;
import static no.levehelelivet.process.journal.ExpectedBytes.u32;
import static no.levehelelivet.process.journal.JournalTest.entry;
import static no.levehelelivet.process.journal.JournalTest.journalOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The storage formats: a whole journal, and one entry on its own. */
class JournalCodecTest {

  private static Salt salt(int fill) {
    byte[] bytes = new byte[32];
    Arrays.fill(bytes, (byte) fill);
    return Salt.of(bytes);
  }

  /** Entry 2 with a note and two evidence references, salted. */
  private static JournalEntry salted() {
    return JournalEntry.builder()
        .from(entry(2))
        .evidence(List.of("2026/12 Ola", "2026/13 Kari"))
        .salts(List.of(salt(1), salt(2), salt(3)))
        .build();
  }

  @Test
  void writesAPlainEntryAsFormatOneItsLengthAndItsCanonicalEncoding() {
    JournalEntry entry = entry(3);
    byte[] canonical = entry.canonicalBytes();
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    expected.write(1);
    u32(expected, canonical.length);
    expected.writeBytes(canonical);

    byte[] bytes = JournalCodec.writeEntry(entry);

    assertThat(bytes).isEqualTo(expected.toByteArray());
    JournalEntry read = JournalCodec.readEntry(bytes);
    assertThat(read).isEqualTo(entry);
    assertThat(read.recordedDigest()).isEmpty();
    assertThat(read.canonicalBytes()).isEqualTo(canonical);
  }

  @Test
  void writesASaltedEntryWithItsTextsAndSaltsAfterTheEncoding() {
    JournalEntry entry = salted();
    byte[] canonical = entry.canonicalBytes();
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    expected.write(2);
    u32(expected, canonical.length);
    expected.writeBytes(canonical);
    expected.write(1);
    str(expected, "note 2");
    u32(expected, 2);
    str(expected, "2026/12 Ola");
    str(expected, "2026/13 Kari");
    for (int fill = 1; fill <= 3; fill++) {
      expected.writeBytes(salt(fill).bytes());
    }

    byte[] bytes = JournalCodec.writeEntry(entry);

    assertThat(bytes).isEqualTo(expected.toByteArray());
    JournalEntry read = JournalCodec.readEntry(bytes);
    assertThat(read).isEqualTo(entry);
    assertThat(read.salts()).isEqualTo(entry.salts());
    assertThat(read.isRedacted()).isFalse();
  }

  @Test
  void readsARedactedEntryBackRedacted() {
    JournalEntry redacted = salted().redacted();

    JournalEntry read = JournalCodec.readEntry(JournalCodec.writeEntry(redacted));

    assertThat(read.isRedacted()).isTrue();
    assertThat(read.erasedNote()).isEqualTo(redacted.erasedNote());
    assertThat(read.erasedEvidence()).isEqualTo(redacted.erasedEvidence());
    assertThat(read.canonicalBytes()).isEqualTo(salted().canonicalBytes());
  }

  @Test
  void refusesMalformedEntryBytesNamingTheOffset() {
    byte[] bytes = JournalCodec.writeEntry(entry(3));
    byte[] unknown = bytes.clone();
    unknown[0] = 3;
    byte[] negative = bytes.clone();
    negative[1] = (byte) 0x80;
    byte[] tooLong = bytes.clone();
    tooLong[4]++;
    byte[] trailing = Arrays.copyOf(bytes, bytes.length + 1);
    byte[] saltless = JournalCodec.writeEntry(salted());
    byte[] cutSalts = Arrays.copyOf(saltless, saltless.length - 1);

    assertMalformedAt(unknown, 1, "unknown entry format 3");
    assertMalformedAt(negative, 5, "impossible entry length");
    assertMalformedAt(tooLong, 5, "impossible entry length");
    assertMalformedAt(trailing, bytes.length, "bytes follow the entry");
    assertThatThrownBy(() -> JournalCodec.readEntry(cutSalts))
        .isInstanceOf(MalformedJournalException.class);
  }

  private static void assertMalformedAt(byte[] bytes, int offset, String detail) {
    assertThatThrownBy(() -> JournalCodec.readEntry(bytes))
        .isInstanceOfSatisfying(
            MalformedJournalException.class,
            e -> {
              assertThat(e.code()).isEqualTo(JournalCode.MALFORMED);
              assertThat(e.position()).isEqualTo(1);
              assertThat(e.offset()).isEqualTo(offset);
              assertThat(e.getMessage()).contains(detail);
            });
  }

  @Test
  void refusesSaltedTextsThatDoNotGiveTheDigestsTheEncodingHolds() {
    byte[] bytes = JournalCodec.writeEntry(salted());
    // the last byte of the last salt
    bytes[bytes.length - 1] ^= 1;

    assertThatThrownBy(() -> JournalCodec.readEntry(bytes))
        .isInstanceOf(MalformedJournalException.class)
        .hasMessageContaining("do not give the digests recorded");
  }

  @Test
  void roundTripsASaltedJournalWithNotesAndEvidence() throws Exception {
    SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
    random.setSeed(3L);
    Journal journal = Journal.empty().withSalts(random);
    for (int i = 1; i <= 3; i++) {
      journal = journal.append(JournalEntry.builder().from(entry(i)).addEvidence("x" + i).build());
    }
    Journal redacted = journal.redact(List.of(2L));

    Journal read = JournalCodec.read(JournalCodec.write(redacted));

    assertThat(read).isEqualTo(redacted);
    assertThat(read.entry(1).salts()).isEqualTo(journal.entry(1).salts()).hasSize(3);
    assertThat(read.entry(2).isRedacted()).isTrue();
    assertThat(read.verify(journal.headDigest()).isIntact()).isTrue();
  }

  @Test
  void keepsTheLastNanosecondOfASecond() {
    JournalEntry entry =
        JournalEntry.builder().from(entry(1)).time(Instant.ofEpochSecond(5, 999_999_999)).build();

    assertThat(JournalCodec.readEntry(JournalCodec.writeEntry(entry)).time())
        .isEqualTo(Instant.ofEpochSecond(5, 999_999_999));
  }

  @Test
  void namesTheOffsetWhereTheUnreadableEntryStarts() {
    Journal journal = journalOf(3);
    byte[] bytes = JournalCodec.write(journal);
    int header = 5;
    int third = header;
    for (int position = 1; position <= 2; position++) {
      third += 4 + journal.entry(position).canonicalBytes().length + 32;
    }
    int start = third;
    byte[] cut = Arrays.copyOf(bytes, bytes.length - 1);

    assertThatThrownBy(() -> JournalCodec.read(cut))
        .isInstanceOfSatisfying(
            MalformedJournalException.class,
            e -> {
              assertThat(e.position()).isEqualTo(3);
              assertThat(e.offset()).isEqualTo(start);
            });
    assertThatThrownBy(() -> JournalCodec.read(new byte[] {'L', 'H', 'L', 'J', 9}))
        .isInstanceOfSatisfying(
            MalformedJournalException.class,
            e -> {
              assertThat(e.position()).isZero();
              assertThat(e.offset()).isZero();
            });
  }
}

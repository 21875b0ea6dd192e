package no.levehelelivet.store.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import no.levehelelivet.process.Effect;
import no.levehelelivet.store.ProcessSummary;

/**
 * What one stored step writes, in one transaction: the entry rows it appends, the rows a redaction
 * rewrites (sequence number to the entry's new bytes; the digests stay), the new summary, and the
 * effects for the outbox. {@code expectedVersion} is the version the step was made on, 0 for a new
 * process; the write happens only if the stored version is still that.
 */
public record Change(
    String processId,
    long expectedVersion,
    ProcessSummary summary,
    Optional<String> chainKeyId,
    boolean salting,
    ImmutableList<StoredEntry> appended,
    ImmutableMap<Long, byte[]> rewritten,
    ImmutableList<Effect> effects) {}

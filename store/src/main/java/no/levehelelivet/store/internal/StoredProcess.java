package no.levehelelivet.store.internal;

import java.util.List;
import java.util.Optional;
import no.levehelelivet.store.ProcessSummary;

/**
 * A process as its rows hold it: the summary row, the id of the chain key it is sealed under and
 * whether it salts its texts (both kept in the summary row), and its entry rows in order.
 */
public record StoredProcess(
    ProcessSummary summary,
    Optional<String> chainKeyId,
    boolean salting,
    List<StoredEntry> entries) {}

package no.levehelelivet.benchmarks.rivals;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One recorded transition in a rival's {@link Ledger}: what our journal entry holds, without the
 * digest chain.
 */
public record Recorded(
    long sequence,
    Instant time,
    String actorId,
    Role role,
    Trigger trigger,
    Phase from,
    Phase to,
    boolean paused,
    @Nullable String note,
    @Nullable Criterion criterion,
    List<String> evidence) {}

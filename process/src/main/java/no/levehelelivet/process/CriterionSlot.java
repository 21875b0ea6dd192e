package no.levehelelivet.process;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;

/**
 * A criterion with what recording it needs: its bit among the definition's criteria (0 when the
 * definition has more than 64), the position of the earliest phase it may be recorded in (that of
 * its phase, or 0 if it guards no transition or may be recorded early), the codes of the roles that
 * may record it, and the journal attributes naming it, built once so that recording allocates none.
 */
record CriterionSlot(
    Criterion criterion,
    long bit,
    int earliestPhase,
    ImmutableSet<String> recorders,
    ImmutableSortedMap<String, String> attributes,
    long attributesBound) {}

package no.levehelelivet.process;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;

/**
 * A criterion with what recording it needs: its bit among the definition's criteria (0 when the
 * definition has more than 64), the codes of the roles that may record it, and the journal
 * attributes naming it, built once so that recording allocates none.
 */
record CriterionSlot(
    Criterion criterion,
    long bit,
    ImmutableSet<String> recorders,
    ImmutableSortedMap<String, String> attributes) {}

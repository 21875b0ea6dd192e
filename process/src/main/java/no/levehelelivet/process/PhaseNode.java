package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;

/**
 * A phase with its tables, computed once per definition: its position, its transitions by trigger,
 * the roles responsible for it, the deadlines that apply on entering it, the phases before it
 * (where a revisit may go), the codes of its reflection questions, whether the process can be
 * completed from it, the journal attributes naming it as a revisit target, and what its code and
 * those attributes count in the bound of the written size ({@link WrittenSize}).
 */
record PhaseNode(
    int index,
    Phase phase,
    ImmutableMap<String, CompiledTransition> byTrigger,
    ImmutableList<Transition> transitions,
    ImmutableList<Role> responsibleRoles,
    DueDeadlines deadlines,
    ImmutableList<String> earlierPhases,
    ImmutableList<String> questionCodes,
    boolean isCompletable,
    ImmutableSortedMap<String, String> asRevisitTarget,
    long codeBound,
    long revisitTargetBound,
    EffectsPlan entering) {}

package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.jspecify.annotations.Nullable;

/**
 * A transition from one phase as the engine checks it, computed once per definition. {@code
 * required} and {@code resetMask} are the bits of its criteria and of the criteria it resets (see
 * {@link DefinitionIndex#bitsCriteria()}); {@code toIndex} is the index of its target phase, or -1.
 */
record CompiledTransition(
    Transition transition,
    TransitionKind kind,
    @Nullable String to,
    int toIndex,
    ImmutableList<String> criteria,
    long required,
    ImmutableSet<String> roleCodes,
    ImmutableList<String> roleList,
    boolean noteRequired,
    ImmutableSet<String> resets,
    long resetMask,
    long triggerBound) {}

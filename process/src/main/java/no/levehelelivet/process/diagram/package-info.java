/**
 * Diagrams of a process (<i>prosessdiagram</i>): a definition, or an instance with its current
 * phase highlighted, as Mermaid {@code stateDiagram-v2} text, Graphviz DOT text, or a W3C SCXML
 * document that other state-chart tools can load; labels in bokmål, nynorsk or English.
 *
 * <p>Output is deterministic: the same definition, instance phase and language give the same bytes.
 * Every type in this package is stateless and safe to use from any thread.
 */
@NullMarked
package no.levehelelivet.process.diagram;

import org.jspecify.annotations.NullMarked;

// Draws the process page's phase diagram: Mermaid reads the escaped source in <pre class="mermaid">
// and puts its drawing in its place. Strict security: no script or click handler from a label.
mermaid.initialize({ startOnLoad: true, securityLevel: "strict" });

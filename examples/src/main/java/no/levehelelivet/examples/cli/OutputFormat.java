package no.levehelelivet.examples.cli;

/** The output formats of commands that print a document: readable text or wire-format JSON. */
enum OutputFormat {
  /** Readable text. */
  text,
  /** A document of the wire format. */
  json
}

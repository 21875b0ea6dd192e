/**
 * The {@code levehelelivet} command-line tool: one executable jar whose subcommands speak the
 * library's wire format, for integrators who do not write Java. Every command that reads or changes
 * a process works on a file, or with {@code --db JDBC_URL} and {@code --process ID} on a process
 * store in H2 or PostgreSQL; {@code list}, {@code portfolio}, {@code verify --all} and {@code
 * outbox} work on the store as a whole.
 *
 * <p>Exit codes: 0 success; 1 the input was understood but rejected (an invalid document, a
 * rejected command, a broken journal chain, a step another writer stored first); 2 a usage error,
 * an unreadable file, malformed input, or a database that cannot be used. Results go to standard
 * output, errors to standard error, never as a stack trace: a usage error as one line starting with
 * its code ({@link no.levehelelivet.examples.cli.CliCode}, family {@code LHL-U}, or the library's),
 * a rejection as one line per reason or problem, each coded. Commands that print reasons or
 * problems take {@code --lang nb|nn|en}.
 */
@NullMarked
package no.levehelelivet.examples.cli;

import org.jspecify.annotations.NullMarked;

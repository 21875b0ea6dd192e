/**
 * The process store in a relational database through plain JDBC (<i>databaselager</i>): {@link
 * no.levehelelivet.store.jdbc.JdbcProcessStore}, built on the host's {@link javax.sql.DataSource},
 * with the {@linkplain no.levehelelivet.store.jdbc.Dialect dialect} of the database (embedded H2 or
 * PostgreSQL) and the {@linkplain no.levehelelivet.store.jdbc.Tables table names} it uses. The DDL
 * that creates the tables ships in the jar beside these classes, one folder per dialect, named so
 * that Flyway runs it unchanged.
 *
 * <p>Those three types are all a host uses; the rest of the package, the SQL, the transactions and
 * the outbox queries, is package-private implementation. A host that only needs a store for tests
 * uses {@link no.levehelelivet.store.ProcessStore#inMemory()} instead.
 */
@NullMarked
package no.levehelelivet.store.jdbc;

import org.jspecify.annotations.NullMarked;

package no.levehelelivet.store.jdbc;

/**
 * Every statement of the store for one dialect and one set of tables, made once when the store is
 * built. Every value is a parameter; only the table names, checked by {@link Tables}, are part of
 * the text.
 */
final class Sql {

  final Dialect dialect;
  final Tables tables;
  final String selectSummary;
  final String selectVersion;
  final String selectEntries;
  final String countBeyond;
  final String insertSummary;
  final String updateSummary;
  final String insertEntry;
  final String redactEntry;
  final String insertEffect;
  final String selectDefinition;
  final String selectDigest;
  final String selectDefinitionKeys;
  final String insertDefinition;
  final String claimEffects;
  final String leaseEffect;
  final String completeEffect;
  final String failEffect;
  final String pendingEffects;
  final String countPending;
  final String countProcesses;
  final String selectIds;

  Sql(Dialect dialect, Tables tables) {
    this.dialect = dialect;
    this.tables = tables;
    String process = tables.process();
    String entry = tables.entry();
    String outbox = tables.outbox();
    String definition = tables.definition();
    selectSummary =
        "SELECT " + JdbcBackend.SUMMARY_COLUMNS + " FROM " + process + " WHERE process_id = ?";
    selectVersion = "SELECT version FROM " + process + " WHERE process_id = ?";
    // Up to the summary's version: a step commits its entry and summary row together, and an
    // entry row never changes its chain, so the rows up to a version read later are that
    // version's, whatever committed between the two reads.
    selectEntries =
        "SELECT sequence, entry, digest FROM "
            + entry
            + " WHERE process_id = ? AND sequence <= ? ORDER BY sequence";
    countBeyond = "SELECT COUNT(*) FROM " + entry + " WHERE process_id = ? AND sequence > ?";
    insertSummary =
        "INSERT INTO "
            + process
            + " ("
            + JdbcBackend.SUMMARY_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    updateSummary =
        "UPDATE "
            + process
            + " SET process_id = ?, municipality = ?, municipality_name = ?, definition_id = ?,"
            + " definition_version = ?, phase = ?, status = ?, version = ?, head_digest = ?,"
            + " next_deadline = ?, last_step = ?, chain_key_id = ?, salting = ?"
            + " WHERE process_id = ? AND version = ?";
    insertEntry =
        "INSERT INTO " + entry + " (process_id, sequence, entry, digest) VALUES (?, ?, ?, ?)";
    redactEntry = "UPDATE " + entry + " SET entry = ? WHERE process_id = ? AND sequence = ?";
    insertEffect =
        "INSERT INTO "
            + outbox
            + " (process_id, sequence, effect_index, kind, idempotency_key, trigger_code, "
            + EffectColumns.NAMES
            + ", definition_id, definition_version, attempts)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
    selectDefinition =
        "SELECT digest, document FROM "
            + definition
            + " WHERE definition_id = ? AND definition_version = ?";
    selectDigest =
        "SELECT digest FROM " + definition + " WHERE definition_id = ? AND definition_version = ?";
    selectDefinitionKeys = "SELECT definition_id, definition_version FROM " + definition;
    insertDefinition =
        "INSERT INTO "
            + definition
            + " (definition_id, definition_version, digest, document) VALUES (?, ?, ?, ?)";
    // The oldest effects not complete, not leased, whose process has no earlier effect pending;
    // rows another claim is taking are skipped, never waited for.
    String effects =
        "SELECT o.effect_id, o.process_id, o.sequence, o.effect_index, o.kind, o.trigger_code, "
            + prefixed("o.", EffectColumns.NAMES)
            + ", o.definition_id, o.definition_version, o.attempts, o.last_error, o.lease_until"
            + " FROM "
            + outbox;
    claimEffects =
        effects
            + " o WHERE o.completed_at IS NULL AND (o.lease_until IS NULL OR o.lease_until <= ?)"
            + " AND NOT EXISTS (SELECT 1 FROM "
            + outbox
            + " e WHERE e.process_id = o.process_id AND e.effect_id < o.effect_id"
            + " AND e.completed_at IS NULL)"
            + " ORDER BY o.effect_id FETCH FIRST ? ROWS ONLY FOR UPDATE SKIP LOCKED";
    leaseEffect =
        "UPDATE "
            + outbox
            + " SET attempts = attempts + 1, lease_until = ?, claim_id = ? WHERE effect_id = ?";
    completeEffect =
        "UPDATE "
            + outbox
            + " SET completed_at = ?, lease_until = NULL"
            + " WHERE effect_id = ? AND claim_id = ? AND completed_at IS NULL";
    failEffect =
        "UPDATE "
            + outbox
            + " SET lease_until = NULL, claim_id = NULL, last_error = ?"
            + " WHERE effect_id = ? AND claim_id = ? AND completed_at IS NULL";
    pendingEffects =
        effects + " o WHERE o.completed_at IS NULL ORDER BY o.effect_id FETCH FIRST ? ROWS ONLY";
    countPending = "SELECT COUNT(*) FROM " + outbox + " WHERE completed_at IS NULL";
    countProcesses = "SELECT COUNT(*) FROM " + process;
    selectIds =
        "SELECT process_id FROM "
            + process
            + " WHERE process_id > ? ORDER BY process_id FETCH FIRST ? ROWS ONLY";
  }

  private static String prefixed(String alias, String columns) {
    return alias + columns.replace(", ", ", " + alias);
  }
}

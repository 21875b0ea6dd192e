-- The tables of the levehelelivet process store on PostgreSQL 14 or newer, prefix lhl_.
-- A Flyway versioned migration; JdbcProcessStore.createSchema() runs the same statements.
-- Entries are only ever inserted; the one update of an entry row is a journaled redaction.

CREATE TABLE IF NOT EXISTS lhl_definition (
  definition_id      VARCHAR(256) COLLATE "C" NOT NULL,
  definition_version INTEGER NOT NULL,
  digest             CHAR(64) NOT NULL,
  document           TEXT NOT NULL,
  PRIMARY KEY (definition_id, definition_version)
);

CREATE TABLE IF NOT EXISTS lhl_process (
  process_id         VARCHAR(256) COLLATE "C" NOT NULL PRIMARY KEY,
  municipality       CHAR(4) NOT NULL,
  municipality_name  TEXT NOT NULL,
  definition_id      VARCHAR(256) COLLATE "C" NOT NULL,
  definition_version INTEGER NOT NULL,
  phase              VARCHAR(256) COLLATE "C" NOT NULL,
  status             VARCHAR(32) NOT NULL,
  version            BIGINT NOT NULL,
  head_digest        CHAR(64) NOT NULL,
  next_deadline      DATE,
  last_step          TIMESTAMP WITH TIME ZONE NOT NULL,
  chain_key_id       VARCHAR(64),
  salting            BOOLEAN NOT NULL,
  FOREIGN KEY (definition_id, definition_version)
    REFERENCES lhl_definition (definition_id, definition_version)
);

CREATE INDEX IF NOT EXISTS lhl_process_municipality ON lhl_process (municipality, process_id);
CREATE INDEX IF NOT EXISTS lhl_process_definition ON lhl_process (definition_id, process_id);
CREATE INDEX IF NOT EXISTS lhl_process_phase ON lhl_process (phase, status, process_id);
CREATE INDEX IF NOT EXISTS lhl_process_deadline ON lhl_process (next_deadline, process_id);

CREATE TABLE IF NOT EXISTS lhl_entry (
  process_id VARCHAR(256) COLLATE "C" NOT NULL REFERENCES lhl_process (process_id),
  sequence   BIGINT NOT NULL,
  entry      BYTEA NOT NULL,
  digest     BYTEA NOT NULL,
  PRIMARY KEY (process_id, sequence)
);

CREATE TABLE IF NOT EXISTS lhl_outbox (
  effect_id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  process_id       VARCHAR(256) COLLATE "C" NOT NULL REFERENCES lhl_process (process_id),
  sequence         BIGINT NOT NULL,
  effect_index     INTEGER NOT NULL,
  kind             VARCHAR(32) NOT NULL,
  idempotency_key  VARCHAR(400) COLLATE "C" NOT NULL UNIQUE,
  trigger_code     VARCHAR(256) NOT NULL,
  definition_id      VARCHAR(256) NOT NULL,
  definition_version INTEGER NOT NULL,
  phase            VARCHAR(256),
  roles            TEXT,
  deadline_kind    VARCHAR(32),
  deadline_code    VARCHAR(256),
  deadline_phase   VARCHAR(256),
  deadline_due     DATE,
  status           VARCHAR(32),
  attempts         INTEGER NOT NULL,
  lease_until      TIMESTAMP WITH TIME ZONE,
  claim_id         VARCHAR(64),
  last_error       TEXT,
  completed_at     TIMESTAMP WITH TIME ZONE
);

CREATE INDEX IF NOT EXISTS lhl_outbox_pending ON lhl_outbox (process_id, effect_id) WHERE completed_at IS NULL;

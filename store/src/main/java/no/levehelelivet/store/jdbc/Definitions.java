package no.levehelelivet.store.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.journal.Digest;
import no.levehelelivet.serialization.ReadMode;
import no.levehelelivet.serialization.ReadResult;
import no.levehelelivet.serialization.WireCodec;
import no.levehelelivet.store.StoreCode;
import no.levehelelivet.store.StoreException;
import no.levehelelivet.store.internal.InMemoryStore;
import no.levehelelivet.store.internal.StoreEngine;

/**
 * The definitions of one store: kept once per id and version in the definition table as their wire
 * document, read back with one codec and checked against their digest, and then remembered, since a
 * kept definition never changes. Thread-safe.
 */
final class Definitions {

  /**
   * The codec of definition documents, in a class of its own so that it is built when a definition
   * other than the standard one is first written or read, not for every store: a command that loads
   * a process on the standard definition never needs it.
   */
  private static final class Codec {
    static final WireCodec STANDARD = WireCodec.standard();

    private Codec() {}
  }

  private final Sql sql;
  private final ConcurrentHashMap<String, ProcessDefinition> known = new ConcurrentHashMap<>();

  Definitions(Sql sql) {
    this.sql = sql;
    ProcessDefinition standard = ProcessDefinition.standard();
    known.put(key(standard.id(), standard.version()), standard);
  }

  Optional<ProcessDefinition> find(Connection connection, String id, int version) {
    ProcessDefinition cached = known.get(key(id, version));
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<ProcessDefinition> read = Failures.run(null, () -> read(connection, id, version));
    read.ifPresent(definition -> known.putIfAbsent(key(id, version), definition));
    return read;
  }

  ProcessDefinition keep(Connection connection, ProcessDefinition definition) {
    return Failures.run(
        null,
        () -> {
          Optional<Digest> kept = digest(connection, definition.id(), definition.version());
          if (kept.isPresent()) {
            return checked(definition, kept.get());
          }
          Savepoint savepoint = connection.setSavepoint();
          try (PreparedStatement insert = connection.prepareStatement(sql.insertDefinition)) {
            insert.setString(1, definition.id());
            insert.setInt(2, definition.version());
            insert.setString(3, definition.digest().hex());
            insert.setString(4, Codec.STANDARD.write(definition));
            insert.executeUpdate();
          } catch (SQLException e) {
            if (!Failures.isLostRace(e)) {
              throw e;
            }
            connection.rollback(savepoint);
            Digest raced =
                digest(connection, definition.id(), definition.version()).orElseThrow(() -> e);
            return checked(definition, raced);
          }
          return definition;
        });
  }

  /** Every definition kept, by id and then version. */
  ImmutableList<ProcessDefinition> all(Connection connection) {
    List<ProcessDefinition> all = new ArrayList<>();
    List<Map.Entry<String, Integer>> keys =
        Failures.run(
            null,
            () -> {
              List<Map.Entry<String, Integer>> found = new ArrayList<>();
              try (PreparedStatement select =
                      connection.prepareStatement(sql.selectDefinitionKeys);
                  ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                  found.add(Map.entry(rows.getString(1), rows.getInt(2)));
                }
              }
              return found;
            });
    for (Map.Entry<String, Integer> key : keys) {
      find(connection, key.getKey(), key.getValue()).ifPresent(all::add);
    }
    all.sort(InMemoryStore.BY_ID_AND_VERSION);
    return ImmutableList.copyOf(all);
  }

  /** The digest kept with a definition, read without its document, if it is kept. */
  private Optional<Digest> digest(Connection connection, String id, int version)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql.selectDigest)) {
      select.setString(1, id);
      select.setInt(2, version);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(Digest.parse(row.getString(1).trim())) : Optional.empty();
      }
    }
  }

  private static ProcessDefinition checked(ProcessDefinition definition, Digest kept) {
    if (!kept.equals(definition.digest())) {
      throw StoreEngine.clash(definition, kept);
    }
    return definition;
  }

  private Optional<ProcessDefinition> read(Connection connection, String id, int version)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql.selectDefinition)) {
      select.setString(1, id);
      select.setInt(2, version);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        String digest = row.getString(1);
        String document = row.getString(2);
        ReadResult<ProcessDefinition> result =
            Codec.STANDARD.read(document, ProcessDefinition.class, ReadMode.STRICT);
        if (!result.isSuccess()) {
          throw unreadable(id, version, result.problems().get(0).toString());
        }
        ProcessDefinition definition = result.orElseThrow();
        if (!definition.digest().equals(Digest.parse(digest.trim()))) {
          throw unreadable(id, version, "its document does not give the digest kept with it");
        }
        return Optional.of(definition);
      }
    }
  }

  private static StoreException unreadable(String id, int version, String why) {
    return StoreException.of(
        StoreCode.DEFINITION_UNKNOWN,
        null,
        0,
        "definition " + id + " version " + version + " is kept but cannot be used: " + why,
        null);
  }

  private static String key(String id, int version) {
    return version + ":" + id;
  }
}

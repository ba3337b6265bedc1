package org.diplotrack.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Supplier;
import org.diplotrack.model.Contact;
import org.diplotrack.model.l10n.Localization;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A shared record on a PostgreSQL server (issue 14): set up once by {@link #init}, which creates
 * the schema through Flyway and the team's roles, then opened by every client with {@link #open}.
 */
public final class SharedDatabase {
    /** The schema version this build reads and writes (Flyway's, in resources/org/diplotrack/store/postgresql). */
    static final int SCHEMA = 2;
    private static final String MIGRATIONS = "classpath:org/diplotrack/store/postgresql";

    private SharedDatabase() {
    }

    /** The schema version this build sets up. */
    public static int schemaVersion() {
        return SCHEMA;
    }

    /**
     * Connects to a shared record. A role that may not write (diplotrack_reader) opens it read-only.
     *
     * @throws StoreException naming the server when it cannot be reached, refuses the login, or
     *         holds no DiploTrack record of this version; nothing on the server is changed
     */
    public static Database open(ServerAddress server) {
        Connection c = connect(server);
        try {
            requireCurrent(c, server);
            boolean readOnly = !canWrite(c);
            if (!readOnly) {
                SqlCountryRepository.addMissing(c);
            }
            return new Database(server, c, readOnly);
        } catch (SQLException e) {
            close(c);
            throw ServerFailures.cannotConnect(server, e);
        } catch (RuntimeException e) {
            close(c);
            throw e;
        }
    }

    /** Opens a shared record, setting it up first (without contacts) when its database is empty. */
    public static Database openSettingUp(ServerAddress server) {
        boolean empty;
        try (Connection c = connect(server)) {
            empty = count(c, "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()") == 0;
        } catch (SQLException e) {
            throw ServerFailures.cannotConnect(server, e);
        }
        if (empty) {
            init(server, List::of);
        }
        return open(server);
    }

    /**
     * Sets up a shared record in {@code server}'s database: the schema (or its upgrade), the
     * countries, the roles diplotrack_reader, diplotrack_editor and diplotrack_admin with their
     * grants, and the {@code seed} contacts when the record is new. Running it again changes
     * nothing that is there.
     */
    public static void init(ServerAddress server, Supplier<List<Contact>> seed) {
        try (Connection c = connect(server)) {
            refuseForeign(c, server);
            requireNotNewer(c, server);
            migrate(server);
            try {
                Dialect.of(c).write(c, k -> {
                    SqlCountryRepository.addMissing(k);
                    if (count(k, "SELECT count(*) FROM contact") == 0) {
                        SqlContactRepository.insertAll(k, seed.get());
                    }
                    return null;
                });
                SharedRoles.grant(c, server);
            } catch (SQLException e) {
                throw new StoreException(Localization.text("store.error.server.cannotInit", server, e.getMessage()), e);
            }
        } catch (SQLException e) {
            throw ServerFailures.cannotConnect(server, e);
        }
    }

    private static void migrate(ServerAddress server) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(server.jdbcUrl());
        server.properties().forEach((k, v) -> {
            try {
                source.setProperty(k.toString(), v.toString());
            } catch (SQLException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        });
        try {
            Flyway.configure().dataSource(source).locations(MIGRATIONS).failOnMissingLocations(true)
                    .load().migrate();
        } catch (FlywayException e) {
            throw new StoreException(Localization.text("store.error.server.cannotInit", server, e.getMessage()), e);
        }
    }

    /** A new connection for a record whose connection was lost; ConnectionLostException while the server is away. */
    static Connection reconnect(ServerAddress server) {
        try {
            return DriverManager.getConnection(server.jdbcUrl(), server.properties());
        } catch (SQLException e) {
            StoreException why = ServerFailures.cannotConnect(server, e);
            throw why instanceof ConnectionLostException lost ? lost
                    : new ConnectionLostException(why.getMessage(), e);
        }
    }

    static Connection connect(ServerAddress server) {
        try {
            return DriverManager.getConnection(server.jdbcUrl(), server.properties());
        } catch (SQLException e) {
            throw ServerFailures.cannotConnect(server, e);
        }
    }

    /** A database with tables that are not a DiploTrack record is left alone. */
    private static void refuseForeign(Connection c, ServerAddress server) throws SQLException {
        if (!exists(c, "meta") && count(c, "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()") > 0) {
            throw new UnusableDatabaseException(Localization.text("store.error.server.notOurs", server));
        }
        if (exists(c, "meta") && !ours(c)) {
            throw new UnusableDatabaseException(Localization.text("store.error.server.notOurs", server));
        }
    }

    private static void requireCurrent(Connection c, ServerAddress server) throws SQLException {
        if (!exists(c, "meta")) {
            refuseForeign(c, server);
            throw new UnusableDatabaseException(Localization.text("store.error.server.empty", server));
        }
        if (!ours(c)) {
            throw new UnusableDatabaseException(Localization.text("store.error.server.notOurs", server));
        }
        requireNotNewer(c, server);
        if (version(c) < SCHEMA) {
            throw new UnusableDatabaseException(Localization.text("store.error.server.older", server, SCHEMA));
        }
    }

    private static void requireNotNewer(Connection c, ServerAddress server) throws SQLException {
        int version = version(c);
        if (version > SCHEMA) {
            throw new UnusableDatabaseException(Localization.text("store.error.newerSchema", server, version, SCHEMA));
        }
    }

    /** The highest schema version Flyway applied; 0 for none. */
    private static int version(Connection c) throws SQLException {
        if (!exists(c, "flyway_schema_history")) {
            return 0;
        }
        return count(c, "SELECT coalesce(max(version::int), 0) FROM flyway_schema_history WHERE success");
    }

    private static boolean ours(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM meta WHERE key = 'application'");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && "DiploTrack".equals(rs.getString(1));
        }
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static boolean canWrite(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT has_table_privilege('contact', 'INSERT')")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // the failure being reported is the one that matters
        }
    }
}

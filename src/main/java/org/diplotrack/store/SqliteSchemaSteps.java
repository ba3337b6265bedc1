package org.diplotrack.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Runs a SQLite file's schema steps through Flyway, the mechanism the shared record's schema
 * uses too (decision 0030). Every step, Flyway's own history and the seed of a new file are one
 * transaction of the file's one connection: Flyway is handed that connection with its commits
 * and rollbacks turned into no-ops, and the transaction around it is ours, so a failing step
 * leaves the file exactly as it was (decision 0013), history table included.
 */
final class SqliteSchemaSteps {
    private SqliteSchemaSteps() {
    }

    /**
     * Brings a file at schema {@code from} to {@code steps.size()}. A file that predates Flyway
     * (its version in {@code user_version}, no history) is baselined at that version first.
     */
    static void run(Connection c, List<Migrations.Step> steps, int from, SqlWork<?> onCreate) throws SQLException {
        List<JavaMigration> migrations = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            boolean last = i == steps.size() - 1;
            migrations.add(new StepMigration(c, i + 1, steps.get(i), last && from == 0 ? onCreate : null));
        }
        Connection shared = transactionKeptByCaller(c);
        FluentConfiguration config = Flyway.configure(SqliteSchemaSteps.class.getClassLoader())
                .dataSource(dataSourceOf(shared))
                .javaMigrations(migrations.toArray(JavaMigration[]::new))
                .locations(new String[0])
                .group(true);
        if (from > 0) {
            config.baselineOnMigrate(true).baselineVersion(String.valueOf(from))
                    .baselineDescription("schema " + from + ", made before Flyway");
        }
        c.setAutoCommit(false);
        try {
            config.load().migrate();
            c.commit();
        } catch (FlywayException e) {
            c.rollback();
            throw causeOf(e);
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** The step's own failure, not Flyway's wrapping of it, is what the user reads. */
    private static SQLException causeOf(FlywayException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
            if (t instanceof RuntimeException runtime && !(t instanceof FlywayException)) {
                throw runtime;
            }
        }
        return new SQLException(e.getMessage(), e);
    }

    /**
     * One schema step as a Flyway migration; it stamps {@code user_version} as the steps always did.
     * It works on the file's own connection (in the same transaction as Flyway's view of it), so
     * the store's code sees a SQLite connection and picks SQLite's dialect.
     */
    private record StepMigration(Connection c, int version, Migrations.Step step, SqlWork<?> onCreate)
            implements JavaMigration {
        @Override
        public MigrationVersion getVersion() {
            return MigrationVersion.fromVersion(String.valueOf(version));
        }

        @Override
        public String getDescription() {
            return "schema " + version;
        }

        @Override
        public Integer getChecksum() {
            return null;
        }

        @Override
        public boolean canExecuteInTransaction() {
            return true;
        }

        @Override
        public void migrate(Context context) throws SQLException {
            step.apply(c);
            // user_version stays the file's version: older builds, backups and read-only opens read it.
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA user_version = " + version);
                st.execute("PRAGMA application_id = " + Migrations.APPLICATION_ID);
            }
            if (onCreate != null) {
                onCreate.run(c);
            }
        }
    }

    /** The connection as Flyway sees it: in auto-commit, its commits, rollbacks and close left to us. */
    private static Connection transactionKeptByCaller(Connection c) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "close", "commit", "rollback", "setAutoCommit", "releaseSavepoint" -> null;
                    case "getAutoCommit" -> true;
                    default -> {
                        try {
                            yield method.invoke(c, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }
                });
    }

    private static DataSource dataSourceOf(Connection shared) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getConnection" -> shared;
                    case "getLoginTimeout" -> 0;
                    case "isWrapperFor" -> false;
                    case "toString" -> "the SQLite file's connection";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "getLogWriter" -> null;
                    case "setLogWriter", "setLoginTimeout" -> null;
                    default -> throw new SQLFeatureNotSupportedException(method.getName());
                });
    }
}

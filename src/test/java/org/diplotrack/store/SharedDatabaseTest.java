package org.diplotrack.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.diplotrack.TestPostgres;
import org.diplotrack.io.SeedData;
import org.diplotrack.model.ChangeFilter;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.Country;
import org.diplotrack.model.Level;
import org.diplotrack.model.Mode;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Side;
import org.diplotrack.model.Status;
import org.junit.jupiter.api.Test;

/**
 * Setting up and opening a shared record on a real PostgreSQL server (issue 14): the roles, and
 * one clear message, with nothing changed, for each way opening can fail.
 */
class SharedDatabaseTest {
    private final ServerAddress server = TestPostgres.newDatabase();

    private static void sql(ServerAddress where, String statement) {
        try (Connection c = DriverManager.getConnection(where.jdbcUrl(), where.properties());
             Statement st = c.createStatement()) {
            st.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement + ": " + e.getMessage(), e);
        }
    }

    private static long count(ServerAddress where, String query) {
        try (Connection c = DriverManager.getConnection(where.jdbcUrl(), where.properties());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(query + ": " + e.getMessage(), e);
        }
    }

    @Test
    void initSeedsOnceAndRunningItAgainChangesNothing() {
        SharedDatabase.init(server, SeedData::contacts);
        SharedDatabase.init(server, () -> {
            throw new AssertionError("a record with contacts is not seeded again");
        });
        try (Database db = SharedDatabase.open(server)) {
            assertThat(db.shared()).isTrue();
            assertThat(db.readOnly()).isFalse();
            assertThat(db.contacts().find(ContactFilter.ALL)).hasSize(SeedData.contacts().size());
            assertThat(db.contacts().find(ContactFilter.ALL.withText("melanie"))).as("accents ignored").hasSize(1);
        }
        assertThat(count(server, "SELECT count(*) FROM pg_roles WHERE rolname LIKE 'diplotrack_%'")).isEqualTo(3);
    }

    @Test
    void aReadersWindowOpensReadOnlyAndItsWritesAreRefused() {
        SharedDatabase.init(server, SeedData::contacts);
        TestPostgres.execute("DROP ROLE IF EXISTS ana");
        TestPostgres.execute("CREATE ROLE ana LOGIN PASSWORD 'ana-secret' IN ROLE diplotrack_reader");
        try (Database db = SharedDatabase.open(TestPostgres.as(server, "ana", "ana-secret"))) {
            assertThat(db.readOnly()).isTrue();
            Contact any = db.contacts().find(ContactFilter.ALL).get(0);
            assertThatThrownBy(() -> db.contacts().moveToTrash(List.of(any.id())))
                    .isInstanceOf(StoreException.class).hasMessageContaining("read-only")
                    .hasMessageNotContaining("ana-secret");
        }
        assertThat(count(server, "SELECT count(*) FROM contact WHERE deleted IS NULL")).isEqualTo(SeedData.contacts().size());
    }

    @Test
    void anEditorWritesUnderItsOwnNameAndCannotDropOrAlterTables() {
        SharedDatabase.init(server, SeedData::contacts);
        TestPostgres.execute("DROP ROLE IF EXISTS bea");
        TestPostgres.execute("CREATE ROLE bea LOGIN PASSWORD 'bea-secret' IN ROLE diplotrack_editor");
        ServerAddress bea = TestPostgres.as(server, "bea", "bea-secret");
        try (Database db = SharedDatabase.open(bea)) {
            assertThat(db.readOnly()).isFalse();
            Contact added = db.contacts().insert(Contact.builder().a(Side.of(Country.of("CA"), Level.MINISTER))
                    .b(Side.of(Country.of("RU"), Level.MINISTER)).date(PartialDate.parse("2022-02-01"))
                    .mode(Mode.PHONE_CALL).status(Status.HELD).summary("Call").build());
            assertThat(db.contacts().history(ChangeFilter.ALL.withContact(added.id())))
                    .singleElement().satisfies(c -> assertThat(c.who()).isEqualTo("bea"));
        }
        assertThatThrownBy(() -> sql(bea, "DROP TABLE contact")).hasMessageContaining("must be owner");
        assertThatThrownBy(() -> sql(bea, "ALTER TABLE contact ADD COLUMN x int")).hasMessageContaining("must be owner");
        assertThatThrownBy(() -> sql(bea, "UPDATE meta SET value = 'x' WHERE key = 'application'"))
                .hasMessageContaining("permission denied");
    }

    @Test
    void aWrongPasswordIsSaidSoWithoutShowingIt() {
        SharedDatabase.init(server, SeedData::contacts);
        TestPostgres.execute("DROP ROLE IF EXISTS cem");
        TestPostgres.execute("CREATE ROLE cem LOGIN PASSWORD 'right' IN ROLE diplotrack_editor");
        assertThatThrownBy(() -> SharedDatabase.open(TestPostgres.as(server, "cem", "wrong-one")))
                .isInstanceOf(UnusableDatabaseException.class)
                .hasMessageContaining("refused the login of user cem")
                .hasMessageNotContaining("wrong-one");
    }

    @Test
    void anUnreachableServerAndAMissingDatabaseAreNamed() throws Exception {
        int closedPort;
        try (ServerSocket free = new ServerSocket(0)) {
            closedPort = free.getLocalPort();
        }
        ServerAddress nowhere = ServerAddress.parse("postgresql://postgres@localhost:" + closedPort + "/x");
        assertThatThrownBy(() -> SharedDatabase.open(nowhere)).isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot reach the server of postgresql://postgres@localhost:" + closedPort + "/x");
        ServerAddress missing = ServerAddress.parse("postgresql://postgres@localhost:" + TestPostgres.port() + "/no_such");
        assertThatThrownBy(() -> SharedDatabase.open(missing)).isInstanceOf(UnusableDatabaseException.class)
                .hasMessageContaining("has no database named no_such");
    }

    @Test
    void anEmptyDatabaseIsNotSetUpByOpeningIt() {
        assertThatThrownBy(() -> SharedDatabase.open(server)).isInstanceOf(UnusableDatabaseException.class)
                .hasMessageContaining("holds no DiploTrack record yet").hasMessageContaining("shared init");
        assertThat(count(server, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).isZero();
    }

    @Test
    void anotherApplicationsDatabaseIsLeftAlone() {
        sql(server, "CREATE TABLE invoices (id int)");
        assertThatThrownBy(() -> SharedDatabase.init(server, SeedData::contacts))
                .isInstanceOf(UnusableDatabaseException.class).hasMessageContaining("is not a DiploTrack database");
        assertThatThrownBy(() -> SharedDatabase.open(server)).hasMessageContaining("is not a DiploTrack database");
        assertThat(count(server, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).isEqualTo(1);
    }

    @Test
    void aRecordOfANewerSchemaIsNeitherOpenedNorTouched() {
        SharedDatabase.init(server, SeedData::contacts);
        sql(server, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                + " installed_by, execution_time, success) VALUES (99, '3', 'from the future', 'SQL', 'V3__x.sql',"
                + " 'postgres', 0, true)");
        assertThatThrownBy(() -> SharedDatabase.open(server)).isInstanceOf(UnusableDatabaseException.class)
                .hasMessageContaining("newer DiploTrack (schema 3");
        assertThatThrownBy(() -> SharedDatabase.init(server, SeedData::contacts))
                .hasMessageContaining("newer DiploTrack (schema 3");
    }

    @Test
    void thePasswordInAnAddressIsNeverShown() {
        ServerAddress withPassword = ServerAddress.parse("postgresql://dan:s3cret@db.example.org:6543/team?sslmode=require");
        assertThat(withPassword.toString()).isEqualTo("postgresql://dan@db.example.org:6543/team?sslmode=require")
                .doesNotContain("s3cret");
        assertThat(withPassword.properties()).containsEntry("password", "s3cret").containsEntry("sslmode", "require");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://nohost")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("postgresql://user@host:5432/database");
    }

    /** What a server restart or a dropped network does to the record's connection. */
    private void dropConnections() {
        TestPostgres.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                + server.database() + "' AND pid <> pg_backend_pid()");
    }

    @Test
    void aLostConnectionIsMadeAgainAReadIsRetriedAndAWriteSaysItWasNotSaved() {
        SharedDatabase.init(server, SeedData::contacts);
        try (Database db = SharedDatabase.open(server)) {
            Contact first = db.contacts().find(ContactFilter.ALL).get(0);
            dropConnections();
            assertThat(db.contacts().count()).as("a read goes on on a new connection").isEqualTo(3);

            dropConnections();
            Contact edited = new Contact(first.id(), first.a(), first.b(), first.date(), first.endDate(),
                    first.approximate(), first.mode(), first.setting(), first.status(), first.location(),
                    "After the restart", first.tags(), first.sources(), first.provenance(), first.reports(),
                    first.created(), first.modified());
            assertThatThrownBy(() -> db.contacts().update(edited)).isInstanceOf(ConnectionLostException.class)
                    .hasMessageContaining("not saved");
            assertThat(db.contacts().find(ContactFilter.ALL)).as("nothing half saved")
                    .noneMatch(c -> "After the restart".equals(c.summary()));
            assertThat(db.contacts().update(edited).summary()).as("the same write, tried again").isEqualTo("After the restart");

            TestPostgres.execute("ALTER DATABASE " + server.database() + " ALLOW_CONNECTIONS false");
            try {
                dropConnections();
                assertThatThrownBy(() -> db.contacts().count()).as("while the server is away")
                        .isInstanceOf(ConnectionLostException.class);
            } finally {
                TestPostgres.execute("ALTER DATABASE " + server.database() + " ALLOW_CONNECTIONS true");
            }
            assertThat(db.contacts().count()).isEqualTo(3);
        }
    }

    /**
     * Found by the team trial (SharedTrial): colleagues adding contacts of the same pair at once
     * both wrote its pair_stats row, and one save failed on its primary key.
     */
    @Test
    void colleaguesAddingToOnePairAtOnceAllSaveAndThePairCountsStayRight() throws Exception {
        SharedDatabase.init(server, List::of);
        int writers = 6;
        int each = 25;
        List<Database> windows = new java.util.ArrayList<>();
        for (int i = 0; i < writers; i++) {
            windows.add(SharedDatabase.open(server));
        }
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(writers);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        try {
            List<java.util.concurrent.Future<?>> saves = new java.util.ArrayList<>();
            for (int w = 0; w < writers; w++) {
                Database db = windows.get(w);
                saves.add(pool.submit(() -> {
                    for (int n = 0; n < each; n++) {
                        together.await();
                        // Every round all write one pair at once (new to the record in the first two).
                        String other = n % 2 == 0 ? "FR" : "DE";
                        db.contacts().insert(contact(n % 2 == 0 ? "CA" : "US", other));
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> save : saves) {
                save.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
            windows.forEach(Database::close);
        }
        assertThat(count(server, "SELECT count(*) FROM contact")).isEqualTo(writers * each);
        assertThat(count(server, "SELECT count(*) FROM pair_stats s WHERE contacts <> (SELECT count(*) FROM contact c"
                + " WHERE c.pair = s.pair AND c.deleted IS NULL)")).as("pair counts that are wrong").isZero();
        assertThat(count(server, "SELECT sum(contacts) FROM pair_stats")).isEqualTo(writers * each);
    }

    private static Contact contact(String a, String b) {
        return Contact.builder()
                .a(new Side(org.diplotrack.model.Countries.lookup(a), Level.MINISTER, null, List.of()))
                .b(new Side(org.diplotrack.model.Countries.lookup(b), Level.MINISTER, null, List.of()))
                .date(PartialDate.parse("2022-01-20")).mode(Mode.values()[0]).status(Status.HELD).build();
    }
}

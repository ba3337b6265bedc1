package org.diplotrack.store;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.diplotrack.TestPostgres;
import org.diplotrack.model.Contact;

/** The two places a record can live; the contract tests run once on each. */
enum Backend {
    SQLITE {
        @Override
        Database open(Path dir, Supplier<List<Contact>> seed) {
            return Database.open(dir.resolve("record.db"), seed);
        }

        @Override
        String user() {
            return System.getProperty("user.name");
        }
    },
    POSTGRESQL {
        @Override
        Database open(Path dir, Supplier<List<Contact>> seed) {
            ServerAddress server = TestPostgres.newDatabase();
            SharedDatabase.init(server, seed);
            return SharedDatabase.open(server);
        }

        @Override
        String user() {
            return "postgres";
        }
    };

    /** Another connection to the record {@code db} is on: a colleague's window. */
    Database openAgain(Database db) {
        return db.location().open(List::of);
    }

    /** A new record seeded with {@code seed}. */
    abstract Database open(Path dir, Supplier<List<Contact>> seed);

    /** Who the history names as the author of a change: the OS user for a file, the database user on a server. */
    abstract String user();
}

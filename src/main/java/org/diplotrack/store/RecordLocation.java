package org.diplotrack.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.diplotrack.model.Contact;

/**
 * Where a record lives: a SQLite file, or a shared database on a PostgreSQL server. What the
 * user types after {@code --db} is either; an address starts with {@code postgresql://}.
 */
public final class RecordLocation {
    private final Path file;
    private final ServerAddress server;

    private RecordLocation(Path file, ServerAddress server) {
        this.file = file;
        this.server = server;
    }

    public static RecordLocation of(Path file) {
        return new RecordLocation(Objects.requireNonNull(file), null);
    }

    public static RecordLocation of(ServerAddress server) {
        return new RecordLocation(null, Objects.requireNonNull(server));
    }

    /**
     * A file name or a server address.
     *
     * @throws IllegalArgumentException naming what is wrong with an address
     */
    public static RecordLocation parse(String text) {
        return ServerAddress.isAddress(text) ? of(ServerAddress.parse(text)) : of(Path.of(text));
    }

    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    public Optional<ServerAddress> server() {
        return Optional.ofNullable(server);
    }

    /**
     * Opens the record: a file is created and seeded with {@code seed} when it does not exist; a
     * shared database must have been set up ({@link SharedDatabase#init}).
     */
    public Database open(Supplier<List<Contact>> seed) {
        return file != null ? Database.open(file, seed) : SharedDatabase.open(server);
    }

    /** Opens the record to read it only: a file must exist and is not upgraded. */
    public Database openToRead() {
        return file != null ? Database.openReadOnly(file) : SharedDatabase.open(server);
    }

    /**
     * Opens the record to copy into: a file is created empty when it does not exist, and a
     * server's empty database is set up (schema and roles) first.
     */
    public Database openToFill() {
        return file != null ? Database.open(file, List::of) : SharedDatabase.openSettingUp(server);
    }

    /** What a title bar or a task calls it: the file's name, or the database and its host. */
    public String shortName() {
        return file != null ? String.valueOf(file.getFileName()) : server.database() + "@" + server.host();
    }

    /** The file's absolute path, or the address without its password. */
    @Override
    public String toString() {
        return file != null ? file.toAbsolutePath().toString() : server.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecordLocation other && Objects.equals(file, other.file)
                && Objects.equals(String.valueOf(server), String.valueOf(other.server));
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, String.valueOf(server));
    }
}

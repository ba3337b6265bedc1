/*
 * Read-only opening with real file permissions, for a user whom they stop (not root):
 * src/tools/readonly-check.sh runs it as `nobody`. Expected output: readOnly=true twice.
 */
import java.nio.file.*;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.diplotrack.store.*;
import org.diplotrack.model.*;

public class ReadOnlyCheck {
    public static void main(String[] a) throws Exception {
        Path dir = Path.of(a[0]);
        Path file = dir.resolve("perm.db");
        Database.open(file, List::of).close();
        System.out.println("user=" + System.getProperty("user.name"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        try (Database db = Database.open(file, List::of)) {
            System.out.println("file 444: readOnly=" + db.readOnly() + " count=" + db.contacts().count());
        } catch (Exception e) { System.out.println("file 444: " + e); }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Files.deleteIfExists(dir.resolve("perm.db-wal"));
        Files.deleteIfExists(dir.resolve("perm.db-shm"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try (Database db = Database.open(file, List::of)) {
            System.out.println("dir 555: readOnly=" + db.readOnly() + " count=" + db.contacts().count());
        } catch (Exception e) { System.out.println("dir 555: " + e); }
        System.out.println("listing: " + java.util.Arrays.toString(dir.toFile().list()));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}

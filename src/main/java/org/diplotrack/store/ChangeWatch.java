package org.diplotrack.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.LoggerFactory;

/**
 * Tells a window that someone else changed its record: another window or process on the same
 * file, or a colleague on the same server (issue 14). Its own writes are not reported. The
 * callback runs on the watch's own daemon thread; {@link #close()} stops it.
 */
public abstract sealed class ChangeWatch implements AutoCloseable {
    /** How often a file is looked at, and how long a server's listener waits for news at a time. */
    static final int PERIOD_MS = 500;
    /**
     * A window is told of a server's news at most once in this time (the first at once, what comes
     * meanwhile at its end, together): twenty colleagues saving every few seconds would otherwise
     * keep every window reading, and its own saves waiting behind the reads (SharedTrial, which
     * sets {@code diplotrack.newsPaceMs} to compare with 0: every notice told at once).
     */
    static final int LEAST_BETWEEN_MS = Integer.getInteger("diplotrack.newsPaceMs", 1000);
    /** The channel the schema's triggers notify on, with the writer's backend pid as payload. */
    static final String CHANNEL = "diplotrack_changes";

    protected final Runnable onOutsideChange;
    protected volatile boolean closed;

    ChangeWatch(Runnable onOutsideChange) {
        this.onOutsideChange = onOutsideChange;
    }

    static ChangeWatch start(Database db, Runnable onOutsideChange) {
        ChangeWatch watch = db.shared() ? new Server(db, onOutsideChange) : new File(db, onOutsideChange);
        watch.begin();
        return watch;
    }

    abstract void begin();

    /** The window's part is its own: a failure there is logged, and the watch goes on. */
    protected void tell() {
        try {
            onOutsideChange.run();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(ChangeWatch.class).warn("A change made elsewhere could not be shown", e);
        }
    }

    @Override
    public void close() {
        closed = true;
    }

    /**
     * A file: SQLite's {@code data_version} changes when another connection commits, and only
     * then; read through the record's own connection, it costs a few microseconds.
     */
    static final class File extends ChangeWatch {
        private final Database db;
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "diplotrack-file-watch");
            t.setDaemon(true);
            return t;
        });
        private long seen = -1;

        File(Database db, Runnable onOutsideChange) {
            super(onOutsideChange);
            this.db = db;
        }

        @Override
        void begin() {
            timer.scheduleWithFixedDelay(this::look, 0, PERIOD_MS, TimeUnit.MILLISECONDS);
        }

        private void look() {
            try {
                long version = db.read(c -> SqliteFiles.pragmaInt(c, "data_version"));
                if (seen >= 0 && version != seen && !closed) {
                    tell();
                }
                seen = version;
            } catch (RuntimeException e) {
                // The record was closed under the watch, or is being replaced: the next look tells.
                if (!closed) {
                    LoggerFactory.getLogger(ChangeWatch.class).debug("Cannot look for changes to {}", db.name(), e);
                }
            }
        }

        @Override
        public void close() {
            super.close();
            timer.shutdownNow();
        }
    }

    /**
     * A server: a connection of its own LISTENs on {@link #CHANNEL}, which the schema's
     * triggers notify once per writing transaction, at commit. When the connection is lost it
     * is made again, and the window is told to read everything again: what was missed meanwhile
     * is then caught up.
     */
    static final class Server extends ChangeWatch {
        private final Database db;
        private final Thread thread;
        private volatile Connection listening;

        Server(Database db, Runnable onOutsideChange) {
            super(onOutsideChange);
            this.db = db;
            this.thread = new Thread(this::listen, "diplotrack-server-watch");
            thread.setDaemon(true);
        }

        @Override
        void begin() {
            thread.start();
        }

        private void listen() {
            String own = String.valueOf(db.read(Server::backendPid));
            boolean missedSome = false;
            while (!closed) {
                try (Connection c = SharedDatabase.connect(db.server()); Statement st = c.createStatement()) {
                    listening = c;
                    st.execute("LISTEN " + CHANNEL);
                    if (missedSome) {
                        tell();
                    }
                    PGConnection pg = c.unwrap(PGConnection.class);
                    long toldAt = 0;
                    boolean waiting = false;
                    while (!closed) {
                        long sinceTold = System.currentTimeMillis() - toldAt;
                        int wait = waiting ? (int) Math.max(1, LEAST_BETWEEN_MS - sinceTold) : PERIOD_MS;
                        PGNotification[] news = pg.getNotifications(Math.min(wait, PERIOD_MS));
                        waiting |= news != null && anyOther(news, own);
                        if (waiting && System.currentTimeMillis() - toldAt >= LEAST_BETWEEN_MS) {
                            toldAt = System.currentTimeMillis();
                            waiting = false;
                            tell();
                        }
                    }
                } catch (SQLException | RuntimeException e) {
                    if (closed) {
                        return;
                    }
                    missedSome = true;
                    LoggerFactory.getLogger(ChangeWatch.class).warn("Lost the news of {}; trying again", db.name(), e);
                    pause();
                }
            }
        }

        private static boolean anyOther(PGNotification[] news, String own) {
            for (PGNotification n : news) {
                if (!own.equals(n.getParameter())) {
                    return true;
                }
            }
            return false;
        }

        private static int backendPid(Connection c) throws SQLException {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                return rs.getInt(1);
            }
        }

        private void pause() {
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                closed = true;
            }
        }

        @Override
        public void close() {
            super.close();
            Connection c = listening;
            if (c != null) {
                try {
                    c.close();
                } catch (SQLException e) {
                    // it is being closed because it is no longer wanted
                }
            }
        }
    }
}

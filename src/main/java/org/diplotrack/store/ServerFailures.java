package org.diplotrack.store;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.diplotrack.model.l10n.Localization;

/**
 * What a PostgreSQL error means to the user, by its SQLSTATE: a wrong password, an unreachable
 * server, a lost connection, a read-only role. The server's own text follows in every message
 * (and the exception as cause), so nothing is lost in translation.
 */
final class ServerFailures {
    private ServerFailures() {
    }

    /** A connection that could not be made. */
    static StoreException cannotConnect(ServerAddress server, SQLException e) {
        String state = String.valueOf(e.getSQLState());
        if (state.equals("28P01") || state.equals("28000")) {
            return new UnusableDatabaseException(
                    Localization.text("store.error.server.password", server, server.user(), e.getMessage()), e);
        }
        if (state.equals("3D000")) {
            return new UnusableDatabaseException(
                    Localization.text("store.error.server.noDatabase", server, server.database()), e);
        }
        if (state.startsWith("08") || hasCause(e, ConnectException.class) || hasCause(e, UnknownHostException.class)) {
            return new ConnectionLostException(Localization.text("store.error.server.unreachable", server, e.getMessage()), e);
        }
        return new StoreException(Localization.text("store.error.cannotOpen", server, e.getMessage()), e);
    }

    /** A write that failed: it was rolled back, and the message says it was not saved. */
    static StoreException notSaved(ServerAddress server, boolean readOnly, SQLException e) {
        String state = String.valueOf(e.getSQLState());
        if (readOnly || state.equals("42501") || state.equals("25006")) {
            return new StoreException(Localization.text("store.error.readOnly", server), e);
        }
        if (lost(e)) {
            return new ConnectionLostException(Localization.text("store.error.server.lost", server, e.getMessage()), e);
        }
        if (state.equals("40001") || state.equals("40P01") || state.equals("55P03")) {
            return new StoreException(Localization.text("store.error.server.busy", server), e);
        }
        return new StoreException(Localization.text("store.error.notSaved", server, e.getMessage()), e);
    }

    static StoreException readFailed(ServerAddress server, SQLException e) {
        if (lost(e)) {
            return new ConnectionLostException(Localization.text("store.error.server.lostRead", server, e.getMessage()), e);
        }
        return new StoreException(Localization.text("store.error.database", server, e.getMessage()), e);
    }

    /** The connection went away: the server stopped, or the network between. */
    static boolean lost(SQLException e) {
        String state = String.valueOf(e.getSQLState());
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}

package org.diplotrack.ui.shared;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.diplotrack.store.ServerAddress;
import org.diplotrack.ui.Messages;

/**
 * What File › Connect to shared database… asks, without the dialog: host, port, database, user,
 * password and TLS mode, filled from a recent connection when one is chosen. The password is
 * never remembered; left empty, the driver looks in PGPASSFILE or ~/.pgpass.
 */
public final class ConnectForm {
    /** pgjdbc's sslmode values; "prefer" is its default: TLS when the server offers it. */
    public static final List<String> TLS_MODES = List.of("disable", "allow", "prefer", "require", "verify-ca",
            "verify-full");
    private static final String DEFAULT_TLS = "prefer";

    public final StringProperty host = new SimpleStringProperty("localhost");
    public final StringProperty port = new SimpleStringProperty(String.valueOf(ServerAddress.DEFAULT_PORT));
    public final StringProperty database = new SimpleStringProperty("");
    public final StringProperty user = new SimpleStringProperty(System.getProperty("user.name"));
    public final StringProperty password = new SimpleStringProperty("");
    public final StringProperty tls = new SimpleStringProperty(DEFAULT_TLS);
    /** The recent connection chosen, whose fields fill the form. */
    public final ObjectProperty<ServerAddress> recent = new SimpleObjectProperty<>();
    private final ObservableList<ServerAddress> recentServers;
    private final StringBinding problem;

    public ConnectForm(List<ServerAddress> recentServers) {
        this.recentServers = FXCollections.observableArrayList(recentServers);
        recent.addListener((obs, old, chosen) -> {
            if (chosen != null) {
                fill(chosen);
            }
        });
        if (!recentServers.isEmpty()) {
            recent.set(recentServers.get(0));
        }
        problem = Bindings.createStringBinding(this::findProblem, host, port, database, user);
    }

    public ObservableList<ServerAddress> recentServers() {
        return recentServers;
    }

    private void fill(ServerAddress a) {
        host.set(a.host());
        port.set(String.valueOf(a.port()));
        database.set(a.database());
        user.set(a.user());
        password.set("");
        tls.set(a.option("sslmode") == null ? DEFAULT_TLS : a.option("sslmode"));
    }

    /** What stops the form from connecting, or "" when nothing does. */
    public StringBinding problemProperty() {
        return problem;
    }

    private String findProblem() {
        if (blank(host.get())) {
            return Messages.get("connect.problem.host");
        }
        if (portNumber() < 0) {
            return Messages.get("connect.problem.port", port.get());
        }
        if (blank(database.get())) {
            return Messages.get("connect.problem.database");
        }
        if (blank(user.get())) {
            return Messages.get("connect.problem.user");
        }
        return "";
    }

    private int portNumber() {
        try {
            int n = Integer.parseInt(port.get().strip());
            return n >= 1 && n <= 65_535 ? n : -1;
        } catch (NumberFormatException | NullPointerException e) {
            return -1;
        }
    }

    /** The address typed, with its password when one was; empty while the form has a problem. */
    public Optional<ServerAddress> build() {
        if (!findProblem().isEmpty()) {
            return Optional.empty();
        }
        ServerAddress address = ServerAddress.of(user.get().strip(), host.get().strip(), portNumber(),
                database.get().strip());
        if (!DEFAULT_TLS.equals(tls.get()) && tls.get() != null) {
            address = address.withOption("sslmode", tls.get());
        }
        return Optional.of(password.get() == null || password.get().isEmpty() ? address
                : address.withPassword(password.get()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

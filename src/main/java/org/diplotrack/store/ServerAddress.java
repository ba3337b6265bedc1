package org.diplotrack.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.diplotrack.model.l10n.Localization;

/**
 * Where a shared record lives: {@code postgresql://user[:password]@host[:port]/database[?sslmode=…]}.
 * A password in the address is accepted for scripts, and never shown: {@link #toString()} leaves
 * it out, so that no message, log line or recent-connections list can carry it. Without one the
 * driver reads {@code PGPASSFILE} or {@code ~/.pgpass}, or the window asks.
 */
public final class ServerAddress {
    public static final int DEFAULT_PORT = 5432;
    private final String user;
    private final String password;
    private final String host;
    private final int port;
    private final String database;
    private final Map<String, String> options;

    private ServerAddress(String user, String password, String host, int port, String database,
                          Map<String, String> options) {
        this.user = user;
        this.password = password;
        this.host = host;
        this.port = port;
        this.database = database;
        this.options = Map.copyOf(options);
    }

    public static ServerAddress of(String user, String host, int port, String database) {
        return new ServerAddress(user, null, host, port, database, Map.of());
    }

    /** Whether {@code text} is a server address rather than a file name. */
    public static boolean isAddress(String text) {
        return text.startsWith("postgresql://") || text.startsWith("postgres://");
    }

    /**
     * Reads an address.
     *
     * @throws IllegalArgumentException with a message naming what is wrong (never the password)
     */
    public static ServerAddress parse(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw invalid(e.getReason());
        }
        if (!isAddress(text) || uri.getRawAuthority() == null) {
            throw invalid("postgresql://user@host:5432/database");
        }
        String host = uri.getHost();
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (host == null || host.isEmpty() || path.isEmpty() || path.contains("/")) {
            throw invalid("postgresql://user@host:5432/database");
        }
        String user = null;
        String password = null;
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
        }
        if (user == null || user.isEmpty()) {
            user = System.getProperty("user.name");
        }
        Map<String, String> options = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                if (key.equals("user") || key.equals("password")) {
                    throw invalid(key + "=");
                }
                options.put(key, eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return new ServerAddress(user, password, host, uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), path,
                options);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static IllegalArgumentException invalid(String detail) {
        return new IllegalArgumentException(Localization.text("store.error.badAddress", detail));
    }

    public ServerAddress withPassword(String password) {
        return new ServerAddress(user, password, host, port, database, options);
    }

    public ServerAddress withOption(String key, String value) {
        Map<String, String> more = new LinkedHashMap<>(options);
        more.put(key, value);
        return new ServerAddress(user, password, host, port, database, more);
    }

    public ServerAddress withDatabase(String name) {
        return new ServerAddress(user, password, host, port, name, options);
    }

    public ServerAddress withUser(String name) {
        return new ServerAddress(name, null, host, port, database, options);
    }

    public String user() {
        return user;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String database() {
        return database;
    }

    /** An option of the address ({@code sslmode}, …), or null. */
    public String option(String key) {
        return options.get(key);
    }

    public boolean hasPassword() {
        return password != null;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + database;
    }

    /** The driver's properties: user, password if one was given, the address's options. */
    Properties properties() {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null) {
            p.setProperty("password", password);
        }
        p.setProperty("ApplicationName", "DiploTrack");
        options.forEach(p::setProperty);
        return p;
    }

    /** The address without its password. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("postgresql://").append(user).append('@')
                .append(host.contains(":") ? "[" + host + "]" : host).append(':').append(port).append('/')
                .append(database);
        if (!options.isEmpty()) {
            s.append('?');
            options.forEach((k, v) -> s.append(s.charAt(s.length() - 1) == '?' ? "" : "&").append(k).append('=')
                    .append(v));
        }
        return s.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServerAddress a && a.toString().equals(toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}

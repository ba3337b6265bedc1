package org.diplotrack.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.diplotrack.model.Countries;
import org.diplotrack.model.Country;

final class SqlCountryRepository implements CountryRepository {
    private final Database db;

    SqlCountryRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<Country> all() {
        return db.read(c -> {
            List<Country> result = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT code, alpha3, name FROM country ORDER BY name")) {
                while (rs.next()) {
                    result.add(new Country(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            return result;
        });
    }

    /**
     * Adds the countries the application knows and the file's table lacks: a database made before
     * a country was added (Kosovo, XK, decision 0023) can then hold its contacts. Rows only, no
     * schema change; nothing is written when the table is complete, as it is after the first time.
     */
    static void addMissing(Connection c) throws SQLException {
        Set<String> present = new HashSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT code FROM country")) {
            while (rs.next()) {
                present.add(rs.getString(1));
            }
        }
        List<Country> missing = Countries.all().stream().filter(k -> !present.contains(k.alpha2())).toList();
        if (missing.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO country (code, alpha3, name) VALUES (?, ?, ?)")) {
            for (Country country : missing) {
                ps.setString(1, country.alpha2());
                ps.setString(2, country.alpha3());
                ps.setString(3, country.name());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}

package org.diplotrack.store;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.diplotrack.model.Country;

final class SqliteCountryRepository implements CountryRepository {
    private final Database db;

    SqliteCountryRepository(Database db) {
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
}

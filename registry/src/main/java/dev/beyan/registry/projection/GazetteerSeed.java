package dev.beyan.registry.projection;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.PreparedStatement;

/** Version 2: every province and district exists from the start, with zero counts, so places are never missing. */
public final class GazetteerSeed {
    private GazetteerSeed() {
    }

    public static final class V2__gazetteer extends BaseJavaMigration {
        private static final String PROVINCE = """
                INSERT INTO readmodel.provinces (id, name, ascii, metropolitan) VALUES (?, ?, ?, ?)""";
        private static final String DISTRICT = """
                INSERT INTO readmodel.districts (id, province_id, name, ascii) VALUES (?, ?, ?, ?)""";

        @Override
        public void migrate(Context context) throws Exception {
            PlaceDirectory places = PlaceDirectory.load();
            try (PreparedStatement p = context.getConnection().prepareStatement(PROVINCE)) {
                for (PlaceDirectory.Province province : places.provinces()) {
                    p.setInt(1, province.id());
                    p.setString(2, province.name());
                    p.setString(3, province.ascii());
                    p.setBoolean(4, province.metropolitan());
                    p.addBatch();
                }
                p.executeBatch();
            }
            try (PreparedStatement d = context.getConnection().prepareStatement(DISTRICT)) {
                for (PlaceDirectory.District district : places.districts()) {
                    d.setInt(1, district.id());
                    d.setInt(2, district.provinceId());
                    d.setString(3, district.name());
                    d.setString(4, district.ascii());
                    d.addBatch();
                }
                d.executeBatch();
            }
        }
    }
}

package dev.beyan.query;

import dev.beyan.common.testing.RealServersResource;
import dev.beyan.common.testing.TestDatabase;
import dev.beyan.registry.projection.ReadModelTables;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import jakarta.persistence.Column;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every entity Hibernate maps agrees with the read-model schema the owner's migrations make: its table and each
 * mapped column exist, its id is the table's primary key, and a primitive field (which cannot hold null) maps a NOT
 * NULL column. The entities take their names from {@link ReadModelTables}, which registry's own test holds to the same
 * schema; this one catches a field mapped to the wrong column, a key that drifted, or a nullable column read into an
 * {@code int}.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = {
        @ResourceArg(name = "user", value = "beyan_query"), @ResourceArg(name = "password", value = "beyan_query")})
class EntityMappingTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    Mutiny.SessionFactory sessions;

    @BeforeAll
    static void migrate() {
        Registry.pipeline();
    }

    @Test
    void everyEntityMapsColumnsAndKeysOfItsTable() {
        Set<EntityType<?>> entities = sessions.getMetamodel().getEntities();
        assertThat(entities).isNotEmpty();
        Pool schema = TestDatabase.superuserPool();
        try {
            for (EntityType<?> entity : entities) {
                Table table = entity.getJavaType().getAnnotation(Table.class);
                String where = entity.getName() + " (" + table.schema() + "." + table.name() + ")";
                Map<String, Boolean> nullable = columns(schema, table);
                assertThat(nullable).as("columns of " + where).isNotEmpty();

                Set<String> id = new TreeSet<>();
                List<String> problems = new ArrayList<>();
                for (Attribute<?, ?> attribute : entity.getAttributes()) {
                    Field field = (Field) attribute.getJavaMember();
                    String column = column(field);
                    if (!nullable.containsKey(column)) {
                        problems.add(field.getName() + " maps " + column + ", which the table does not have");
                    } else if (field.getType().isPrimitive() && nullable.get(column)) {
                        problems.add(field.getName() + " is a " + field.getType() + " but " + column + " may be null");
                    }
                    if (attribute instanceof SingularAttribute<?, ?> singular && singular.isId()) {
                        id.add(column);
                    }
                }
                assertThat(problems).as(where).isEmpty();
                assertThat(id).as("the id of " + where + " is its primary key").isEqualTo(primaryKey(schema, table));
            }
        } finally {
            schema.close().await().atMost(TIMEOUT);
        }
    }

    private static String column(Field field) {
        Column column = field.getAnnotation(Column.class);
        return column == null || column.name().isEmpty() ? field.getName() : column.name();
    }

    /** Column name to whether it may hold null. */
    private static Map<String, Boolean> columns(Pool schema, Table table) {
        Map<String, Boolean> columns = new TreeMap<>();
        for (Row r : schema.preparedQuery("""
                        SELECT column_name, is_nullable = 'YES' AS nullable FROM information_schema.columns
                        WHERE table_schema = $1 AND table_name = $2""")
                .execute(Tuple.of(table.schema(), table.name())).await().atMost(TIMEOUT)) {
            columns.put(r.getString("column_name"), r.getBoolean("nullable"));
        }
        return columns;
    }

    private static Set<String> primaryKey(Pool schema, Table table) {
        Set<String> key = new TreeSet<>();
        for (Row r : schema.preparedQuery("""
                        SELECT a.attname FROM pg_index i
                        JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
                        WHERE i.indisprimary AND i.indrelid = to_regclass($1)""")
                .execute(Tuple.of(table.schema() + "." + table.name())).await().atMost(TIMEOUT)) {
            key.add(r.getString("attname"));
        }
        return key;
    }
}

package io.jevons.projection.readmodel;

import io.jevons.testsupport.TestPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.List;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read-model tables of a generation are written once, in {@code R__readmodel_generation.sql}; V9-V14 and V16 built
 * them up in layers. A database that had the layers migrates unchanged, and a generation created now has exactly the
 * tables, columns, indexes and storage settings of one the layers built.
 */
class GenerationTablesIT {

    private final DataSource database = new DriverManagerDataSource(TestPostgres.newDatabase(), TestPostgres.user(),
            TestPostgres.password());
    private final JdbcClient jdbc = JdbcClient.create(database);

    @Test
    void aGenerationCreatedNowIsTheGenerationTheLayeredMigrationsBuilt() {
        migrate("14"); // generation 1 as V5, V9, V10, V11 and V14 left it
        List<String> layered = describe("readmodel_g1");

        migrate("latest"); // V16 adds the snapshots to it
        List<String> migrated = describe("readmodel_g1");
        assertThat(migrated).as("an existing generation, after the migrations").containsAll(layered)
                .anyMatch(line -> line.startsWith("column scenario_snapshot."));
        jdbc.sql("select readmodel_control.create_generation(2)").query().listOfRows();

        assertThat(describe("readmodel_g2")).isEqualTo(migrated).hasSizeGreaterThan(60);
        assertThat(jdbc.sql("select count(*) from pg_proc p join pg_namespace n on n.oid = p.pronamespace"
                        + " where n.nspname = 'readmodel_control' and p.proname ~ '_v[0-9]+'")
                .query(Long.class).single()).as("the layers' functions are gone").isZero();
    }

    @Test
    void queriesReadTheServingGenerationThroughTheViewsOfSchemaReadmodel() {
        migrate("latest");
        jdbc.sql("select readmodel_control.create_generation(2)").query().listOfRows();
        jdbc.sql("insert into readmodel_g2.scenario_state values (gen_random_uuid(), 7, '{}', '[]')").update();

        jdbc.sql("select readmodel_control.serve(2)").query().listOfRows();

        assertThat(jdbc.sql("select version from readmodel.scenario_state").query(Long.class).list()).containsExactly(7L);
        assertThat(jdbc.sql("select count(*) from information_schema.views where table_schema = 'readmodel'")
                .query(Long.class).single()).as("one per table").isEqualTo(6);
    }

    private void migrate(String target) {
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target(target).load().migrate();
    }

    /** Every column, index and storage setting of a generation's tables, with the schema's name left out. */
    private List<String> describe(String schema) {
        return jdbc.sql("""
                        select 'column ' || table_name || '.' || column_name || ' #' || ordinal_position || ' '
                               || data_type || coalesce('(' || character_maximum_length || ')', '') || ' nullable '
                               || is_nullable || ' default ' || coalesce(column_default, '-')
                        from information_schema.columns where table_schema = :schema
                        union all
                        select 'index ' || replace(indexdef, :schema, 'S') from pg_indexes where schemaname = :schema
                        union all
                        select 'table ' || c.relname || ' ' || coalesce(array_to_string(c.reloptions, ','), '-')
                        from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = :schema and c.relkind = 'r'
                        order by 1""")
                .param("schema", schema).query(String.class).list();
    }
}

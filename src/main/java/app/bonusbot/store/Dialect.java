package app.bonusbot.store;

import org.jdbi.v3.core.Handle;

/**
 * The few places where SQLite's and PostgreSQL's SQL differ and no form serves both: the catalogue, string
 * aggregation, and where each one's migrations live. Everything else the stores write is SQL both accept.
 */
public enum Dialect {

    SQLITE("db/migration/") {
        @Override
        boolean tableExists(Handle h, String table) {
            return h.createQuery("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = :name").bind("name", table).mapTo(Integer.class).one() > 0;
        }

        @Override
        boolean columnExists(Handle h, String table, String column) {
            return h.createQuery("SELECT COUNT(*) FROM pragma_table_info(:table) WHERE name = :column")
                    .bind("table", table)
                    .bind("column", column)
                    .mapTo(Integer.class)
                    .one() > 0;
        }

        @Override
        String linesOf(String columnsJoinedByTab) {
            return "group_concat(" + columnsJoinedByTab.replace("<TAB>", "char(9)") + ", char(10))";
        }
    },

    POSTGRESQL("db/migration/postgresql/") {
        @Override
        boolean tableExists(Handle h, String table) {
            return h.createQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = :name")
                    .bind("name", table)
                    .mapTo(Integer.class)
                    .one() > 0;
        }

        @Override
        boolean columnExists(Handle h, String table, String column) {
            return h.createQuery("""
                            SELECT COUNT(*) FROM information_schema.columns
                            WHERE table_schema = current_schema() AND table_name = :table AND column_name = :column""")
                    .bind("table", table)
                    .bind("column", column)
                    .mapTo(Integer.class)
                    .one() > 0;
        }

        @Override
        String linesOf(String columnsJoinedByTab) {
            return "string_agg(" + columnsJoinedByTab.replace("<TAB>", "chr(9)") + ", chr(10))";
        }
    };

    private final String migrationDirectory;

    Dialect(String migrationDirectory) {
        this.migrationDirectory = migrationDirectory;
    }

    /** The classpath directory of this dialect's migrations, ending in a slash. */
    String migrationDirectory() {
        return migrationDirectory;
    }

    /** Whether the schema the connection works in has this table. */
    abstract boolean tableExists(Handle h, String table);

    abstract boolean columnExists(Handle h, String table, String column);

    /**
     * An aggregate of the rows into one text, a row per line: {@code a || <TAB> || b} joins a row's columns with tabs
     * (the marker is this dialect's tab character).
     */
    abstract String linesOf(String columnsJoinedByTab);
}

package io.github.cameldatagrok.emulator.connections;

import java.util.Set;

/**
 * The data sources a {@code DataConnection} may name: Datagrok's Python client knows exactly these
 * ({@code FileDataSourceType}, {@code DatabaseDataSourceType}) and fails to read a connection of any other.
 */
public final class DataSources {

    /** File sources: connections of these serve the {@code /public/v1/files} routes. */
    public static final Set<String> FILES = Set.of("Azure Blob", "Dropbox", "GitHub", "GoogleCloud", "S3",
            "Amazon EFS", "SharePoint", "Files", "CoreWeave");

    public static final Set<String> DATABASES = Set.of("Access", "Athena", "BigQuery", "Cassandra", "DB2", "Excel",
            "Firebird", "HBase", "Hive", "Hive2", "MariaDB", "MLFlow", "MongoDB", "MS SQL", "MySQL", "Neo4j", "Oracle",
            "PostgresDart", "ClickHouse", "Postgres", "Redshift", "Snowflake", "SQLite", "Socrata", "Sparql",
            "Teradata", "Twitter", "Vertica", "Web", "AWS");

    private DataSources() {
    }

    public static boolean isKnown(String dataSource) {
        return FILES.contains(dataSource) || DATABASES.contains(dataSource);
    }

    public static boolean isFileSource(String dataSource) {
        return FILES.contains(dataSource);
    }
}

package procedo.modeler.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import procedo.modeler.Application;
import procedo.catalog.persistence.DatabaseSettings;

/** Where the data lives: the embedded H2 database under {@code --data}, or PostgreSQL via {@code --database-url}. */
public final class DatabaseOptions {

    @Option(names = "--data", defaultValue = "${env:PROCEDO_DATA:-data}",
            description = "Data directory of the embedded database (default: ./data, env PROCEDO_DATA).")
    Path data;

    @Option(names = "--database-url", defaultValue = "${env:PROCEDO_DATABASE_URL}",
            description = "JDBC URL of a PostgreSQL database instead of the embedded one (env PROCEDO_DATABASE_URL).")
    String url;

    @Option(names = "--database-user", defaultValue = "${env:PROCEDO_DATABASE_USER}")
    String user;

    @Option(names = "--database-password", defaultValue = "${env:PROCEDO_DATABASE_PASSWORD}")
    String password;

    /** Opens the application on this database, loading the demo catalog first when the database is empty. */
    Application openWithDemo() {
        Application application = Application.open(settings());
        application.loadDemoIfEmpty();
        return application;
    }

    public DatabaseSettings settings() {
        if (url != null && !url.isBlank()) {
            return new DatabaseSettings(url, user, password);
        }
        return DatabaseSettings.embedded(data);
    }
}

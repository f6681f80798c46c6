package procedo.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import procedo.catalog.account.AccountService;
import procedo.catalog.persistence.DatabaseSettings;

class PasswordCostTest {

    @Test
    void anApplicationOpenedAsServeAndTheCommandsOpenItHashesPasswordsAtTheStandardCost() throws SQLException {
        DatabaseSettings database = DatabaseSettings.inMemory("cost-" + UUID.randomUUID());
        try (Application application = Application.open(database)) {
            application.accounts().ensureFirstAdmin(Optional.of("Hồ Gươm 2026!"));

            assertThat(storedHash(database)).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        }
    }

    @Test
    void theTestServersSmallCostIsStillArgon2idAndSignsIn() throws SQLException {
        DatabaseSettings database = DatabaseSettings.inMemory("cost-" + UUID.randomUUID());
        try (Application application = Application.open(database, Application.EngineOptions.quiet(),
                TestHashing.SMALL)) {
            application.accounts().ensureFirstAdmin(Optional.of("Hồ Gươm 2026!"));

            assertThat(storedHash(database)).startsWith("$argon2id$v=19$m=64,t=1,p=1$");
            assertThat(application.accounts().signIn("admin", "Hồ Gươm 2026!", "127.0.0.1").username())
                    .isEqualTo("admin");
        }
    }

    private static String storedHash(DatabaseSettings database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(),
                database.password());
             ResultSet row = connection.createStatement().executeQuery(
                     "select password_hash from accounts where username = '" + AccountService.FIRST_ADMIN + "'")) {
            assertThat(row.next()).as("the first administrator is stored").isTrue();
            return row.getString(1);
        }
    }
}

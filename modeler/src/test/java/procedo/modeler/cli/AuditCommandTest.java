package procedo.modeler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import procedo.catalog.persistence.DatabaseSettings;
import procedo.modeler.Application;

/** {@code procedo audit verify}: intact after the demo's changes, and exactly the record changed behind its back. */
class AuditCommandTest extends CliTest {

    @Test
    void verifySaysIntactThenNamesTheRecordChangedWithPlainSql() throws SQLException {
        DatabaseSettings settings = DatabaseSettings.embedded(dir);
        long records;
        try (Application application = Application.open(settings)) {
            application.loadDemoIfEmpty();
            records = application.audit().verify().intactRecords();
        }
        assertThat(records).isGreaterThan(10);

        assertThat(run("audit", "verify", "--data", dir.toString())).isZero();
        assertThat(out.toString().strip()).isEqualTo("intact: " + records + " records");

        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             Statement s = c.createStatement()) {
            s.execute("drop trigger audit_log_append_only");
            s.execute("update audit_log set display_name = 'Người khác' where seq = 7");
        }

        assertThat(run("audit", "verify", "--data", dir.toString())).isEqualTo(1);
        assertThat(out.toString().strip()).startsWith("broken at record 7: its content does not match its hash");
    }
}

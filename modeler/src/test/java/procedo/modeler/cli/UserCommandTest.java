package procedo.modeler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import procedo.catalog.account.AccountRole;
import procedo.catalog.account.Grant;
import procedo.catalog.persistence.DatabaseSettings;
import procedo.modeler.Application;

class UserCommandTest extends CliTest {

    @Test
    void addsListsReRolesDisablesAndResetsUsers() {
        String data = dir.resolve("data").toString();
        assertThat(run("user", "add", "lan", "--data", data, "--name", "Nguyễn Thị Lan",
                "--role", "CASE_OFFICER@79:tu-phap,applicant", "--role", "viewer")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Added lan\tNguyễn Thị Lan\tCASE_OFFICER@79:applicant,tu-phap VIEWER");
        Matcher temporary = Pattern.compile("Temporary password \\(changed at first sign-in\\): (\\S+)")
                .matcher(out.toString());
        assertThat(temporary.find()).isTrue();

        try (Application application = Application.open(DatabaseSettings.embedded(dir.resolve("data")))) {
            var lan = application.accounts().signIn("lan", temporary.group(1), "local");
            assertThat(lan.mustChangePassword()).isTrue();
            assertThat(lan.grants()).contains(new Grant(AccountRole.CASE_OFFICER, "79",
                    java.util.List.of("tu-phap", "applicant")));
        }

        assertThat(run("user", "roles", "lan", "--data", data, "--role", "LOCALITY_OFFICER@79")).isZero();
        assertThat(run("user", "list", "--data", data)).isZero();
        assertThat(out.toString()).contains("lan\tNguyễn Thị Lan\tLOCALITY_OFFICER@79");
        assertThat(run("user", "disable", "lan", "--data", data)).isZero();
        assertThat(run("user", "list", "--data", data)).isZero();
        assertThat(out.toString()).contains("(disabled)");
        assertThat(run("user", "reset-password", "lan", "--data", data)).isZero();
        assertThat(out.toString()).contains("Temporary password: ");
    }

    @Test
    void aBadRoleOrAWeakPasswordIsRefusedNamingIt() {
        String data = dir.resolve("data").toString();
        assertThat(run("user", "add", "lan", "--data", data, "--name", "Lan", "--role", "MAYOR")).isNotZero();
        assertThat(err.toString()).contains("--role MAYOR");
        assertThat(run("user", "add", "lan", "--data", data, "--name", "Lan", "--role", "CASE_OFFICER@79"))
                .isNotZero();
        assertThat(err.toString()).contains("roles[0].groups");
    }
}

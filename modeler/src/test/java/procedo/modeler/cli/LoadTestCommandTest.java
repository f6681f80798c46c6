package procedo.modeler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The load test command, briefly: a few signed-in clients for a few seconds, every write found afterwards. */
@Tag("load")
class LoadTestCommandTest extends CliTest {

    @Test
    void mixesReadsAndWritesOfSignedInClientsAndFindsEveryAcknowledgedWrite() {
        int code = run("load-test", "--clients", "6", "--seconds", "4", "--seed", "3");

        assertThat(code).as(out + "\n" + err).isZero();
        String printed = out.toString();
        assertThat(printed).contains("6 clients (2 analysts, 4 case officers)")
                .contains("0 server errors (5xx), 0 failed connections")
                .contains("every acknowledged write is there exactly once");
        for (String operation : new String[] {"ranking", "catalog read", "model save", "case start", "task complete"}) {
            Matcher row = Pattern.compile("(?m)^" + operation + "\\s+(\\d+)").matcher(printed);
            assertThat(row.find()).as(operation + " in\n" + printed).isTrue();
            assertThat(Integer.parseInt(row.group(1))).as(operation).isPositive();
        }
        assertThat(run("load-test", "--clients", "0")).isNotZero();
        assertThat(run("load-test", "--seconds", "601")).isNotZero();
    }
}

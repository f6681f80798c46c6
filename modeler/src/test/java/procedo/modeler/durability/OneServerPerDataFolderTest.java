package procedo.modeler.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import procedo.modeler.cli.Main;

/**
 * One process per embedded data folder: while {@code serve} runs, a second {@code serve} and the local commands on
 * the same folder are refused with the folder and the server named; {@code backup} goes through the server.
 */
@Tag("process")
class OneServerPerDataFolderTest {

    @TempDir
    Path dir;

    private String out = "";
    private String err = "";

    @Test
    void aSecondServerAndLocalCommandsAreRefusedWhileBackupGoesThroughTheServer() throws IOException {
        Path data = dir.resolve("data");
        try (ServedProcess server = ServedProcess.start(data)) {
            String folder = data.toRealPath().toString();
            String holder = "process " + server.process.pid();

            ServedProcess second = ServedProcess.launch(data, ServedProcess.freePort());
            assertThat(second.awaitExit(Duration.ofSeconds(120))).isNotZero();
            assertThat(String.join("\n", second.output)).contains("The data folder " + folder + " is in use",
                    holder, server.address()).doesNotContain("Procedo is ready");

            assertThat(run("rank", "--data", data.toString(), "--limit", "3")).isEqualTo(4);
            assertThat(err).contains("procedo: The data folder " + folder + " is in use", holder,
                    "serving " + server.address());
            assertThat(run("load", "--data", data.toString(), "--procedure", "1.001193", "--cases", "1"))
                    .isEqualTo(4);
            assertThat(err).contains(folder, holder);

            Path backup = dir.resolve("backups/procedo.zip");
            assertThat(run("backup", "--data", data.toString(), "--out", backup.toString(),
                    "--token", server.token().orElse(""))).as(err).isZero();
            assertThat(out).contains("through the server at " + server.address());
            try (ZipFile zip = new ZipFile(backup.toFile())) {
                assertThat(zip.getEntry("procedo.mv.db")).isNotNull();
            }

            assertThat(run("restore", backup.toString(), "--data", data.toString())).isEqualTo(4);
            assertThat(err).contains(folder, holder);
            assertThat(server.get("/api/health").status()).isEqualTo(200);
        }
        assertThat(run("rank", "--data", data.toString(), "--limit", "3")).as(err).isZero();
        assertThat(Files.list(data).map(p -> p.getFileName().toString()))
                .noneMatch(name -> name.contains("before-restore"));
    }

    private int run(String... args) {
        StringWriter output = new StringWriter();
        StringWriter errors = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(output, true));
        cli.setErr(new PrintWriter(errors, true));
        int code = cli.execute(args);
        out = output.toString();
        err = errors.toString();
        return code;
    }
}

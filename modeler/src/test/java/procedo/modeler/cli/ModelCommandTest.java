package procedo.modeler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import procedo.modeler.model.Snippets;

class ModelCommandTest extends CliTest {

    private byte[] miwg(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/miwg/" + name + ".bpmn")) {
            return in.readAllBytes();
        }
    }

    @Test
    void importsAndExportsAModelByteForByte() throws IOException {
        String data = dir.resolve("data").toString();
        Path file = Files.write(dir.resolve("A.4.0.bpmn"), miwg("A.4.0"));
        String procedure = "1.000656"; // a demo procedure without demo models, loaded into the empty database

        assertThat(run("model", "import", "--data", data, "--procedure", procedure, "--kind", "to-be",
                "--author", "lan", file.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains(procedure + " TO_BE version 1 saved");
        assertThat(run("model", "import", "--data", data, "--procedure", procedure, "--kind", "TO_BE",
                file.toString())).isZero();
        assertThat(out.toString()).contains("version 2");
        assertThat(run("model", "import", "--data", data, "--procedure", procedure, "--kind", "TO_BE",
                "--expected-version", "1", file.toString())).isEqualTo(4);
        assertThat(err.toString()).contains("version 2");

        Path exported = dir.resolve("out.bpmn");
        assertThat(run("model", "export", "--data", data, "--procedure", procedure, "--kind", "TO_BE",
                "--version", "1", "--out", exported.toString())).as(err.toString()).isZero();
        assertThat(Files.readAllBytes(exported)).isEqualTo(miwg("A.4.0"));

        assertThat(run("model", "export", "--data", data, "--procedure", procedure, "--kind", "AS_IS",
                "--out", exported.toString())).isEqualTo(3);
        assertThat(run("model", "import", "--data", data, "--procedure", "0.000000", "--kind", "TO_BE",
                file.toString())).isEqualTo(3);
    }

    @Test
    void analysePrintsTheCountsAndTheLint() throws IOException {
        Path file = Files.writeString(dir.resolve("commune.bpmn"), Snippets.COMMUNE);

        assertThat(run("model", "analyse", file.toString())).isZero();
        assertThat(out.toString()).containsPattern("activities\\s+8").containsPattern("inPersonVisits\\s+1")
                .contains("lane Lane_A \"Người dân\" (applicant): 2 activities", "lint: 0 finding(s)");

        assertThat(run("model", "analyse", "--json", file.toString())).isZero();
        assertThat(out.toString()).contains("\"handOffs\" : 4");
    }

    @Test
    void aBadFileExitsWithTwoAndSaysWhere() throws IOException {
        Path file = Files.writeString(dir.resolve("broken.bpmn"), "<bpmn:definitions xmlns:bpmn=\"x\">\n<a>");

        assertThat(run("model", "analyse", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("broken.bpmn: line 2, column");
        assertThat(run("model", "analyse", dir.resolve("missing.bpmn").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("missing.bpmn");
    }
}

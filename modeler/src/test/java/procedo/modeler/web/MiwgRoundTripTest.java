package procedo.modeler.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import procedo.catalog.locality.Agency;
import procedo.catalog.locality.Level;
import procedo.modeler.model.BpmnReader;

/**
 * Every model of the OMG BPMN Model Interchange Working Group's reference set (made with many tools, some in
 * ISO-8859-1) goes through the real HTTP API: import, export byte for byte, analysis, re-import of the export.
 */
class MiwgRoundTripTest {

    static Stream<String> files() {
        return Stream.of("A.1.0", "A.2.0", "A.2.1", "A.3.0", "A.4.0", "A.4.1", "B.1.0", "B.2.0", "C.1.0", "C.1.1",
                "C.2.0", "C.3.0", "C.4.0", "C.5.0", "C.6.0", "C.7.0", "C.8.0", "C.8.1", "C.9.0", "C.9.1", "C.9.2");
    }

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        server.application.store().localities().saveAgency(new Agency("UBND_XA", "Ủy ban nhân dân cấp xã", Level.COMMUNE));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = MiwgRoundTripTest.class.getResourceAsStream("/miwg/" + name + ".bpmn")) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void importsAnalysesExportsAndReimports(String name) throws IOException {
        String code = "MIWG-" + name;
        assertThat(server.post("/api/procedures", CatalogApiTest.BIRTH.replace("1.001193", code)).status())
                .isEqualTo(201);
        String models = "/api/procedures/" + code + "/models/TO_BE";
        byte[] original = resource(name);

        var imported = server.send("PUT", models, original, "application/xml");
        assertThat(imported.status()).as(imported.raw().body()).isEqualTo(201);

        HttpResponse<byte[]> exported = server.download(models);
        assertThat(exported.statusCode()).isEqualTo(200);
        assertThat(exported.body()).isEqualTo(original);

        var analysis = server.get(models + "/analysis");
        assertThat(analysis.status()).as(analysis.raw().body()).isEqualTo(200);
        assertThat(analysis.body().get("activities").asInt()).isPositive();

        var reimported = server.send("PUT", models, exported.body(), "text/xml", "If-Match", "\"1\"");
        assertThat(reimported.status()).as(reimported.raw().body()).isEqualTo(201);
        byte[] second = server.download(models + "/versions/2").body();
        assertThat(second).isEqualTo(original);

        BpmnReader reader = new BpmnReader();
        assertThat(reader.read(second).elementIds()).isEqualTo(reader.read(original).elementIds()).isNotEmpty();
        assertThat(server.get(models + "/analysis?version=2").body()).isEqualTo(analysis.body());
    }
}

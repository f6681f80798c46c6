package procedo.modeler.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import procedo.modeler.web.http.Route;

/**
 * The route table against the checked-in list of every route ({@code routes.txt}: method, path and least role,
 * sorted): a route lost, added or given another role shows here, in the table and in the OpenAPI description.
 */
class RouteTableTest {

    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theRouteTableHoldsExactlyTheExpectedRoutes() throws IOException {
        List<String> table = new ArrayList<>();
        for (Route route : server.application.webServer().routes()) {
            table.add(route.method().name() + " " + route.path() + " " + route.role().name());
        }

        assertThat(table).doesNotHaveDuplicates();
        assertThat(table.stream().sorted().toList()).containsExactlyElementsOf(expected());
    }

    @Test
    void theOpenApiDescriptionListsExactlyTheExpectedRoutes() throws IOException {
        JsonNode paths = server.get("/api/openapi.json").body().get("paths");
        List<String> described = new ArrayList<>();
        paths.fieldNames().forEachRemaining(path -> paths.get(path).fieldNames().forEachRemaining(method ->
                described.add(method.toUpperCase(Locale.ROOT) + " " + path + " "
                        + paths.get(path).get(method).get("x-required-role").asText())));

        assertThat(described.stream().sorted().toList()).containsExactlyElementsOf(expected());
    }

    private static List<String> expected() throws IOException {
        try (InputStream in = RouteTableTest.class.getResourceAsStream("routes.txt")) {
            assertThat(in).as("routes.txt beside this test").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
                    .sorted().toList();
        }
    }
}

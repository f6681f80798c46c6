package procedo.modeler.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import procedo.catalog.locality.Agency;
import procedo.catalog.locality.Level;
import procedo.modeler.web.http.Route;
import procedo.modeler.web.http.Role;

class AccessTest {

    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start(Optional.of("s3cret-token"));
        server.application.store().localities().saveAgency(new Agency("UBND_XA", "Ủy ban nhân dân cấp xã", Level.COMMUNE));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void withATokenConfiguredOnlyItsBearerMayChangeTheCatalog() {
        var anonymous = server.post("/api/procedures", CatalogApiTest.BIRTH);
        assertThat(anonymous.status()).isEqualTo(403);
        assertThat(server.get("/api/procedures/1.001193").status()).isEqualTo(404);

        var wrong = server.post("/api/procedures", CatalogApiTest.BIRTH, "Authorization", "Bearer guess");
        assertThat(wrong.status()).isEqualTo(403);

        var editor = server.post("/api/procedures", CatalogApiTest.BIRTH, "Authorization", "Bearer s3cret-token");
        assertThat(editor.status()).isEqualTo(201);
        assertThat(server.get("/api/procedures/1.001193").status()).isEqualTo(200);
        assertThat(server.delete("/api/procedures/1.001193").status()).isEqualTo(403);
    }

    @Test
    void everyRouteDeclaresItsAccessRule() {
        var routes = server.application.webServer(Optional.empty()).routes();

        assertThat(routes).isNotEmpty().allSatisfy(route -> assertThat(route.role()).isNotNull());
        assertThat(routes).filteredOn(r -> r.method().name().equals("GET") && !r.path().startsWith("/api/audit"))
                .allSatisfy(route -> assertThat(route.role()).isEqualTo(Role.READER));
        assertThat(routes).filteredOn(r -> r.path().startsWith("/api/audit")).as("the audit trail is read by editors")
                .hasSize(3).allSatisfy(route -> assertThat(route.role()).isEqualTo(Role.EDITOR));
        assertThat(routes).filteredOn(r -> !r.method().name().equals("GET") && !r.path().startsWith("/api/cost")
                && !r.path().equals("/api/portfolio")
                && !r.path().equals("/api/bpmn/analysis")
                && !r.path().endsWith("/deployments/check")).allSatisfy(route -> assertThat(route.role()).isEqualTo(Role.EDITOR));
    }

    @Test
    void theOpenApiDescriptionListsEveryRouteWithItsRole() {
        var description = server.get("/api/openapi.json");

        assertThat(description.status()).isEqualTo(200);
        for (Route route : server.application.webServer(Optional.empty()).routes()) {
            var operation = description.body().at("/paths").get(route.path())
                    .get(route.method().name().toLowerCase(java.util.Locale.ROOT));
            assertThat(operation).as(route.method() + " " + route.path()).isNotNull();
            assertThat(operation.get("x-required-role").asText()).isEqualTo(route.role().name());
        }
    }

    @Test
    void theRankingPageIsServed() {
        var page = server.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw().body()).contains("<title>Procedo");
    }
}

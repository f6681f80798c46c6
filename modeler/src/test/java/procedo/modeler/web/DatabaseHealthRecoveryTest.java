package procedo.modeler.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import procedo.catalog.TestDatabase;
import procedo.catalog.locality.Agency;
import procedo.catalog.locality.Level;
import procedo.catalog.persistence.DatabaseSettings;
import procedo.modeler.Application;

/**
 * The database stops under a running application and comes back: {@code /api/health} answers 503 with the reason
 * while it is gone and 200 again once it is back, and the application serves again without a restart (the pool
 * drops the broken connections and opens new ones). On H2 the database server itself (H2 in server mode) is stopped
 * and started again on the same port and file; PostgreSQL, shared with other tests, is cut off behind a relay.
 */
class DatabaseHealthRecoveryTest {

    @TempDir
    Path dir;

    @Test
    void healthFollowsAnH2ServerStoppedAndStartedAgainAndTheApplicationRecoversByItself() throws Exception {
        int port = freePort();
        Server database = start(port);
        try (TestServer server = TestServer.start(new DatabaseSettings("jdbc:h2:tcp://127.0.0.1:" + port + "/procedo",
                "sa", ""), Application.EngineOptions.quiet())) {
            var up = server.get("/api/health");
            assertThat(up.status()).isEqualTo(200);
            assertThat(up.body().get("status").asText()).isEqualTo("ok");
            server.application.store().localities().saveAgency(
                    new Agency("UBND_XA", "Ủy ban nhân dân cấp xã", Level.COMMUNE));
            database.stop();
            var down = server.get("/api/health");
            assertThat(down.status()).isEqualTo(503);
            assertThat(down.body().get("status").asText()).isEqualTo("unavailable");
            assertThat(down.body().get("database").asText()).isEqualTo("down");
            assertThat(down.body().get("reason").asText()).isNotBlank();
            database = start(port);
            long deadline = System.currentTimeMillis() + 15_000;
            int status = 0;
            while (status != 200 && System.currentTimeMillis() < deadline) {
                status = server.get("/api/health").status();
                if (status != 200) {
                    Thread.sleep(250);
                }
            }
            assertThat(status).as("healthy again within 15 s of the database's return").isEqualTo(200);
            assertThat(server.post("/api/procedures", CatalogApiTest.BIRTH).status()).isEqualTo(201);
            assertThat(server.get("/api/procedures/1.001193").status()).isEqualTo(200);
        } finally {
            database.stop();
        }
    }

    @Test
    void healthFollowsAPostgresqlThatCannotBeReachedAndComesBack() throws Exception {
        try (TestDatabase.Instance db = TestDatabase.POSTGRESQL.create()) {
            URI target = URI.create(db.settings().jdbcUrl().substring("jdbc:".length()));
            try (CuttableProxy proxy = new CuttableProxy(target.getHost(), target.getPort());
                 TestServer server = TestServer.start(new DatabaseSettings(db.settings().jdbcUrl().replace(
                         target.getHost() + ":" + target.getPort(), "127.0.0.1:" + proxy.port()), null, null),
                         Application.EngineOptions.quiet())) {
                server.application.store().localities().saveAgency(
                        new Agency("UBND_XA", "Ủy ban nhân dân cấp xã", Level.COMMUNE));
                assertThat(server.get("/api/health").status()).isEqualTo(200);

                proxy.cut();
                var down = server.get("/api/health");
                assertThat(down.status()).isEqualTo(503);
                assertThat(down.body().get("reason").asText()).isNotBlank();

                proxy.restore();
                assertThat(healthyWithin(server, 20_000)).as("healthy again within 20 s of the database's return")
                        .isTrue();
                assertThat(server.post("/api/procedures", CatalogApiTest.BIRTH).status()).isEqualTo(201);
            }
        }
    }

    private static boolean healthyWithin(TestServer server, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            if (server.get("/api/health").status() == 200) {
                return true;
            }
            Thread.sleep(250);
        }
        return false;
    }

    private Server start(int port) throws SQLException {
        return Server.createTcpServer("-tcpPort", Integer.toString(port), "-baseDir", dir.toString(), "-ifNotExists")
                .start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

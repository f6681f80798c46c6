package procedo.modeler.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import procedo.engine.Channel;
import procedo.engine.StartCase;
import procedo.engine.WorkflowEngine;

/**
 * A procedure piloted in Hồ Chí Minh City for the browser tests: its one-task workflow deployed nationwide before
 * the pilot, recorded in test then in pilot (79) with a deployment there, three real dossiers received in 79 (two
 * decided) and two in Hà Nội on the nationwide workflow (one decided). Nothing was received before the pilot.
 */
final class PilotSetUp {

    private PilotSetUp() {
    }

    /** Stages {@code code} as described, once per site. */
    static void pilotIn79(BrowserSite site, String code) throws Exception {
        HttpResponse<String> stage = site.send("GET", "/api/procedures/" + code + "/stage", null);
        if (!stage.body().contains("\"stage\":null")) {
            return;
        }
        HttpResponse<String> current = site.send("GET", "/api/procedures/" + code + "/models/TO_BE", null);
        HttpRequest.Builder save = site.request("/api/procedures/" + code + "/models/TO_BE")
                .header("Content-Type", "application/xml")
                .PUT(HttpRequest.BodyPublishers.ofString(WorkflowPages.oneTaskModel("mot-cua")));
        current.headers().firstValue("ETag").filter(e -> current.statusCode() == 200)
                .ifPresent(e -> save.header("If-Match", e));
        HttpResponse<String> saved = HttpClient.newHttpClient().send(save.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        expect(site.send("POST", "/api/procedures/" + code + "/deployments", null), 201);
        expect(site.send("PUT", "/api/procedures/" + code + "/stage", "{\"stage\": \"TEST\", \"version\": 0}"), 200);
        expect(site.send("PUT", "/api/procedures/" + code + "/stage", "{\"stage\": \"PILOT\", \"provinces\": [\"79\"],"
                + " \"reason\": \"Thí điểm tại Bộ phận một cửa Thành phố Hồ Chí Minh\", \"version\": 1}"), 200);
        expect(site.send("POST", "/api/procedures/" + code + "/deployments?locality=79&coverage=PILOT", null), 201);
        WorkflowEngine engine = site.application().engine();
        String[] names = {"Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em", "Vũ Thị Giang"};
        String[] provinces = {"79", "79", "79", "01", "01"};
        Channel[] channels = {Channel.ONLINE, Channel.ONLINE, Channel.COUNTER, Channel.COUNTER, Channel.ONLINE};
        for (int i = 0; i < names.length; i++) {
            String id = engine.startCase(new StartCase(code, provinces[i], channels[i], 3,
                    Map.of("applicantName", names[i]), "can.bo")).id();
            if (i == 0 || i == 1 || i == 3) {
                engine.complete(engine.findCase(id).orElseThrow().openTasks().get(0).id(), "can.bo", Map.of());
            }
        }
    }

    private static void expect(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    }
}

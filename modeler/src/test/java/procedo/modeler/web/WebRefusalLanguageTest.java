package procedo.modeler.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import procedo.catalog.account.AccountRole;
import procedo.catalog.account.Grant;

/**
 * The web layer's own refusals read as Vietnamese sentences when the client names no language (as a page in
 * Vietnamese does), keep their English words when English is asked, and carry their sentence's key as {@code code}:
 * signing in (a wrong password, a locked account), no one signed in, a missing role, another province, a change
 * without the session's CSRF token, a malformed or mistyped JSON body (where, and no Java type names), the version
 * an update needs ({@code If-Match}), a body over the limit, a body type the route does not take, and the page
 * shown for an unknown address.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebRefusalLanguageTest {

    private TestServer english;
    private TestServer vietnamese;

    @BeforeAll
    void start() {
        english = TestServer.start();
        english.application.loadDemoIfEmpty();
        vietnamese = english.inVietnamese();
        english.tokenFor("lan", Grant.of(AccountRole.ANALYST));
    }

    @AfterAll
    void stop() {
        english.close();
    }

    /** Signs in as a page in Vietnamese does (a browser that prefers Vietnamese, English second). */
    private TestServer.Response signInInVietnamese(String username, String password) {
        return english.anonymous().post("/api/session", """
                {"username": "%s", "password": "%s"}""".formatted(username, password),
                "Accept-Language", "vi-VN,vi;q=0.9,en;q=0.5");
    }

    private static String message(TestServer.Response answer) {
        return answer.body().path("message").asText();
    }

    @Test
    void aWrongPasswordAndALockedAccountAreRefusedInVietnamese() {
        english.tokenFor("binh", Grant.of(AccountRole.VIEWER));
        var wrong = signInInVietnamese("binh", "sai mật khẩu");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(message(wrong)).isEqualTo("Sai tên đăng nhập hoặc mật khẩu");
        assertThat(wrong.body().path("code").asText()).isEqualTo("catalog.account.signInRefused");
        assertThat(english.anonymous().post("/api/session", "{\"username\": \"binh\", \"password\": \"sai\"}")
                .body().path("message").asText()).isEqualTo("Wrong username or password");
        for (int i = 3; i <= 4; i++) {
            assertThat(signInInVietnamese("binh", "sai " + i).status()).isEqualTo(401);
        }

        var locking = signInInVietnamese("binh", "sai 5");
        assertThat(locking.status()).isEqualTo(429);
        assertThat(message(locking)).startsWith("Sai tên đăng nhập hoặc mật khẩu; do đăng nhập sai nhiều lần, "
                + "tài khoản tạm bị khóa: hãy thử lại sau ").endsWith(" giây");
        var locked = signInInVietnamese("binh", "Mật khẩu riêng 2026!");
        assertThat(locked.status()).isEqualTo(429);
        assertThat(Integer.parseInt(locked.header("Retry-After"))).isBetween(1, 31);
        assertThat(message(locked)).matches("Tài khoản đang tạm khóa vì đăng nhập sai nhiều lần: hãy thử lại sau "
                + "\\d+ giây");
        assertThat(locked.body().path("code").asText()).isEqualTo("catalog.account.locked");
    }

    @Test
    void noOneSignedInAndAnInvalidTokenAreRefusedInVietnamese() {
        var anonymous = vietnamese.anonymous().get("/api/procedures", "Accept-Language", "vi");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(message(anonymous)).isEqualTo("Hãy đăng nhập trước");
        assertThat(anonymous.body().path("code").asText()).isEqualTo("modeler.access.signIn");
        assertThat(message(english.anonymous().get("/api/procedures"))).isEqualTo("Sign in first");

        var badToken = vietnamese.get("/api/procedures", "Authorization", "Bearer pdo_not-a-token");
        assertThat(badToken.status()).isEqualTo(401);
        assertThat(message(badToken)).startsWith("Mã truy cập API không hợp lệ");
        assertThat(message(english.get("/api/procedures", "Authorization", "Bearer pdo_not-a-token")))
                .isEqualTo("The API token is not valid (revoked, unknown or its user disabled)");
    }

    @Test
    void aMissingRoleIsNamedInVietnamese() {
        TestServer viewer = english.asNewUser("xem", Grant.of(AccountRole.VIEWER));
        var vi = viewer.inVietnamese().post("/api/profiles", "{}");
        var en = viewer.post("/api/profiles", "{}");

        assertThat(vi.status()).isEqualTo(403);
        assertThat(message(vi)).isEqualTo("Bạn không có quyền làm việc này: cần quyền chuyên viên cải cách trung ương "
                + "(ANALYST), còn tài khoản xem có vai trò [người xem]");
        assertThat(vi.body().path("code").asText()).isEqualTo("modeler.access.role");
        assertThat(message(en)).isEqualTo("This action needs the ANALYST access rule (analyst); xem holds [viewer]");
    }

    @Test
    void anotherProvinceIsRefusedInVietnamese() {
        TestServer officer = english.asNewUser("dia-phuong-79", new Grant(AccountRole.LOCALITY_OFFICER, "79", List.of()));
        var vi = officer.inVietnamese().put("/api/templates/1.001193/adoptions/01", "{}");

        assertThat(vi.status()).isEqualTo(403);
        assertThat(message(vi)).isEqualTo("Tài khoản dia-phuong-79 không được làm việc cho Thành phố Hà Nội (01)");
        assertThat(message(officer.put("/api/templates/1.001193/adoptions/01", "{}")))
                .isEqualTo("dia-phuong-79 may not act for province Thành phố Hà Nội (01)");

        String hanoi = "{\"stats\": [{\"localityCode\": \"01\", \"year\": 2024, \"source\": \"IMPORTED\","
                + " \"dossiersTotal\": 5}]}";
        var usage = officer.inVietnamese().post("/api/procedures/1.000656/usage", hanoi);
        assertThat(usage.status()).isEqualTo(403);
        assertThat(message(usage)).isEqualTo("Tài khoản dia-phuong-79 chỉ được ghi số liệu sử dụng của tỉnh, thành phố "
                + "mình, không được ghi cho Thành phố Hà Nội (01)");
        assertThat(message(officer.post("/api/procedures/1.000656/usage", hanoi)))
                .isEqualTo("dia-phuong-79 may record usage of their own province only, not of Thành phố Hà Nội (01)");
    }

    @Test
    void aSessionsChangeWithoutItsCsrfTokenIsRefusedInVietnamese() {
        var signedIn = english.anonymous().post("/api/session",
                "{\"username\": \"lan\", \"password\": \"Mật khẩu riêng 2026!\"}");
        assertThat(signedIn.status()).isEqualTo(200);
        String cookie = signedIn.header("Set-Cookie").split(";")[0];

        var vi = vietnamese.anonymous().post("/api/procedures/1.001193/plans", "{\"title\": \"Thử\"}", "Cookie", cookie,
                "Accept-Language", "vi");
        assertThat(vi.status()).isEqualTo(403);
        assertThat(vi.body().path("code").asText()).isEqualTo("modeler.access.csrf");
        assertThat(message(vi)).isEqualTo("Yêu cầu thiếu mã chống giả mạo (CSRF, X-CSRF-Token) của phiên đăng nhập: "
                + "hãy tải lại trang");
        assertThat(message(english.anonymous().post("/api/procedures/1.001193/plans", "{\"title\": \"Thử\"}",
                "Cookie", cookie))).isEqualTo("The request lacks this session's CSRF token (X-CSRF-Token): reload the page");
    }

    @Test
    void aMalformedJsonBodySaysWhereInVietnameseWithoutJavaNames() {
        var vi = vietnamese.post("/api/profiles", "{\"name\": \"thử\",\n \"weights\": }");
        assertThat(vi.status()).isEqualTo(400);
        var error = vi.body().path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("body");
        assertThat(error.path("label").asText()).isEqualTo("Nội dung gửi lên");
        assertThat(error.path("message").asText()).startsWith("không phải JSON hợp lệ: lỗi ở dòng 2, cột ");
        assertThat(error.path("code").asText()).isEqualTo("modeler.json.syntaxAt");
        assertThat(vi.raw().body()).doesNotContain("Exception", "com.fasterxml", "java.", "(code ");
        assertThat(english.post("/api/profiles", "{\"name\": \"thử\",\n \"weights\": }").body()
                .at("/errors/0/message").asText()).startsWith("is not valid JSON (line 2, column ");

        var mistyped = vietnamese.post("/api/users", """
                {"username": "moi", "displayName": "Người mới", "password": "Sông Đà 2026!", "roles": "VIEWER"}""");
        assertThat(mistyped.status()).isEqualTo(400);
        assertThat(mistyped.body().at("/errors/0/field").asText()).isEqualTo("roles");
        assertThat(mistyped.body().at("/errors/0/label").asText()).isEqualTo("Vai trò");
        assertThat(mistyped.body().at("/errors/0/message").asText()).isEqualTo("phải là một danh sách [...]");
        assertThat(mistyped.raw().body()).doesNotContain("Grant", "List", "java.");

        var unknown = vietnamese.post("/api/users", "{\"username\": \"moi\", \"tuoi\": 3}");
        assertThat(unknown.body().at("/errors/0/field").asText()).isEqualTo("tuoi");
        assertThat(unknown.body().at("/errors/0/message").asText()).isEqualTo("trường này không được nhận ở đây");
        assertThat(english.post("/api/users", "{\"username\": \"moi\", \"tuoi\": 3}").body().at("/errors/0/message")
                .asText()).isEqualTo("unknown field");

        var notAnObject = vietnamese.post("/api/users", "[1, 2]");
        assertThat(notAnObject.body().at("/errors/0/message").asText())
                .isEqualTo("phải là một đối tượng JSON {...}, không phải một danh sách [...]");
    }

    @Test
    void anUpdateWithoutAVersionOrWithAMalformedIfMatchIsRefusedInVietnamese() {
        String profile = english.get("/api/profiles").body().get(0).path("name").asText();
        String body = english.get("/api/profiles/" + profile).raw().body();
        String withoutVersion = body.replaceAll("\"version\"\\s*:\\s*\\d+", "\"version\": null");

        var malformed = vietnamese.put("/api/profiles/" + profile, body, "If-Match", "\"yesterday\"");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().at("/errors/0/field").asText()).isEqualTo("If-Match");
        assertThat(malformed.body().at("/errors/0/label").asText()).isEqualTo("Tiêu đề If-Match (phiên bản bạn đã đọc)");
        assertThat(malformed.body().at("/errors/0/message").asText())
                .isEqualTo("phải là số phiên bản bạn đã đọc (ETag), không phải '\"yesterday\"'");
        assertThat(english.put("/api/profiles/" + profile, body, "If-Match", "x").body().at("/errors/0/message").asText())
                .isEqualTo("must be the version number you read (the ETag), not 'x'");

        var missing = vietnamese.put("/api/profiles/" + profile, withoutVersion);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().at("/errors/0/field").asText()).isEqualTo("version");
        assertThat(missing.body().at("/errors/0/message").asText())
                .isEqualTo("bắt buộc khi cập nhật: số phiên bản bạn đã đọc (hoặc gửi tiêu đề If-Match)");
    }

    @Test
    void aBodyOverTheLimitIsRefusedInVietnamese() {
        String huge = "{\"activities\": [\"" + "x".repeat(3_000_000) + "\"]}";
        var vi = vietnamese.post("/api/cost/evaluate", huge);
        assertThat(vi.status()).isEqualTo(413);
        assertThat(message(vi)).isEqualTo("Dữ liệu gửi lên lớn hơn 2 MB, vượt quá giới hạn cho phép");
        assertThat(message(english.post("/api/cost/evaluate", huge))).isEqualTo("The request body is larger than 2 MiB");
    }

    @Test
    void aBodyTypeTheRouteDoesNotTakeIsRefusedInVietnamese() {
        var vi = vietnamese.send("POST", "/api/procedures", "{}".getBytes(), "text/plain");
        assertThat(vi.status()).isEqualTo(415);
        assertThat(message(vi)).isEqualTo("Địa chỉ này chỉ nhận dữ liệu JSON (application/json), không nhận text/plain");
    }

    @Test
    void anUnknownPageIsAnHtmlPageInTheUisStyleWithAWayBack() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String path : List.of("/nothing.html", "/procedures/x")) {
            HttpResponse<String> vi = client.send(page(path, "vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7"),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(vi.statusCode()).as(path).isEqualTo(404);
            assertThat(vi.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(vi.body()).contains("<html lang=\"vi\">", "href=\"/app.css\"", "<header id=\"top\"",
                    "Không tìm thấy trang", "Không có trang nào ở địa chỉ <code>" + path + "</code>.", "href=\"/\"",
                    "Về trang danh mục thủ tục").doesNotContain("<script", "style=", "\"status\"");
            assertThat(vi.headers().firstValue("Content-Security-Policy")).isPresent();
        }
        HttpResponse<String> en = client.send(page("/nothing.html", "en-US,en;q=0.9,vi;q=0.5"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(en.statusCode()).isEqualTo(404);
        assertThat(en.body()).contains("<html lang=\"en\">", "Page not found", "Back to the catalog")
                .doesNotContain("Không tìm thấy");
        HttpResponse<String> escaped = client.send(page("/%3Cb%3Ex.html", "vi"), HttpResponse.BodyHandlers.ofString());
        assertThat(escaped.body()).contains("&lt;b&gt;x.html").doesNotContain("<b>");

        var api = vietnamese.get("/api/nothing-here", "Accept", "text/html");
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.body().path("message").asText()).isEqualTo("Không có địa chỉ GET /api/nothing-here");
    }

    private HttpRequest page(String path, String language) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + english.server.port() + path))
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .header("Accept-Language", language).GET().build();
    }
}

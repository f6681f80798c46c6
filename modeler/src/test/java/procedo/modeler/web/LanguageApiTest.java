package procedo.modeler.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API answers in the language the page sends as {@code Accept-Language}: Vietnamese when it names none, English
 * when asked; the sentence's key and the field's place stay the same for scripts.
 */
class LanguageApiTest {

    private static TestServer english;
    private static TestServer vietnamese;

    @BeforeAll
    static void start() {
        english = TestServer.start();
        vietnamese = english.inVietnamese();
    }

    @AfterAll
    static void stop() {
        english.close();
    }

    @Test
    void badInputIsRefusedInVietnameseUnlessEnglishIsAsked() {
        var vi = vietnamese.post("/api/procedures", "{}");
        var en = english.post("/api/procedures", "{}");

        assertThat(vi.status()).isEqualTo(400);
        assertThat(vi.body().path("message").asText()).isEqualTo("Dữ liệu nhập chưa hợp lệ");
        assertThat(vi.body().path("code").asText()).isEqualTo("catalog.problem.invalidInput");
        assertThat(vi.body().path("errors").findValuesAsText("message")).contains("bắt buộc phải nhập");
        assertThat(vi.body().path("errors").findValuesAsText("code")).contains("catalog.problem.required");
        assertThat(en.body().path("message").asText()).isEqualTo("Invalid input");
        assertThat(en.body().path("errors").findValuesAsText("message")).contains("is required");
        assertThat(en.body().path("errors").findValuesAsText("field"))
                .as("the places are the same in both languages")
                .isEqualTo(vi.body().path("errors").findValuesAsText("field"));
    }

    @Test
    void somethingMissingIsNamedInTheReadersLanguage() {
        var vi = vietnamese.get("/api/procedures/9.999999");

        assertThat(vi.status()).isEqualTo(404);
        assertThat(vi.body().path("message").asText()).isEqualTo("Không có thủ tục '9.999999'");
        assertThat(english.get("/api/procedures/9.999999").body().path("message").asText())
                .isEqualTo("procedure '9.999999' does not exist");
    }

    @Test
    void anUnknownApiAddressIsAnsweredInJsonInTheReadersLanguage() {
        var vi = vietnamese.get("/api/no-such-thing");

        assertThat(vi.status()).isEqualTo(404);
        assertThat(vi.body().path("message").asText()).isEqualTo("Không có địa chỉ GET /api/no-such-thing");
    }
}

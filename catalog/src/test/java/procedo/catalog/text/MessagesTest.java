package procedo.catalog.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import procedo.catalog.error.CellLocation;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.NotFoundException;
import procedo.catalog.error.Problems;

class MessagesTest {

    @Test
    void aTextReadsInVietnameseByDefaultAndInEnglishWhenAsked() {
        Text text = Text.of("catalog.problem.tooLong", 200);

        assertThat(Messages.render(text, Messages.VIETNAMESE)).isEqualTo("tối đa 200 ký tự");
        assertThat(Messages.render(text, Messages.ENGLISH)).isEqualTo("must be at most 200 characters");
        assertThat(text).hasToString("must be at most 200 characters");
    }

    @Test
    void argumentsAreFormattedForTheReader() {
        Text text = Text.of("catalog.problem.atMost", new BigDecimal("3000000.5"));
        assertThat(Messages.render(text, Messages.VIETNAMESE)).isEqualTo("tối đa là 3.000.000,5");
        assertThat(Messages.render(text, Messages.ENGLISH)).isEqualTo("must be at most 3000000.5");

        assertThat(Messages.format(new BigDecimal("74.48"), Messages.VIETNAMESE)).isEqualTo("74,48");
        assertThat(Messages.format(LocalDate.of(2025, 7, 5), Messages.VIETNAMESE)).isEqualTo("05/07/2025");
        assertThat(Messages.format(Instant.parse("2025-07-05T17:30:00Z"), Messages.ENGLISH))
                .as("instants in Viet Nam's time, UTC+7").isEqualTo("06/07/2025 00:30");
        assertThat(Messages.format(2025, Messages.VIETNAMESE)).as("whole numbers such as years as they are")
                .isEqualTo("2025");
    }

    @Test
    void aNestedTextAndAKindAreRenderedInTheSameLanguage() {
        NotFoundException missing = NotFoundException.of("procedure", "1.000123");

        assertThat(Messages.render(missing.text(), Messages.VIETNAMESE)).isEqualTo("Không có thủ tục '1.000123'");
        assertThat(missing).hasMessage("procedure '1.000123' does not exist");
    }

    @Test
    void verbatimWordsReadTheSameInEveryLanguageAndAnUnknownKeyShowsItself() {
        assertThat(Messages.render(Text.verbatim("line 3: unexpected <"), Messages.VIETNAMESE))
                .isEqualTo("line 3: unexpected <");
        assertThat(Messages.render(Text.of("catalog.no.such.key", 1), Messages.VIETNAMESE))
                .isEqualTo("catalog.no.such.key [1]");
    }

    @Test
    void theLanguageOfARequestIsVietnameseUnlessEnglishComesFirst() {
        assertThat(Messages.fromAcceptLanguage(null)).isEqualTo(Messages.VIETNAMESE);
        assertThat(Messages.fromAcceptLanguage("en")).isEqualTo(Messages.ENGLISH);
        assertThat(Messages.fromAcceptLanguage("en-GB,en;q=0.9")).isEqualTo(Messages.ENGLISH);
        assertThat(Messages.fromAcceptLanguage("vi-VN,vi;q=0.9,en;q=0.8")).isEqualTo(Messages.VIETNAMESE);
        assertThat(Messages.fromAcceptLanguage("fr, en;q=0.5")).isEqualTo(Messages.ENGLISH);
        assertThat(Messages.fromAcceptLanguage("fr")).isEqualTo(Messages.VIETNAMESE);
        assertThat(Messages.fromAcceptLanguage(";;;q=x")).isEqualTo(Messages.VIETNAMESE);
    }

    @Test
    void aProblemInACellIsPlacedAsAPersonReadsIt() {
        Problems problems = new Problems();
        problems.at(new CellLocation("Lệ phí", 3, "E", "Số tiền"), Text.of("catalog.problem.negative"));

        var problem = problems.list().get(0);
        assertThat(problem.location()).isEqualTo("Lệ phí!E3 (Số tiền)");
        assertThat(Messages.render(problem.label(), Messages.VIETNAMESE))
                .isEqualTo("trang Lệ phí, dòng 3, cột E (Số tiền)");
        assertThat(Messages.render(problem.text(), Messages.VIETNAMESE)).isEqualTo("không được là số âm");
        assertThat(problem.message()).isEqualTo("must not be negative");
    }

    @Test
    void aFieldPathIsLabelledWithItsOneBasedIndexesWhenABundleNamesIt() {
        assertThat(Messages.label("no.label.here[2]", Messages.VIETNAMESE)).isEmpty();
        InvalidInputException refused = InvalidInputException.of("name", Text.of("catalog.problem.required"));
        assertThat(refused.problems().get(0).text().key()).isEqualTo("catalog.problem.required");
    }
}

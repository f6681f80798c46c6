package procedo.catalog.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problem;
import procedo.catalog.text.Messages;

class CostInputReaderTest {

    private final CostInputReader reader = new CostInputReader();

    /** A valid input around the given activities (a JSON array's content). */
    private static String withActivities(String activities) {
        return """
                {"tariffVndPerHour": 25000, "dossiersPerYear": 1000, "activities": [%s]}
                """.formatted(activities);
    }

    /** A valid input around one activity with the given extra fields. */
    private static String withActivity(String fields) {
        return withActivities("{" + fields + "}");
    }

    /** A valid input with one valid activity, the given top-level fields replacing the tariff and quantity. */
    private static String withTopLevel(String fields) {
        return """
                {%s, "activities": [{"name": "Submit", "hours": 1}]}
                """.formatted(fields);
    }

    private static List<Problem> problems(ThrowingCallable reading) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, reading);
        assertThat(refused).as("the input is refused").isNotNull();
        return refused.problems();
    }

    private List<Problem> problemsOf(String json) {
        return problems(() -> reader.readInput(json));
    }

    private List<String> locationsOf(String json) {
        return problemsOf(json).stream().map(Problem::location).toList();
    }

    @Nested
    class ReadingValidInput {

        @Test
        void readsEveryFieldExactly() {
            // given
            String json = """
                    {"tariffVndPerHour": 25000.5, "dossiersPerYear": 1000, "feesVnd": 8000,
                     "activities": [{"name": "Travel to the one-stop shop", "kind": "TRAVEL",
                                     "hours": 1.1, "outOfPocketVnd": 20000, "share": 0.5}]}
                    """;

            // when
            CostInput input = reader.readInput(json);

            // then  1.1 is the decimal 1.1, not the double 1.100000000000000088817841970012523233890533447265625
            assertThat(input.tariffVndPerHour()).isEqualTo(new BigDecimal("25000.5"));
            assertThat(input.quantity()).isEqualTo(Quantity.recorded(new BigDecimal("1000")));
            assertThat(input.feesVnd()).isEqualTo(new BigDecimal("8000"));
            assertThat(input.activities()).containsExactly(new Activity("Travel to the one-stop shop",
                    ActivityKind.TRAVEL, new BigDecimal("1.1"), new BigDecimal("20000"), new BigDecimal("0.5")));
            assertThat(input.activities().get(0).hours()).hasToString("1.1");
        }

        @Test
        void keepsDecimalsExact() {
            // given hours 0.1 and 0.2, whose double sum is 0.30000000000000004
            String json = withActivities("""
                    {"name": "Read", "hours": 0.1}, {"name": "Fill in", "hours": 0.2}""");

            // when
            CostInput input = reader.readInput(json);

            // then
            assertThat(input.activities()).extracting(Activity::hours)
                    .containsExactly(new BigDecimal("0.1"), new BigDecimal("0.2"));
            assertThat(input.activities().get(0).hours().add(input.activities().get(1).hours()))
                    .isEqualTo(new BigDecimal("0.3"));
        }

        @Test
        void appliesDefaultsForOptionalFields() {
            // given no fees, kind, out-of-pocket cost or share
            String json = withActivity("\"name\": \"Submit\", \"hours\": 2");

            // when
            CostInput input = reader.readInput(json);

            // then
            assertThat(input.feesVnd()).isEqualByComparingTo("0");
            assertThat(input.activities()).singleElement().satisfies(activity -> {
                assertThat(activity.kind()).isEqualTo(ActivityKind.OTHER);
                assertThat(activity.outOfPocketVnd()).isEqualByComparingTo("0");
                assertThat(activity.share()).isEqualByComparingTo("1");
            });
        }

        @Test
        void readsQuantityAsPopulationTimesFrequency() {
            // given
            String json = withTopLevel("""
                    "tariffVndPerHour": 20000, "population": 2500000, "frequencyPerYear": 0.04""");

            // when
            CostInput input = reader.readInput(json);

            // then  2 500 000 × 0.04 = 100 000
            assertThat(input.quantity()).isEqualTo(
                    Quantity.estimated(new BigDecimal("2500000"), new BigDecimal("0.04")));
            assertThat(input.quantity().dossiersPerYear()).isEqualByComparingTo("100000");
        }

        @Test
        void acceptsAnEmptyActivityList() {
            // given
            String json = """
                    {"tariffVndPerHour": 25000, "dossiersPerYear": 350, "feesVnd": 200000, "activities": []}
                    """;

            // when
            CostInput input = reader.readInput(json);

            // then
            assertThat(input.activities()).isEmpty();
            assertThat(input.feesVnd()).isEqualByComparingTo("200000");
        }

        @Test
        void readsKindWhateverItsCase() {
            // given
            String json = withActivity("\"name\": \"Pay the fee\", \"kind\": \"pay\", \"hours\": 0.2");

            // when
            CostInput input = reader.readInput(json);

            // then
            assertThat(input.activities().get(0).kind()).isEqualTo(ActivityKind.PAY);
        }

        @Test
        void acceptsValuesAtTheirLimits() {
            // given every number at its maximum, ten decimal places, 500 activities with 500-character names
            String activity = """
                    {"name": "%s", "hours": 10000, "outOfPocketVnd": 1000000000000, "share": 0.1234567891}
                    """.formatted("n".repeat(500));
            String json = """
                    {"tariffVndPerHour": 10000000, "dossiersPerYear": 10000000000, "feesVnd": 1000000000000,
                     "activities": [%s]}
                    """.formatted(String.join(",", Collections.nCopies(500, activity)));

            // when
            CostInput input = reader.readInput(json);

            // then
            assertThat(input.activities()).hasSize(500);
            assertThat(input.activities().get(499).share()).isEqualTo(new BigDecimal("0.1234567891"));
            assertThat(input.quantity().dossiersPerYear()).isEqualTo(new BigDecimal("10000000000"));
        }

        @Test
        void acceptsPopulationAndFrequencyAtTheirLimits() {
            // given
            String json = withTopLevel("""
                    "tariffVndPerHour": 1, "population": 10000000000, "frequencyPerYear": 10000""");

            // when
            CostInput input = reader.readInput(json);

            // then
            assertThat(input.quantity().dossiersPerYear()).isEqualTo(new BigDecimal("100000000000000"));
        }

        @Test
        void readsAComparisonOfTwoScenarios() {
            // given
            String json = """
                    {"asIs": {"tariffVndPerHour": 25000, "dossiersPerYear": 1000, "feesVnd": 8000,
                              "activities": [{"name": "Travel", "hours": 1.5, "outOfPocketVnd": 20000, "share": 0.5}]},
                     "toBe": {"tariffVndPerHour": 25000, "dossiersPerYear": 1000, "feesVnd": 4000,
                              "activities": [{"name": "Submit online", "kind": "SUBMIT", "hours": 0.5}]}}
                    """;

            // when
            ComparisonRequest request = reader.readComparison(json);

            // then
            assertThat(request.asIs().feesVnd()).isEqualByComparingTo("8000");
            assertThat(request.toBe().feesVnd()).isEqualByComparingTo("4000");
            assertThat(request.toBe().activities()).extracting(Activity::kind).containsExactly(ActivityKind.SUBMIT);
        }

        @Test
        void readsAnInputEmbeddedInALargerDocument() throws Exception {
            // given
            JsonNode document = new ObjectMapper().readTree("""
                    {"scenarios": [{"tariffVndPerHour": 25000, "dossiersPerYear": 10, "activities": []}]}
                    """);

            // when
            CostInput input = reader.readInput(document.get("scenarios").get(0), "scenarios[0]");

            // then
            assertThat(input.quantity().dossiersPerYear()).isEqualByComparingTo("10");
        }
    }

    @Nested
    class RefusingBadValues {

        @ParameterizedTest
        @ValueSource(strings = {"\"25000\"", "true", "[25000]", "{\"vnd\": 25000}"})
        void refusesANumberGivenAsAnotherType(String tariff) {
            // given
            String json = withTopLevel("\"tariffVndPerHour\": " + tariff + ", \"dossiersPerYear\": 1000");

            // when
            List<Problem> problems = problemsOf(json);

            // then
            assertThat(problems).extracting(Problem::toString).containsExactly("tariffVndPerHour: must be a number");
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"dossiersPerYear\": 1000", "\"tariffVndPerHour\": null, \"dossiersPerYear\": 1000"})
        void refusesAMissingTariff(String fields) {
            // given
            String json = withTopLevel(fields);

            // when
            List<Problem> problems = problemsOf(json);

            // then
            assertThat(problems).extracting(Problem::toString).containsExactly("tariffVndPerHour: is required");
        }

        @Test
        void refusesNegativeAmounts() {
            // given
            String json = """
                    {"tariffVndPerHour": -1, "dossiersPerYear": -2, "feesVnd": -3,
                     "activities": [{"name": "Copy", "hours": -0.5, "outOfPocketVnd": -100}]}
                    """;

            // when
            List<Problem> problems = problemsOf(json);

            // then
            assertThat(problems).extracting(Problem::location).containsExactly("tariffVndPerHour",
                    "dossiersPerYear", "feesVnd", "activities[0].hours", "activities[0].outOfPocketVnd");
            assertThat(problems).extracting(Problem::message).containsOnly("must not be negative");
        }

        @ParameterizedTest
        @ValueSource(strings = {"1.5", "-0.1", "2"})
        void refusesAShareOutsideZeroToOne(String share) {
            // given
            String json = withActivity("\"name\": \"Travel\", \"hours\": 1, \"share\": " + share);

            // when
            List<Problem> problems = problemsOf(json);

            // then
            assertThat(problems).extracting(Problem::toString)
                    .containsExactly("activities[0].share: must be between 0 and 1");
        }

        @Test
        void refusesBothFormsOfQuantity() {
            // given
            String json = withTopLevel("""
                    "tariffVndPerHour": 1, "dossiersPerYear": 1000, "population": 50000, "frequencyPerYear": 0.02""");

            // when
            List<Problem> problems = problemsOf(json);

            // then
            assertThat(problems).singleElement().satisfies(problem -> {
                assertThat(problem.location()).isEqualTo("dossiersPerYear");
                assertThat(problem.message()).contains("either").contains("not both");
            });
        }

        @Test
        void refusesPopulationWithoutFrequency() {
            // given
            String json = withTopLevel("\"tariffVndPerHour\": 1, \"population\": 50000");

            // when
            List<String> locations = locationsOf(json);

            // then
            assertThat(locations).containsExactly("frequencyPerYear");
        }

        @Test
        void refusesFrequencyWithoutPopulation() {
            // given
            String json = withTopLevel("\"tariffVndPerHour\": 1, \"frequencyPerYear\": 0.02");

            // when
            List<String> locations = locationsOf(json);

            // then
            assertThat(locations).containsExactly("population");
        }

        @Test
        void refusesAnInputWithoutQuantity() {
            // given
            String json = withTopLevel("\"tariffVndPerHour\": 1");

            // when
            List<Problem> problems = problemsOf(json);

            // then
            assertThat(problems).extracting(Problem::toString).containsExactly(
                    "dossiersPerYear: is required (or population and frequencyPerYear)");
        }

        @Test
        void refusesMissingActivities() {
            // given
            String json = "{\"tariffVndPerHour\": 1, \"dossiersPerYear\": 1}";

            // when
            List<Problem> problems = problemsOf(json);

            // then
            assertThat(problems).singleElement().satisfies(problem -> {
                assertThat(problem.location()).isEqualTo("activities");
                assertThat(problem.message()).startsWith("is required");
            });
        }

        @ParameterizedTest
        @ValueSource(strings = {"{}", "\"travel\"", "3"})
        void refusesActivitiesThatAreNotAnArray(String activities) {
            // given
            String json = "{\"tariffVndPerHour\": 1, \"dossiersPerYear\": 1, \"activities\": " + activities + "}";

            // when
            List<Problem> problems = problemsOf(json);

            // then
            assertThat(problems).extracting(Problem::toString).containsExactly("activities: must be an array");
        }

        @Test
        void refusesAnActivityThatIsNotAnObject() {
            // given
            String json = withActivities("{\"name\": \"Submit\", \"hours\": 1}, \"travel\"");

            // when
            List<Problem> problems = problemsOf(json);

            // then
            assertThat(problems).extracting(Problem::toString).containsExactly("activities[1]: must be a JSON object");
        }

        @Test
        void refusesAnActivityWithoutName() {
            // given
            String json = withActivities("""
                    {"hours": 1}, {"name": "  ", "hours": 1}, {"name": 7, "hours": 1}""");

            // when
            List<Problem> problems = problemsOf(json);

            // then
            assertThat(problems).extracting(Problem::toString).containsExactly(
                    "activities[0].name: is required",
                    "activities[1].name: must not be blank",
                    "activities[2].name: must be a string");
        }

        @Test
        void refusesAnUnknownKindListingTheAllowedOnes() {
            // given
            String json = withActivity("\"name\": \"Fly\", \"kind\": \"FLY\", \"hours\": 1");

            // when
            List<Problem> problems = problemsOf(json);

            // then
            assertThat(problems).singleElement().satisfies(problem -> {
                assertThat(problem.location()).isEqualTo("activities[0].kind");
                assertThat(problem.message()).contains(
                        "INFORMATION", "PREPARE", "COPY", "TRAVEL", "WAIT", "SUBMIT", "PAY", "RECEIVE", "OTHER");
            });
        }

        @Test
        void refusesAMisspelledTopLevelField() {
            // given "dossierPerYear" instead of "dossiersPerYear"
            String json = withTopLevel("\"tariffVndPerHour\": 1, \"dossierPerYear\": 1000");

            // when
            List<Problem> problems = problemsOf(json);

            // then
            assertThat(problems).extracting(Problem::location).containsExactly("dossierPerYear", "dossiersPerYear");
            assertThat(problems.get(0).message()).startsWith("unknown field").contains("dossiersPerYear");
        }

        @Test
        void refusesAMisspelledActivityField() {
            // given "hour" instead of "hours"
            String json = withActivity("\"name\": \"Travel\", \"hour\": 1");

            // when
            List<Problem> problems = problemsOf(json);

            // then
            assertThat(problems).extracting(Problem::location)
                    .containsExactly("activities[0].hour", "activities[0].hours");
            assertThat(problems.get(0).message()).startsWith("unknown field");
        }
    }

    @Nested
    class RefusingAbsurdSizes {

        static Stream<Arguments> valuesBeyondTheirLimit() {
            return Stream.of(
                    Arguments.of(withTopLevel("\"tariffVndPerHour\": 10000001, \"dossiersPerYear\": 1"),
                            "tariffVndPerHour", "10000000"),
                    Arguments.of(withTopLevel("\"tariffVndPerHour\": 1, \"dossiersPerYear\": 10000000001"),
                            "dossiersPerYear", "10000000000"),
                    Arguments.of(withTopLevel(
                                    "\"tariffVndPerHour\": 1, \"population\": 1e11, \"frequencyPerYear\": 1"),
                            "population", "10000000000"),
                    Arguments.of(withTopLevel(
                                    "\"tariffVndPerHour\": 1, \"population\": 1, \"frequencyPerYear\": 10000.5"),
                            "frequencyPerYear", "10000"),
                    Arguments.of(withTopLevel(
                                    "\"tariffVndPerHour\": 1, \"dossiersPerYear\": 1, \"feesVnd\": 1000000000001"),
                            "feesVnd", "1000000000000"),
                    Arguments.of(withActivity("\"name\": \"Wait\", \"hours\": 10001"),
                            "activities[0].hours", "10000"),
                    Arguments.of(withActivity("\"name\": \"Copy\", \"hours\": 1, \"outOfPocketVnd\": 1e13"),
                            "activities[0].outOfPocketVnd", "1000000000000"),
                    Arguments.of(withActivity("\"name\": \"Copy\", \"hours\": 0.12345678901"),
                            "activities[0].hours", "10 decimal places"),
                    Arguments.of(withActivity("\"name\": \"Copy\", \"hours\": 1, \"share\": 1e-11"),
                            "activities[0].share", "10 decimal places"),
                    Arguments.of(withTopLevel("\"tariffVndPerHour\": 1e999999999, \"dossiersPerYear\": 1"),
                            "tariffVndPerHour", "10000000"));
        }

        @ParameterizedTest
        @MethodSource("valuesBeyondTheirLimit")
        void refusesANumberBeyondItsLimitNamingTheLimit(String json, String location, String limit) {
            // when
            List<Problem> problems = problemsOf(json);

            // then
            assertThat(problems).singleElement().satisfies(problem -> {
                assertThat(problem.location()).isEqualTo(location);
                assertThat(problem.message()).contains(limit);
            });
        }

        @Test
        void refusesMoreThanFiveHundredActivities() {
            // given
            String json = withActivities(IntStream.range(0, 501)
                    .mapToObj(i -> "{\"name\": \"Step " + i + "\", \"hours\": 1}")
                    .collect(Collectors.joining(",")));

            // when
            List<Problem> problems = problemsOf(json);

            // then
            assertThat(problems).singleElement().satisfies(problem -> {
                assertThat(problem.location()).isEqualTo("activities");
                assertThat(problem.message()).contains("500");
            });
        }

        @Test
        void refusesANameLongerThanFiveHundredCharacters() {
            // given
            String json = withActivity("\"name\": \"" + "n".repeat(501) + "\", \"hours\": 1");

            // when
            List<Problem> problems = problemsOf(json);

            // then
            assertThat(problems).singleElement().satisfies(problem -> {
                assertThat(problem.location()).isEqualTo("activities[0].name");
                assertThat(problem.message()).contains("500");
            });
        }

        @Test
        void refusesATextLongerThanAMillionCharactersBeforeParsingIt() {
            // given a text that is not JSON either, so that a parse error would show
            String json = "x".repeat(1_000_001);

            // when
            List<Problem> problems = problemsOf(json);

            // then
            assertThat(problems).extracting(Problem::toString).containsExactly(
                    "body: must not be longer than 1000000 characters");
        }
    }

    @Nested
    class RefusingBadBodies {

        @Test
        void refusesATextThatIsNotJsonSayingWhere() {
            // given a missing comma on line 2
            String json = "{\"tariffVndPerHour\": 1\n \"dossiersPerYear\": 1, \"activities\": []}";

            // when
            List<Problem> problems = problemsOf(json);

            // then
            assertThat(problems).singleElement().satisfies(problem -> {
                assertThat(problem.location()).isEqualTo("body");
                assertThat(problem.message()).startsWith("is not valid JSON").contains("line 2", "column");
            });
        }

        @ParameterizedTest
        @ValueSource(strings = {"[]", "42", "\"text\"", "null"})
        void refusesJsonThatIsNotAnObject(String json) {
            // when
            List<Problem> problems = problemsOf(json);

            // then
            assertThat(problems).extracting(Problem::toString).containsExactly("body: must be a JSON object");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   "})
        void refusesAnEmptyBody(String json) {
            // when
            List<Problem> problems = problemsOf(json);

            // then
            assertThat(problems).extracting(Problem::toString).containsExactly("body: is required");
        }

        @Test
        void refusesTextAfterTheObject() {
            // given
            String json = withActivities("") + " {}";

            // when
            List<String> locations = locationsOf(json);

            // then
            assertThat(locations).containsExactly("body");
        }

        @Test
        void refusesADuplicateField() {
            // given
            String json = withActivity("\"name\": \"Travel\", \"hours\": 1, \"hours\": 2");

            // when
            List<Problem> problems = problemsOf(json);

            // then
            assertThat(problems).singleElement().satisfies(problem -> {
                assertThat(problem.location()).isEqualTo("body");
                assertThat(problem.message()).contains("hours");
            });
        }

        @Test
        void reportsEveryProblemOfABody() {
            // given a wrong tariff, both quantity forms, negative fees, an unknown field,
            //       and two activities with four problems between them
            String json = """
                    {"tariffVndPerHour": "25000", "dossiersPerYear": 1000, "population": 10,
                     "frequencyPerYear": 1, "feesVnd": -5, "note": "draft",
                     "activities": [{"name": "", "hours": 1, "share": 3},
                                    {"name": "Travel", "kind": "BOAT", "outOfPocketVnd": true}]}
                    """;

            // when
            List<Problem> problems = problemsOf(json);

            // then
            assertThat(problems).extracting(Problem::location).containsExactlyInAnyOrder(
                    "note",
                    "tariffVndPerHour",
                    "dossiersPerYear",
                    "feesVnd",
                    "activities[0].name",
                    "activities[0].share",
                    "activities[1].kind",
                    "activities[1].hours",
                    "activities[1].outOfPocketVnd");
        }
    }

    @Nested
    class RefusingBadComparisons {

        @Test
        void locatesProblemsInEitherScenario() {
            // given
            String json = """
                    {"asIs": {"tariffVndPerHour": 1, "dossiersPerYear": 1,
                              "activities": [{"name": "Travel", "hours": -1}]},
                     "toBe": {"dossiersPerYear": 1, "activities": [{"name": "Submit", "hours": 1, "share": 2}]}}
                    """;

            // when
            List<Problem> problems = problems(() -> reader.readComparison(json));

            // then
            assertThat(problems).extracting(Problem::toString).containsExactly(
                    "asIs.activities[0].hours: must not be negative",
                    "toBe.tariffVndPerHour: is required",
                    "toBe.activities[0].share: must be between 0 and 1");
        }

        @Test
        void refusesAMissingOrMisspelledScenario() {
            // given "tobe" instead of "toBe", and an as-is that is not an object
            String json = "{\"asIs\": [], \"tobe\": {}}";

            // when
            List<Problem> problems = problems(() -> reader.readComparison(json));

            // then
            assertThat(problems).extracting(Problem::location).containsExactly("tobe", "asIs", "toBe");
            assertThat(problems).extracting(Problem::message)
                    .element(1).isEqualTo("must be a JSON object");
            assertThat(problems).extracting(Problem::message)
                    .element(2).isEqualTo("is required");
        }

        @Test
        void refusesAComparisonBodyThatIsNotAnObject() {
            // when
            List<Problem> problems = problems(() -> reader.readComparison("[{}, {}]"));

            // then
            assertThat(problems).extracting(Problem::toString).containsExactly("body: must be a JSON object");
        }

        @Test
        void prefixesProblemsOfAnEmbeddedInputWithItsLocation() throws Exception {
            // given
            JsonNode document = new ObjectMapper().readTree("""
                    {"scenarios": [{"tariffVndPerHour": 1, "dossiersPerYear": 1,
                                    "activities": [{"name": "Wait", "hours": "long"}]}]}
                    """);
            JsonNode scenario = document.get("scenarios").get(0);

            // when
            List<Problem> withPath = problems(() -> reader.readInput(scenario, "scenarios[0]"));
            List<Problem> withDottedPrefix = problems(() -> reader.readInput(scenario, "scenarios[0]."));

            // then
            assertThat(withPath).extracting(Problem::toString)
                    .containsExactly("scenarios[0].activities[0].hours: must be a number");
            assertThat(withDottedPrefix).isEqualTo(withPath);
        }
    }

    @Nested
    class InTheReadersLanguage {

        private final CostInputReader reader = new CostInputReader();

        private static String inVietnamese(Problem problem) {
            return Messages.label(problem.location(), Messages.VIETNAMESE).orElseThrow() + ": "
                    + Messages.render(problem.text(), Messages.VIETNAMESE);
        }

        @Test
        void aLocatedProblemIsNamedByItsScenarioActivityAndField() {
            // given
            String json = """
                    {"asIs": {"tariffVndPerHour": 25000, "dossiersPerYear": 10,
                              "activities": [{"name": "Nộp", "hours": 1, "share": 2}]},
                     "toBe": {"dossiersPerYear": 10, "activities": []}}
                    """;

            // when
            List<Problem> problems = problems(() -> reader.readComparison(json));

            // then
            assertThat(problems).extracting(InTheReadersLanguage::inVietnamese).containsExactly(
                    "Hiện trạng: hoạt động 1: tỷ lệ hồ sơ: phải nằm trong khoảng từ 0 đến 1",
                    "Sau đơn giản hóa: đơn giá thời gian (đ/giờ): bắt buộc phải nhập");
            assertThat(problems).extracting(Problem::toString).containsExactly(
                    "asIs.activities[0].share: must be between 0 and 1", "toBe.tariffVndPerHour: is required");
        }

        @Test
        void textThatIsNotJsonIsLocatedByLineAndColumn() {
            // when
            Problem problem = problems(() -> reader.readInput("{\n  \"tariffVndPerHour\": ,\n}")).get(0);

            // then
            assertThat(inVietnamese(problem)).startsWith("Nội dung gửi lên: không phải JSON hợp lệ ở dòng 2, cột ");
            assertThat(problem.message()).startsWith("is not valid JSON at line 2, column ");
        }
    }
}

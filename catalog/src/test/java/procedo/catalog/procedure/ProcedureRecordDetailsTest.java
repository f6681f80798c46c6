package procedo.catalog.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import procedo.catalog.Samples;
import procedo.catalog.StoreTest;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problem;
import procedo.catalog.text.Messages;

/**
 * The parts of a procedure's record that real records carry (channels, processing time per channel, the legal
 * basis as documents, the source and day each part was checked), on H2 and PostgreSQL: stored and read back
 * exactly, kept in every version, and refused with the field they concern.
 */
class ProcedureRecordDetailsTest extends StoreTest {

    private static final LocalDate TODAY = LocalDate.now(Messages.VIET_NAM);

    private ProcedureService procedures;

    @BeforeEach
    void setUp() {
        store.localities().saveAgency(Samples.COMMUNE);
        procedures = new ProcedureService(store.procedures(), store.localities(), auditOf(store), code -> { });
    }

    static Procedure detailed(String code) {
        return Samples.birthRegistration(code).withRecordDetails(
                List.of(FeeChannel.IN_PERSON, FeeChannel.ONLINE),
                List.of(new ProcessingTime(FeeChannel.IN_PERSON, 27), new ProcessingTime(FeeChannel.ONLINE, 17)),
                List.of(new LegalDocument("60/2014/QH13", "Luật Hộ tịch", LocalDate.of(2014, 11, 20)),
                        new LegalDocument("123/2015/NĐ-CP", "Nghị định quy định chi tiết một số điều của Luật Hộ tịch",
                                LocalDate.of(2015, 11, 15))),
                List.of(new SourceCheck(RecordPart.FEES, "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh"
                                + "-chi-tiet.html?ma_thu_tuc=1.001193", LocalDate.of(2025, 7, 1)),
                        new SourceCheck(RecordPart.PROCESSING_TIME, "Quyết định 1872/QĐ-BTP", TODAY)));
    }

    @Test
    void theRecordDetailsAreStoredReadBackAndKeptInEveryVersion() {
        Procedure created = procedures.create(detailed("1.001193"), TESTER);

        Procedure read = procedures.get("1.001193");
        assertThat(read).isEqualTo(detailed("1.001193").withVersion(1)).isEqualTo(created);
        assertThat(read.processingTimes()).extracting(ProcessingTime::workingDays).containsExactly(27, 17);
        assertThat(read.legalDocuments().get(1).number()).isEqualTo("123/2015/NĐ-CP");
        assertThat(read.sources().get(0).checkedOn()).isEqualTo(LocalDate.of(2025, 7, 1));

        Procedure fewer = Samples.birthRegistration("1.001193").withRecordDetails(List.of(FeeChannel.IN_PERSON,
                FeeChannel.ONLINE), List.of(new ProcessingTime(FeeChannel.ONLINE, 15)), List.of(), List.of());
        procedures.update("1.001193", fewer, 1, TESTER);

        assertThat(procedures.get("1.001193").processingTimes()).containsExactly(
                new ProcessingTime(FeeChannel.ONLINE, 15));
        assertThat(procedures.get("1.001193").legalDocuments()).isEmpty();
        assertThat(procedures.version("1.001193", 1)).isEqualTo(created);
        assertThat(procedures.version("1.001193", 2).processingTimes()).hasSize(1);
    }

    @Test
    void aProcedureRecordedWithoutDetailsReadsWithEmptyLists() {
        procedures.create(Samples.birthRegistration("1.001193"), TESTER);

        Procedure read = procedures.get("1.001193");
        assertThat(read.channels()).isEmpty();
        assertThat(read.processingTimes()).isEmpty();
        assertThat(read.legalDocuments()).isEmpty();
        assertThat(read.sources()).isEmpty();
    }

    @Test
    void refusesNegativeDaysAChannelNotOfferedAndDaysInTheFutureEachAtItsField() {
        Procedure broken = Samples.birthRegistration("1.001193").withRecordDetails(
                List.of(FeeChannel.IN_PERSON),
                List.of(new ProcessingTime(FeeChannel.IN_PERSON, -1), new ProcessingTime(FeeChannel.POST, 10),
                        new ProcessingTime(FeeChannel.IN_PERSON, 5)),
                List.of(new LegalDocument("", "Luật Hộ tịch", TODAY.plusDays(1))),
                List.of(new SourceCheck(RecordPart.RECORD, "Cổng Dịch vụ công quốc gia", TODAY.plusDays(3)),
                        new SourceCheck(RecordPart.RECORD, "", null)));

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> procedures.create(broken, TESTER));

        assertThat(refused.problems()).extracting(Problem::location).containsExactlyInAnyOrder(
                "fees[1].channel",
                "processingTimes[0].workingDays", "processingTimes[1].channel", "processingTimes[2].channel",
                "legalDocuments[0].number", "legalDocuments[0].issuedOn",
                "sources[0].checkedOn", "sources[1].part", "sources[1].source", "sources[1].checkedOn");
        assertThat(message(refused, "processingTimes[1].channel"))
                .startsWith("thủ tục không có cách thức nộp hồ sơ này");
        assertThat(message(refused, "sources[0].checkedOn")).isEqualTo("không được là ngày trong tương lai");
        assertThat(message(refused, "processingTimes[0].workingDays")).isEqualTo("phải từ 0 đến 3.650 ngày làm việc");
        assertThat(Messages.label("processingTimes[1].channel", Messages.VIETNAMESE))
                .contains("Thời hạn theo cách thức 2: cách thức");
        assertThat(Messages.label("sources[0].checkedOn", Locale.ENGLISH)).contains("Source 1: checked on");
        assertThat(store.procedures().findByCode("1.001193")).isEmpty();
    }

    private static String message(InvalidInputException refused, String location) {
        Problem problem = refused.problems().stream().filter(p -> p.location().equals(location)).findFirst()
                .orElseThrow();
        return Messages.render(problem.text(), Messages.VIETNAMESE);
    }
}

package procedo.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import procedo.catalog.StoreTest;
import procedo.catalog.account.Actor;
import procedo.catalog.error.ConflictException;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.NotAllowedException;
import procedo.catalog.error.NotFoundException;
import procedo.catalog.error.Problem;
import procedo.catalog.error.ProcedoException;
import procedo.catalog.persistence.DatabaseSettings;
import procedo.catalog.persistence.JooqCatalogStore;
import procedo.catalog.text.Messages;
import procedo.catalog.text.Text;
import procedo.templates.adoption.AdoptionRules;
import procedo.templates.adoption.Overrides;
import procedo.templates.adoption.UpgradeConflictException;
import procedo.templates.load.ImportError;
import procedo.templates.load.ImportLimits;
import procedo.templates.load.PackageJson;
import procedo.templates.load.TemplateImportException;
import procedo.templates.model.TemplateComponent;
import procedo.templates.model.TemplateFee;
import procedo.templates.model.TemplatePackage;
import procedo.templates.persistence.JooqTemplateRepository;

/**
 * What the template service refuses reads in Vietnamese, each problem at its place named as a person sees it (a
 * workbook cell by its sheet, row and column header; an override by its field's label or its fee's name); the
 * English of every refusal stays as it was.
 */
class RefusalWordingTest {

    private static final Actor SERVER = Actor.system("tests");

    private JooqCatalogStore store;
    private TemplateService service;

    @BeforeEach
    void open() {
        store = JooqCatalogStore.open(DatabaseSettings.inMemory("wording-" + UUID.randomUUID()));
        Samples.agencies(store.localities());
        service = new TemplateService(new JooqTemplateRepository(store.dsl()), store.localities(),
                ImportLimits.DEFAULT, Clock.systemUTC(), StoreTest.auditOf(store));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static String vi(Text text) {
        return Messages.render(text, Messages.VIETNAMESE);
    }

    private TemplateImportException refusedImport(byte[] file) {
        TemplateImportException e = catchThrowableOfType(TemplateImportException.class,
                () -> service.importFile(new ByteArrayInputStream(file), StoreTest.TESTER));
        assertThat(e).as("the import must be refused").isNotNull();
        assertThat(service.isEmpty()).as("nothing written").isTrue();
        return e;
    }

    private static <E extends ProcedoException> E refused(Class<E> type, Executable action) {
        E e = catchThrowableOfType(type, action::execute);
        assertThat(e).as("refused with " + type.getSimpleName()).isNotNull();
        return e;
    }

    private static ImportError at(List<ImportError> errors, String field) {
        return errors.stream().filter(e -> field.equals(e.field())).findFirst().orElseThrow();
    }

    @Test
    void aRefusedWorkbookNamesEachCellByItsSheetRowAndHeaderInVietnamese() {
        TemplatePackage birth = Samples.birth2();
        List<TemplateFee> fees = new ArrayList<>(birth.fees());
        fees.set(1, fees.get(1).withAmount(new BigDecimal("-5")));
        List<TemplateComponent> components = new ArrayList<>(birth.components());
        TemplateComponent first = components.get(0);
        components.set(0, new TemplateComponent(first.id(), first.caseName(), first.name(), first.originals(),
                first.copies(), first.copyKind(), first.reusableFrom(), "TK-KHONG-CO"));
        TemplatePackage bad = new TemplatePackage(birth.code(), birth.version(), birth.name(), birth.field(),
                birth.level(), "SO_KHONG_CO", birth.processingDays(), birth.onlineLevel(), birth.legalBasis(), fees,
                components, birth.forms());

        TemplateImportException e = refusedImport(Samples.workbook(bad));

        assertThat(vi(e.text())).isEqualTo("Gói mẫu chưa được nhập: có 3 lỗi cần sửa; chưa có gì được ghi");
        assertThat(e.text().toString()).isEqualTo("The package was not imported: 3 problem(s); nothing was written");
        List<ImportError> inVietnamese = e.errors(Messages.VIETNAMESE);
        List<ImportError> inEnglish = e.errors();
        ImportError fee = at(inVietnamese, "amount_vnd");
        assertThat(fee.sheet() + "!" + fee.column() + fee.row()).isEqualTo("Phí, lệ phí!D3");
        assertThat(fee.label()).isEqualTo("trang Phí, lệ phí, dòng 3, cột D (Mức thu (đồng))");
        assertThat(fee.message()).isEqualTo("Mức thu (đồng): không được là số âm");
        assertThat(fee.code()).isEqualTo("catalog.problem.negative");
        assertThat(at(inEnglish, "amount_vnd").message()).isEqualTo("Mức thu (đồng): must not be negative");
        ImportError agency = at(inVietnamese, "agency_code");
        assertThat(agency.sheet() + "!" + agency.column()).isEqualTo("Thủ tục!B");
        assertThat(agency.message())
                .isEqualTo("Mã cơ quan thực hiện: cơ quan có mã 'SO_KHONG_CO' không có trong danh mục cơ quan");
        assertThat(at(inEnglish, "agency_code").message())
                .isEqualTo("Mã cơ quan thực hiện: agency 'SO_KHONG_CO' is not in the catalog");
        ImportError form = at(inVietnamese, "form_code");
        assertThat(form.sheet() + "!" + form.row()).isEqualTo("Thành phần hồ sơ!2");
        assertThat(form.message()).isEqualTo("Mã biểu mẫu: biểu mẫu 'TK-KHONG-CO' không có trong trang Biểu mẫu");
        assertThat(at(inEnglish, "form_code").message())
                .isEqualTo("Mã biểu mẫu: form 'TK-KHONG-CO' is not in the Forms sheet");
        assertThat(inEnglish).extracting(ImportError::label).contains("sheet Phí, lệ phí, row 3, column D (Mức thu (đồng))");
        assertThat(e.getMessage()).as("the log names the problems too").contains("Phí, lệ phí!D3: Mức thu (đồng)");
    }

    @Test
    void aRefusedJsonPackageNamesThePathAndItsLabelInVietnamese() {
        TemplatePackage business = Samples.business();
        List<TemplateFee> fees = new ArrayList<>(business.fees());
        fees.set(0, fees.get(0).withAmount(new BigDecimal("100.5")));
        byte[] json = PackageJson.write(business.with(business.agencyCode(), business.processingDays(), fees,
                business.forms())).getBytes(StandardCharsets.UTF_8);

        List<ImportError> errors = refusedImport(json).errors(Messages.VIETNAMESE);

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.sheet()).isEqualTo("JSON");
            assertThat(e.column()).isEqualTo("fees[0].amountVnd");
            assertThat(e.label()).isEqualTo("Khoản phí 1: mức thu (đồng)");
            assertThat(e.message()).isEqualTo("phải là số đồng chẵn, không có phần lẻ");
        });
        var unreadable = refusedImport("{\"code\": \"1.001193\", \"processingDays\": \"ba\"}"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(unreadable.errors(Messages.VIETNAMESE)).singleElement().satisfies(e -> {
            assertThat(e.column()).isEqualTo("processingDays");
            assertThat(e.message()).isEqualTo("dòng 1: phải là một số nguyên");
        });
        assertThat(unreadable.errors()).singleElement().extracting(ImportError::message)
                .isEqualTo("line 1: must be a whole number");
        var cut = refusedImport("{\"code\": \"1.001193\"".getBytes(StandardCharsets.UTF_8));
        assertThat(cut.errors(Messages.VIETNAMESE)).singleElement().extracting(ImportError::message).asString()
                .startsWith("dòng 1: không phải JSON hợp lệ: ").doesNotContain("Source", "StreamReadFeature");
    }

    @Test
    void aFileOfAnotherKindIsRefusedInVietnamese() {
        TemplateImportException e = refusedImport("%PDF-1.4".getBytes(StandardCharsets.UTF_8));

        assertThat(e.errors(Messages.VIETNAMESE)).singleElement().satisfies(error -> {
            assertThat(error.label()).isEqualTo("tệp");
            assertThat(error.message()).startsWith("tệp không phải bảng tính Excel (.xlsx) cũng không phải gói mẫu JSON");
            assertThat(error.code()).isEqualTo("templates.import.unknownFormat");
        });
        assertThat(e.errors()).singleElement().extracting(ImportError::message).asString()
                .startsWith("the file is neither an Excel workbook (.xlsx) nor a JSON package");
    }

    @Test
    void publishingOnesOwnImportIsRefusedInVietnamese() {
        service.importPackage(Samples.birth2(), false, StoreTest.TESTER);

        var e = refused(NotAllowedException.class, () -> service.publish("1.001193", "2025.2", StoreTest.TESTER));

        assertThat(vi(e.text()))
                .isEqualTo("gói mẫu 1.001193 phiên bản 2025.2 do tester nhập vào: phải do một người khác công bố");
        assertThat(e.getMessage())
                .isEqualTo("template 1.001193 version 2025.2 was imported by tester: someone else must publish it");
        var missing = refused(NotFoundException.class, () -> service.get("1.001193", "2030.1"));
        assertThat(vi(missing.text())).isEqualTo("gói mẫu 1.001193 không có phiên bản '2030.1'");
    }

    @Test
    void aRefusedAdoptionSaysInVietnameseWhatLocalLawAllows() {
        service.importPackage(Samples.birth1(), true, SERVER);

        var longer = refused(InvalidInputException.class, () -> service.adopt("04", "1.001193", "2025.1",
                new Overrides(null, 4, Map.of("le_phi_ban_sao", new BigDecimal("8000.5")), Map.of()), 0,
                StoreTest.TESTER));

        Problem days = longer.problems().get(0);
        assertThat(days.location()).isEqualTo("overrides.processingDays");
        assertThat(Messages.label(days.location(), Messages.VIETNAMESE))
                .contains("Thời hạn giải quyết của địa phương (ngày làm việc)");
        assertThat(vi(days.text())).isEqualTo("địa phương chỉ được rút ngắn thời hạn giải quyết, không được kéo dài:"
                + " 4 ngày làm việc dài hơn thời hạn chuẩn quốc gia là 3 ngày làm việc (phiên bản 2025.1)");
        assertThat(days.message()).isEqualTo("a locality may shorten the processing time, not lengthen it: 4 working"
                + " days is longer than the national standard of 3 (version 2025.1)");
        Problem fee = longer.problems().get(1);
        assertThat(fee.location()).isEqualTo("overrides.feeAmounts.le_phi_ban_sao");
        assertThat(vi(fee.label())).isEqualTo("khoản phí “Phí cấp bản sao trích lục khai sinh (mỗi bản)”");
        assertThat(vi(fee.text())).isEqualTo("phải là số đồng chẵn, không có phần lẻ");

        var national = refused(InvalidInputException.class,
                () -> service.adopt("VN", "1.001193", "2025.1", Overrides.NONE, 0, StoreTest.TESTER));
        assertThat(vi(national.problems().get(0).text())).isEqualTo("cấp quốc gia ban hành gói mẫu chuẩn; chỉ tỉnh,"
                + " thành phố hoặc xã, phường mới áp dụng gói mẫu");

        service.importPackage(Samples.birth2(), false, StoreTest.TESTER);
        var draft = refused(InvalidInputException.class,
                () -> service.adopt("04", "1.001193", "2025.2", Overrides.NONE, 0, StoreTest.TESTER));
        assertThat(vi(draft.problems().get(0).text()))
                .isEqualTo("phiên bản 2025.2 mới là bản nháp; địa phương chỉ áp dụng được phiên bản đã công bố");

        service.adopt("01", "1.001193", "2025.1", Overrides.NONE, 0, StoreTest.TESTER);
        var stale = refused(ConflictException.class,
                () -> service.adopt("01", "1.001193", "2025.1", Overrides.NONE, 0, StoreTest.TESTER));
        assertThat(vi(stale.text())).isEqualTo("việc áp dụng gói mẫu 1.001193 của Thành phố Hà Nội (01) đã được sửa"
                + " đến lần 1, không phải lần 0: hãy tải lại rồi thực hiện lại thay đổi");
        var notAdopted = refused(NotFoundException.class, () -> service.adoption("04", "1.001193"));
        assertThat(vi(notAdopted.text())).isEqualTo("Tỉnh Cao Bằng (04) chưa áp dụng gói mẫu 1.001193");
    }

    @Test
    void anUpgradeWithConflictsListsThemInVietnameseWithTheFeeByItsName() {
        service.importPackage(Samples.birth1(), true, SERVER);
        service.adopt("01", "1.001193", "2025.1",
                new Overrides(null, 3, Map.of("le_phi_ban_sao", new BigDecimal("9000")), Map.of()), 0,
                StoreTest.TESTER);
        TemplatePackage next = Samples.birth2();
        service.importPackage(next.with(next.agencyCode(), next.processingDays(), next.fees().stream()
                .map(f -> f.id().equals("le_phi_ban_sao") ? f.withAmount(new BigDecimal("10000")) : f).toList(),
                next.forms()), true, SERVER);

        var e = refused(UpgradeConflictException.class,
                () -> service.upgrade("01", "1.001193", "2025.2", null, StoreTest.TESTER));

        assertThat(vi(e.text())).isEqualTo("việc áp dụng gói mẫu 1.001193 của Thành phố Hà Nội (01) chưa thể chuyển"
                + " từ phiên bản 2025.1 sang 2025.2: còn 2 điều chỉnh cần giải quyết");
        assertThat(e.getMessage()).isEqualTo("the adoption of 1.001193 by Thành phố Hà Nội (01) cannot move from"
                + " 2025.1 to 2025.2 as it is: 2 override(s) to resolve");
        assertThat(e.conflicts()).extracting(AdoptionRules.Conflict::part)
                .containsExactly("processingDays", "feeAmounts.le_phi_ban_sao");
        AdoptionRules.Conflict days = e.conflicts().get(0);
        assertThat(vi(days.label())).isEqualTo("Thời hạn giải quyết của địa phương (ngày làm việc)");
        assertThat(vi(days.reason()))
                .isEqualTo("chuẩn mới cho phép tối đa 1 ngày làm việc; thời hạn 3 ngày làm việc của địa phương sẽ dài hơn");
        AdoptionRules.Conflict fee = e.conflicts().get(1);
        assertThat(vi(fee.label())).isEqualTo("khoản phí “Phí cấp bản sao trích lục khai sinh (mỗi bản)”");
        assertThat(vi(fee.reason())).isEqualTo("mức thu chuẩn đã đổi từ 8.000 đồng thành 10.000 đồng; hãy xác nhận"
                + " lại mức thu của địa phương");
        assertThat(fee.message())
                .isEqualTo("the standard amount changed from 8000 to 10000 đồng; confirm the local amount");
    }
}

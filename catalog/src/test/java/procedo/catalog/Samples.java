package procedo.catalog;

import java.math.BigDecimal;
import java.util.List;
import procedo.catalog.cost.Activity;
import procedo.catalog.cost.ActivityKind;
import procedo.catalog.locality.Agency;
import procedo.catalog.procedure.ApplicantType;
import procedo.catalog.procedure.CopyKind;
import procedo.catalog.procedure.DossierComponent;
import procedo.catalog.procedure.Fee;
import procedo.catalog.procedure.FeeChannel;
import procedo.catalog.locality.Level;
import procedo.catalog.procedure.OnlineLevel;
import procedo.catalog.procedure.Procedure;
import procedo.catalog.procedure.ProcedureStatus;

/** Procedures for tests, shaped like real records. */
public final class Samples {

    public static final Agency COMMUNE = new Agency("UBND_XA", "Ủy ban nhân dân cấp xã", Level.COMMUNE);

    private Samples() {
    }

    public static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** Birth registration: 2 components (1 reusable), a fee, four activities with shares and decimals. */
    public static Procedure birthRegistration(String code) {
        return new Procedure(code, "Đăng ký khai sinh", "Hộ tịch", Level.COMMUNE, COMMUNE.code(), null,
                ApplicantType.CITIZEN, 1, OnlineLevel.PARTIAL, "Luật Hộ tịch 2014; Nghị định 123/2015/NĐ-CP",
                "Quyết định 1872/QĐ-BTP", ProcedureStatus.ACTIVE, null, null, null, null, null,
                List.of(new DossierComponent("", "Tờ khai đăng ký khai sinh", 1, 0, CopyKind.ORIGINAL, null, "TK-KS"),
                        new DossierComponent("", "Giấy chứng sinh", 1, 0, CopyKind.ORIGINAL, "HEALTH_DB", null)),
                List.of(new Fee(FeeChannel.IN_PERSON, "Lệ phí", d("8000")), new Fee(FeeChannel.ONLINE, "Lệ phí", d("4000"))),
                List.of(new Activity("Tìm hiểu thủ tục", ActivityKind.INFORMATION, d("0.5"), d("0"), d("1")),
                        new Activity("Đi lại", ActivityKind.TRAVEL, d("1.25"), d("30000"), d("0.6")),
                        new Activity("Chờ tại quầy", ActivityKind.WAIT, d("0.75"), d("0"), d("0.6")),
                        new Activity("Nộp hồ sơ", ActivityKind.SUBMIT, d("0.25"), d("2000"), d("1"))),
                List.of(), 0);
    }

    public static Procedure named(String code, String name, String field) {
        Procedure p = birthRegistration(code);
        return new Procedure(code, name, field, p.level(), p.agencyCode(), null, p.applicantType(),
                p.processingDays(), p.onlineLevel(), p.legalBasis(), p.decision(), p.status(), null, null, null, null,
                null, p.dossierComponents(), p.fees(), p.asIsActivities(), p.toBeActivities(), 0);
    }
}

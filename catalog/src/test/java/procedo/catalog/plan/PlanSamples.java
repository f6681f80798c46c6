package procedo.catalog.plan;

import static procedo.catalog.Samples.d;

import java.util.List;
import procedo.catalog.Samples;
import procedo.catalog.cost.Activity;
import procedo.catalog.cost.ActivityKind;
import procedo.catalog.procedure.ApplicantType;
import procedo.catalog.procedure.CopyKind;
import procedo.catalog.procedure.DossierComponent;
import procedo.catalog.procedure.Fee;
import procedo.catalog.procedure.FeeChannel;
import procedo.catalog.locality.Level;
import procedo.catalog.procedure.OnlineLevel;
import procedo.catalog.procedure.Procedure;
import procedo.catalog.procedure.ProcedureStatus;

/**
 * A procedure whose plan figures are worked out by hand in the tests: three dossier components (the first
 * reusable from the population database), fees 50 000 at the counter and 30 000 online, 5 working days, and six
 * activities. With the 2024 citizen tariff 7 700 000 ÷ 22 ÷ 8 = 43 750 VND/hour:
 * <pre>
 * 1 INFORMATION 0.5 h                     0.5 × 43 750                  = 21 875
 * 2 PREPARE     1.5 h, 10 000             1.5 × 43 750 + 10 000         = 75 625
 * 3 COPY        0.5 h, 15 000             0.5 × 43 750 + 15 000         = 36 875
 * 4 TRAVEL      1 h, 30 000, share 0.6    (43 750 + 30 000) × 0.6       = 44 250
 * 5 WAIT        0.5 h, share 0.6          0.5 × 43 750 × 0.6            = 13 125
 * 6 SUBMIT      0.25 h, 2 000             0.25 × 43 750 + 2 000         = 12 937.5
 *                                          activities                     204 687.5
 *                                          + fees (no online dossiers)     50 000
 *                                          per dossier                    254 687.5
 * </pre>
 */
public final class PlanSamples {

    public static final String A = "Giấy tờ chứng minh nơi cư trú";
    public static final String B = "Bản sao sổ hộ khẩu";
    public static final String C = "Tờ khai";

    private PlanSamples() {
    }

    public static Procedure residence(String code) {
        return new Procedure(code, "Đăng ký thường trú", "Đăng ký, quản lý cư trú", Level.COMMUNE,
                Samples.COMMUNE.code(), null, ApplicantType.CITIZEN, 5, OnlineLevel.PARTIAL, "Luật Cư trú 2020", "",
                ProcedureStatus.ACTIVE, null, null, null, null, null,
                List.of(new DossierComponent("", A, 1, 0, CopyKind.ORIGINAL, "POPULATION_DB", null),
                        new DossierComponent("", B, 0, 1, CopyKind.CERTIFIED_COPY, null, null),
                        new DossierComponent("", C, 1, 0, CopyKind.ORIGINAL, null, "CT01")),
                List.of(new Fee(FeeChannel.IN_PERSON, "Lệ phí đăng ký cư trú", d("50000")),
                        new Fee(FeeChannel.ONLINE, "Lệ phí đăng ký cư trú", d("30000"))),
                List.of(new Activity("Tìm hiểu thủ tục", ActivityKind.INFORMATION, d("0.5"), d("0"), d("1")),
                        new Activity("Chuẩn bị hồ sơ", ActivityKind.PREPARE, d("1.5"), d("10000"), d("1")),
                        new Activity("Sao y, chứng thực", ActivityKind.COPY, d("0.5"), d("15000"), d("1")),
                        new Activity("Đi lại", ActivityKind.TRAVEL, d("1"), d("30000"), d("0.6")),
                        new Activity("Chờ tại quầy", ActivityKind.WAIT, d("0.5"), d("0"), d("0.6")),
                        new Activity("Nộp hồ sơ", ActivityKind.SUBMIT, d("0.25"), d("2000"), d("1"))),
                List.of(), 0);
    }

    /** Once-only for A, remove B, online, fees cut by 50 %, processing time cut to 2 days. */
    public static List<Measure> fullPlan() {
        return List.of(new Measure.OnceOnly(A, "POPULATION_DB"), new Measure.RemoveComponent(B), new Measure.Online(),
                new Measure.CutFee(d("50")), new Measure.CutProcessingTime(2));
    }
}

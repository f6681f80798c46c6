package procedo.catalog.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import procedo.catalog.CatalogStore;
import procedo.catalog.cost.Activity;
import procedo.catalog.cost.ActivityKind;
import procedo.catalog.locality.Agency;
import procedo.catalog.locality.Locality;
import procedo.catalog.procedure.ApplicantType;
import procedo.catalog.procedure.CopyKind;
import procedo.catalog.procedure.DossierComponent;
import procedo.catalog.procedure.Fee;
import procedo.catalog.procedure.FeeChannel;
import procedo.catalog.locality.Level;
import procedo.catalog.procedure.OnlineLevel;
import procedo.catalog.procedure.Procedure;
import procedo.catalog.procedure.ProcedureStatus;
import procedo.catalog.usage.UsageSource;
import procedo.catalog.usage.UsageStat;

/**
 * Generates a national-scale synthetic catalog of localized procedures — each specific to one of the provinces,
 * with its dossier, fees, as-is activities and a year of usage — for benchmarks. The same seed gives the same
 * catalog. Codes start with {@code SYN.} so that they never collide with real ones.
 */
public final class SyntheticCatalog {

    private static final String[] FIELDS = {"Hộ tịch", "Cư trú", "Đất đai", "Xây dựng", "Đăng ký kinh doanh",
        "Giao thông vận tải", "Bảo hiểm xã hội", "Y tế", "Giáo dục", "Lao động", "Tài nguyên môi trường", "Văn hóa"};
    private static final String[] ACTIONS = {"Cấp", "Cấp lại", "Điều chỉnh", "Gia hạn", "Xác nhận", "Đăng ký",
        "Thẩm định", "Phê duyệt"};
    private static final String[] OBJECTS = {"giấy phép", "giấy chứng nhận", "hồ sơ", "quyết định", "văn bản chấp thuận",
        "thông báo", "chứng chỉ", "phiếu"};
    private static final ActivityKind[] KINDS = {ActivityKind.INFORMATION, ActivityKind.PREPARE, ActivityKind.COPY,
        ActivityKind.TRAVEL, ActivityKind.WAIT, ActivityKind.SUBMIT, ActivityKind.PAY, ActivityKind.RECEIVE};
    private static final String[] DATABASES = {"POPULATION_DB", "CIVIL_STATUS_DB", "LAND_DB", "BUSINESS_REGISTRY",
        "INSURANCE_DB"};
    private static final int CHUNK = 2000;

    private final CatalogStore store;

    public SyntheticCatalog(CatalogStore store) {
        this.store = store;
    }

    /** Adds {@code count} procedures; returns how many were written. */
    public int generate(int count, long seed, int year) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Locality> provinces = store.localities().localities().stream()
                .filter(l -> l.kind().provincial()).toList();
        if (provinces.isEmpty()) {
            throw new IllegalStateException("the catalog has no provinces to localize procedures in");
        }
        for (int f = 0; f < FIELDS.length; f++) {
            store.localities().saveAgency(new Agency("SYN-AGENCY-" + f, "Sở phụ trách " + FIELDS[f], Level.PROVINCE));
        }
        List<Procedure> chunk = new ArrayList<>(CHUNK);
        List<UsageStat> usage = new ArrayList<>(CHUNK);
        for (int i = 0; i < count; i++) {
            Locality province = provinces.get(random.nextInt(provinces.size()));
            Procedure p = procedure(random, i, province);
            chunk.add(p);
            long total = Math.round(Math.exp(random.nextDouble(Math.log(10), Math.log(200_000))));
            long online = p.onlineLevel() == OnlineLevel.NONE ? 0 : (long) (total * random.nextDouble(0, 0.9));
            long onTime = (long) (total * random.nextDouble(0.7, 1));
            usage.add(new UsageStat(p.code(), province.code(), year, UsageSource.ESTIMATED, total, online, onTime));
            if (chunk.size() == CHUNK) {
                store.writeBulk(chunk, usage);
                chunk.clear();
                usage.clear();
            }
        }
        if (!chunk.isEmpty()) {
            store.writeBulk(chunk, usage);
        }
        return count;
    }

    private static Procedure procedure(SplittableRandom random, int index, Locality province) {
        int field = random.nextInt(FIELDS.length);
        String name = ACTIONS[random.nextInt(ACTIONS.length)] + " " + OBJECTS[random.nextInt(OBJECTS.length)] + " "
                + FIELDS[field].toLowerCase() + " số " + index + " tại " + province.name();
        OnlineLevel online = OnlineLevel.values()[random.nextInt(3)];
        List<DossierComponent> components = new ArrayList<>();
        int componentCount = 1 + random.nextInt(8);
        for (int c = 0; c < componentCount; c++) {
            String reusable = random.nextInt(4) == 0 ? DATABASES[random.nextInt(DATABASES.length)] : null;
            components.add(new DossierComponent("", "Thành phần hồ sơ " + (c + 1), 1, random.nextInt(2),
                    CopyKind.values()[random.nextInt(3)], reusable, null));
        }
        List<Fee> fees = new ArrayList<>();
        long fee = random.nextInt(4) == 0 ? 0 : 10_000L * (1 + random.nextInt(50));
        fees.add(new Fee(FeeChannel.IN_PERSON, "Lệ phí", BigDecimal.valueOf(fee)));
        if (online != OnlineLevel.NONE && fee > 0 && random.nextBoolean()) {
            fees.add(new Fee(FeeChannel.ONLINE, "Lệ phí (trực tuyến)", BigDecimal.valueOf(fee / 2)));
        }
        List<Activity> activities = new ArrayList<>();
        for (ActivityKind kind : KINDS) {
            if (random.nextInt(5) == 0 && kind != ActivityKind.SUBMIT) {
                continue;
            }
            BigDecimal hours = BigDecimal.valueOf(5 + random.nextInt(300), 2);
            BigDecimal outOfPocket = kind == ActivityKind.TRAVEL || kind == ActivityKind.COPY
                    ? BigDecimal.valueOf(1000L * random.nextInt(100)) : BigDecimal.ZERO;
            BigDecimal share = kind == ActivityKind.TRAVEL || kind == ActivityKind.WAIT
                    ? BigDecimal.valueOf(20 + random.nextInt(81), 2) : BigDecimal.ONE;
            activities.add(new Activity(kind.name().toLowerCase(), kind, hours, outOfPocket, share));
        }
        return new Procedure("SYN." + province.code() + "." + String.format("%06d", index), name, FIELDS[field],
                random.nextBoolean() ? Level.PROVINCE : Level.COMMUNE, "SYN-AGENCY-" + field, province.code(),
                random.nextInt(5) == 0 ? ApplicantType.BUSINESS : ApplicantType.CITIZEN, 1 + random.nextInt(30),
                online, "Synthetic", "", ProcedureStatus.ACTIVE, null, null, null, null, null, components, fees,
                activities, List.of(), 1);
    }
}

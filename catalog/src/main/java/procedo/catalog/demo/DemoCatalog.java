package procedo.catalog.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import procedo.catalog.account.Actor;
import procedo.catalog.CatalogStore;
import procedo.catalog.cost.Activity;
import procedo.catalog.locality.Agency;
import procedo.catalog.locality.Locality;
import procedo.catalog.procedure.ApplicantType;
import procedo.catalog.procedure.DossierComponent;
import procedo.catalog.procedure.Fee;
import procedo.catalog.procedure.FeeChannel;
import procedo.catalog.procedure.LegalDocument;
import procedo.catalog.procedure.ProcessingTime;
import procedo.catalog.procedure.SourceCheck;
import procedo.catalog.locality.Level;
import procedo.catalog.procedure.OnlineLevel;
import procedo.catalog.procedure.Procedure;
import procedo.catalog.procedure.ProcedureService;
import procedo.catalog.procedure.ProcedureStatus;
import procedo.catalog.usage.UsageSource;
import procedo.catalog.usage.UsageStat;

/**
 * The demo catalog of real Vietnamese procedures ({@code /demo/procedures.json}, described in DATA.md), loaded
 * into an empty database. National yearly volumes are spread over the provinces by population:
 * dossiers = round(national × province population ÷ total population), online and on-time by their shares.
 */
public final class DemoCatalog {

    /** The year the demo's usage statistics are recorded for. */
    public static final int USAGE_YEAR = 2024;
    private static final String RESOURCE = "/demo/procedures.json";

    record DemoAgency(String code, String name, Level level) {
    }

    record DemoProcedure(String code, String name, String field, Level level, String agencyCode,
                         ApplicantType applicantType, int processingDays, OnlineLevel onlineLevel, String legalBasis,
                         String decision, List<Fee> fees, List<DossierComponent> dossierComponents,
                         List<Activity> activities, long nationalDossiersPerYear, BigDecimal onlineShare,
                         BigDecimal onTimeShare, Integer effortDays, String sources, List<FeeChannel> channels,
                         List<ProcessingTime> processingTimes, List<LegalDocument> legalDocuments,
                         List<SourceCheck> checks) {
    }

    record DemoFile(String asOf, List<DemoAgency> agencies, List<DemoProcedure> procedures) {
    }

    private final CatalogStore store;
    /** Who the demo's procedures are recorded as created by. */
    private static final Actor DEMO = Actor.system("demo catalog");

    private final ProcedureService procedures;

    public DemoCatalog(CatalogStore store, ProcedureService procedures) {
        this.store = store;
        this.procedures = procedures;
    }

    /** Loads the demo in one transaction; returns the number of procedures loaded. */
    public int load() {
        DemoFile demo = read();
        List<Locality> provinces = store.localities().localities().stream()
                .filter(l -> l.kind().provincial())
                .filter(l -> l.population() != null)
                .toList();
        long totalPopulation = provinces.stream().mapToLong(Locality::population).sum();
        return store.inTransaction(() -> {
            for (DemoAgency a : demo.agencies()) {
                store.localities().saveAgency(new Agency(a.code(), a.name(), a.level()));
            }
            List<UsageStat> usage = new ArrayList<>();
            for (DemoProcedure d : demo.procedures()) {
                procedures.create(new Procedure(d.code(), d.name(), d.field(), d.level(), d.agencyCode(), null,
                        d.applicantType(), d.processingDays(), d.onlineLevel(), d.legalBasis(), d.decision(),
                        ProcedureStatus.ACTIVE, null, null, d.effortDays(), null, null, d.dossierComponents(),
                        d.fees(), d.activities(), List.of(), 0).withRecordDetails(d.channels(),
                        d.processingTimes(), d.legalDocuments(), d.checks()), DEMO);
                for (Locality province : provinces) {
                    long total = share(BigDecimal.valueOf(d.nationalDossiersPerYear())
                            .multiply(BigDecimal.valueOf(province.population())), totalPopulation);
                    usage.add(new UsageStat(d.code(), province.code(), USAGE_YEAR, UsageSource.ESTIMATED, total,
                            round(d.onlineShare().multiply(BigDecimal.valueOf(total))),
                            round(d.onTimeShare().multiply(BigDecimal.valueOf(total)))));
                }
            }
            store.usage().save(usage);
            return demo.procedures().size();
        });
    }

    private static long share(BigDecimal numerator, long denominator) {
        return numerator.divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_UP).longValueExact();
    }

    private static long round(BigDecimal value) {
        return value.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static DemoFile read() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = DemoCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            return mapper.readValue(in, DemoFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}

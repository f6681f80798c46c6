package procedo.catalog.procedure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import procedo.catalog.number.Decimals;
import procedo.catalog.cost.Activity;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.NotFoundException;
import procedo.catalog.error.Problem;
import procedo.catalog.locality.LocalityRepository;

/**
 * Reads and changes the catalog: validates every procedure before it is stored (all problems at once, each with
 * the field it concerns) and tells the listener which procedure changed.
 */
public final class ProcedureService {

    public static final int MAX_PAGE = 500;
    private static final Pattern CODE = Pattern.compile("[\\p{L}0-9][\\p{L}0-9._/-]{0,63}");
    private static final BigDecimal MAX_VND = new BigDecimal("1000000000000");
    private static final BigDecimal MAX_HOURS = new BigDecimal("10000");

    private final ProcedureRepository procedures;
    private final LocalityRepository localities;
    private final Consumer<String> changed;

    /** @param changed called with a procedure's code after it was created, updated or deleted */
    public ProcedureService(ProcedureRepository procedures, LocalityRepository localities, Consumer<String> changed) {
        this.procedures = procedures;
        this.localities = localities;
        this.changed = changed;
    }

    public Page<ProcedureSummary> find(ProcedureFilter filter, int offset, int limit) {
        List<Problem> problems = new ArrayList<>();
        if (offset < 0) {
            problems.add(new Problem("offset", "must not be negative"));
        }
        if (limit < 1 || limit > MAX_PAGE) {
            problems.add(new Problem("limit", "must be between 1 and " + MAX_PAGE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return procedures.find(filter, offset, limit);
    }

    public Procedure get(String code) {
        return procedures.findByCode(code).orElseThrow(() -> NotFoundException.of("procedure", code));
    }

    public Procedure create(Procedure procedure) {
        validate(procedure);
        Procedure created = procedures.create(procedure);
        changed.accept(created.code());
        return created;
    }

    /**
     * Replaces the procedure stored under {@code code}. A procedure re-published under a new code keeps the link:
     * its {@code formerCode} becomes the old code unless the update names another.
     */
    public Procedure update(String code, Procedure procedure, int expectedVersion) {
        validate(procedure);
        Procedure linked = code.equals(procedure.code()) || procedure.formerCode() != null ? procedure
                : procedure.withFormerCode(code);
        Procedure updated = procedures.update(code, linked, expectedVersion);
        if (!code.equals(updated.code())) {
            changed.accept(code);
        }
        changed.accept(updated.code());
        return updated;
    }

    public java.util.List<ProcedureVersion> versions(String code) {
        return procedures.versions(code);
    }

    public Procedure version(String code, int version) {
        return procedures.version(code, version)
                .orElseThrow(() -> NotFoundException.of("version of procedure " + code, version));
    }

    public void delete(String code) {
        procedures.delete(code);
        changed.accept(code);
    }

    /** Every problem of {@code p}, each located by its JSON field path. */
    public void validate(Procedure p) {
        List<Problem> problems = new ArrayList<>();
        if (p.code() == null || !CODE.matcher(p.code()).matches()) {
            problems.add(new Problem("code", "is required: 1 to 64 letters, digits, '.', '_', '/' or '-'"));
        }
        text(problems, "name", p.name(), 1000);
        text(problems, "field", p.field(), 200);
        required(problems, "level", p.level());
        required(problems, "applicantType", p.applicantType());
        required(problems, "onlineLevel", p.onlineLevel());
        if (p.agencyCode() == null || p.agencyCode().isBlank()) {
            problems.add(new Problem("agencyCode", "is required"));
        } else if (localities.agency(p.agencyCode()).isEmpty()) {
            problems.add(new Problem("agencyCode", "unknown agency '" + p.agencyCode() + "'"));
        }
        if (p.localityCode() != null && localities.locality(p.localityCode()).isEmpty()) {
            problems.add(new Problem("localityCode", "unknown locality '" + p.localityCode() + "'"));
        }
        if (p.processingDays() == null) {
            problems.add(new Problem("processingDays", "is required (working days)"));
        } else if (p.processingDays() < 0 || p.processingDays() > 3650) {
            problems.add(new Problem("processingDays", "must be between 0 and 3650 working days"));
        }
        if (p.legalBasis().length() > 4000) {
            problems.add(new Problem("legalBasis", "must be at most 4000 characters"));
        }
        if (p.decision().length() > 1000) {
            problems.add(new Problem("decision", "must be at most 1000 characters"));
        }
        if (p.effortDays() != null && (p.effortDays() < 1 || p.effortDays() > 100_000)) {
            problems.add(new Problem("effortDays", "must be between 1 and 100000 person-days"));
        }
        if (p.applicantPopulation() != null && p.applicantPopulation() < 0) {
            problems.add(new Problem("applicantPopulation", "must not be negative"));
        }
        if (p.frequencyPerYear() != null && (p.frequencyPerYear().signum() < 0 || p.frequencyPerYear().scale() > 6
                || p.frequencyPerYear().compareTo(BigDecimal.valueOf(10_000)) > 0)) {
            problems.add(new Problem("frequencyPerYear", "must be between 0 and 10000 with at most 6 decimals"));
        }
        for (int i = 0; i < p.dossierComponents().size(); i++) {
            DossierComponent c = p.dossierComponents().get(i);
            String at = "dossierComponents[" + i + "].";
            text(problems, at + "name", c.name(), 1000);
            if (c.originals() < 0 || c.originals() > 100) {
                problems.add(new Problem(at + "originals", "must be between 0 and 100"));
            }
            if (c.copies() < 0 || c.copies() > 100) {
                problems.add(new Problem(at + "copies", "must be between 0 and 100"));
            }
        }
        for (int i = 0; i < p.fees().size(); i++) {
            Fee f = p.fees().get(i);
            String at = "fees[" + i + "].";
            text(problems, at + "name", f.name(), 500);
            money(problems, at + "amountVnd", f.amountVnd());
        }
        activities(problems, "asIsActivities", p.asIsActivities());
        activities(problems, "toBeActivities", p.toBeActivities());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void activities(List<Problem> problems, String field, List<Activity> activities) {
        if (activities.size() > 500) {
            problems.add(new Problem(field, "at most 500 activities"));
            return;
        }
        for (int i = 0; i < activities.size(); i++) {
            Activity a = activities.get(i);
            String at = field + "[" + i + "].";
            text(problems, at + "name", a.name(), 500);
            required(problems, at + "kind", a.kind());
            range(problems, at + "hours", a.hours(), MAX_HOURS, 4);
            money(problems, at + "outOfPocketVnd", a.outOfPocketVnd());
            range(problems, at + "share", a.share(), BigDecimal.ONE, 6);
        }
    }

    private static void money(List<Problem> problems, String field, BigDecimal value) {
        range(problems, field, value, MAX_VND, 2);
    }

    private static void range(List<Problem> problems, String field, BigDecimal value, BigDecimal max, int scale) {
        if (value == null) {
            problems.add(new Problem(field, "is required"));
        } else if (value.signum() < 0) {
            problems.add(new Problem(field, "must not be negative"));
        } else if (value.compareTo(max) > 0) {
            problems.add(new Problem(field, "must be at most " + max.toPlainString()));
        } else if (Decimals.places(value) > scale) {
            problems.add(new Problem(field, "must have at most " + scale + " decimals"));
        }
    }

    private static void text(List<Problem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(field, "is required"));
        } else if (value.length() > max) {
            problems.add(new Problem(field, "must be at most " + max + " characters"));
        }
    }

    private static void required(List<Problem> problems, String field, Object value) {
        if (Objects.isNull(value)) {
            problems.add(new Problem(field, "is required"));
        }
    }
}

package procedo.catalog.procedure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import procedo.catalog.account.Actor;
import procedo.catalog.audit.AuditAction;
import procedo.catalog.audit.AuditEntry;
import procedo.catalog.audit.AuditSubject;
import procedo.catalog.audit.AuditTrail;
import procedo.catalog.cost.Activity;
import procedo.catalog.error.ConflictException;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.NotFoundException;
import procedo.catalog.error.Problems;
import procedo.catalog.locality.LocalityRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import procedo.catalog.text.Messages;
import procedo.catalog.text.Text;

/**
 * Reads and changes the catalog: validates every procedure before it is stored (all problems at once, each with
 * the field it concerns), records every change with its before and after in the audit trail (in the change's
 * transaction) and tells the listener which procedure changed. Deleting keeps history: a procedure that
 * anything depends on (in the catalog, or outside it as told by {@link ProcedureDependents}) is withdrawn instead,
 * and a code is never given to a new procedure while it still names another one's withdrawn record or workflows.
 */
public final class ProcedureService {

    public static final int MAX_PAGE = 500;
    private static final Pattern CODE = Pattern.compile("[\\p{L}0-9][\\p{L}0-9._/-]{0,63}");
    private static final BigDecimal MAX_VND = new BigDecimal("1000000000000");
    private static final BigDecimal MAX_HOURS = new BigDecimal("10000");

    private static final Logger LOG = LoggerFactory.getLogger(ProcedureService.class);
    private static final int MAX_REASON = 2000;

    private final ProcedureRepository procedures;
    private final LocalityRepository localities;
    private final AuditTrail audit;
    private final Consumer<String> changed;
    private final ProcedureDependents outside;

    /**
     * A catalog that sees nothing outside itself: for tools that run the catalog alone.
     *
     * @param changed called with a procedure's code after it was created, updated, withdrawn, reinstated or deleted
     */
    public ProcedureService(ProcedureRepository procedures, LocalityRepository localities, AuditTrail audit,
                            Consumer<String> changed) {
        this(procedures, localities, audit, changed, ProcedureDependents.NONE);
    }

    /**
     * @param changed called with a procedure's code after it was created, updated, withdrawn, reinstated or deleted
     * @param outside what depends on a procedure outside the catalog (templates, deployments, cases)
     */
    public ProcedureService(ProcedureRepository procedures, LocalityRepository localities, AuditTrail audit,
                            Consumer<String> changed, ProcedureDependents outside) {
        this.procedures = procedures;
        this.localities = localities;
        this.audit = audit;
        this.changed = changed;
        this.outside = outside;
    }

    public Page<ProcedureSummary> find(ProcedureFilter filter, int offset, int limit) {
        Problems problems = new Problems();
        if (offset < 0) {
            problems.add("offset", Text.of("catalog.problem.negative"));
        }
        if (limit < 1 || limit > MAX_PAGE) {
            problems.add("limit", Text.of("catalog.problem.between", 1, MAX_PAGE));
        }
        problems.throwIfAny();
        return procedures.find(filter, offset, limit);
    }

    public Procedure get(String code) {
        return procedures.findByCode(code).orElseThrow(() -> NotFoundException.of("procedure", code));
    }

    /** The names of those of {@code codes} that exist, by code, read in one query whatever their number. */
    public java.util.Map<String, String> names(java.util.Collection<String> codes) {
        return codes.isEmpty() ? java.util.Map.of() : procedures.names(codes);
    }

    public Procedure create(Procedure procedure, Actor actor) {
        validate(procedure);
        requireFreeCode(procedure.code());
        Procedure created = audit.inTransaction(() -> {
            Procedure stored = procedures.create(procedure);
            audit.record(entry(actor, AuditAction.PROCEDURE_CREATED, stored.code(), stored).after(stored));
            return stored;
        });
        changed.accept(created.code());
        return created;
    }

    /**
     * Replaces the procedure stored under {@code code}. A procedure re-published under a new code keeps the link:
     * its {@code formerCode} becomes the old code unless the update names another.
     */
    public Procedure update(String code, Procedure procedure, int expectedVersion, Actor actor) {
        validate(procedure);
        if (!code.equals(procedure.code())) {
            requireFreeCode(procedure.code());
        }
        Procedure linked = code.equals(procedure.code()) || procedure.formerCode() != null ? procedure
                : procedure.withFormerCode(code);
        Procedure updated = audit.inTransaction(() -> {
            Procedure before = procedures.findByCode(code).orElse(null);
            Procedure stored = procedures.update(code, linked, expectedVersion);
            audit.record(entry(actor, AuditAction.PROCEDURE_UPDATED, code, stored).before(before).after(stored));
            return stored;
        });
        if (!code.equals(updated.code())) {
            changed.accept(code);
        }
        changed.accept(updated.code());
        return updated;
    }

    /**
     * Replaces the procedure stored under {@code code}, keeping from the stored version each part of the record the
     * update left out ({@code omitted}), so that a client unaware of those parts does not clear them.
     */
    public Procedure update(String code, Procedure procedure, int expectedVersion, Actor actor,
                            Set<RecordDetail> omitted) {
        Procedure complete = omitted.isEmpty() ? procedure
                : RecordDetail.keepOmitted(procedure, procedures.findByCode(code).orElse(null), omitted);
        return update(code, complete, expectedVersion, actor);
    }

    public java.util.List<ProcedureVersion> versions(String code) {
        return procedures.versions(code);
    }

    public Procedure version(String code, int version) {
        return procedures.version(code, version)
                .orElseThrow(() -> new NotFoundException(Text.of("catalog.procedure.versionNotFound", code, version)));
    }

    /**
     * Deletes the procedure when nothing depends on it; otherwise withdraws it: it stays, with its history, marked
     * with when, by whom and why, and leaves rankings, portfolios and the default lists. Deleting a withdrawn
     * procedure again keeps its first mark.
     *
     * @param reason why, as the person wrote it; may be empty
     */
    public Removal delete(String code, Actor actor, String reason) {
        if (reason != null && reason.strip().length() > MAX_REASON) {
            throw InvalidInputException.of("reason", Text.of("catalog.problem.tooLong", MAX_REASON));
        }
        Procedure before = get(code);
        Withdrawal mark = new Withdrawal(LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS), actor.username(), reason);
        Dependents elsewhere = outside.of(code);
        Removal removal = audit.inTransaction(() -> {
            Removal done = procedures.remove(code, elsewhere, mark);
            AuditEntry entry = entry(actor, done.outcome() == Removal.Outcome.DELETED ? AuditAction.PROCEDURE_DELETED
                    : AuditAction.PROCEDURE_WITHDRAWN, code, before).before(before);
            audit.record(done.outcome() == Removal.Outcome.DELETED ? entry : entry.after(done));
            return done;
        });
        changed.accept(code);
        LOG.info("Procedure {} {} by {} ({})", code, removal.outcome() == Removal.Outcome.DELETED ? "deleted"
                : "withdrawn", actor.username(), removal.dependents().isEmpty() ? "nothing depended on it"
                : removal.dependents());
        return removal;
    }

    /** Everything that depends on a procedure, in the catalog and outside it: what deleting it would keep. */
    public Dependents dependents(String code) {
        return procedures.dependents(code).and(outside.of(code));
    }

    /** The withdrawal mark of a procedure; empty when it is in the catalog. */
    public Optional<Withdrawal> withdrawal(String code) {
        get(code);
        return procedures.withdrawal(code);
    }

    /**
     * Brings a withdrawn procedure back into the catalog (rankings, portfolios, lists).
     *
     * @throws ConflictException when it is not withdrawn
     */
    public Procedure reinstate(String code, Actor actor) {
        Procedure before = get(code);
        audit.inTransaction(() -> {
            Optional<Withdrawal> mark = procedures.withdrawal(code);
            procedures.reinstate(code);
            audit.record(entry(actor, AuditAction.PROCEDURE_REINSTATED, code, before).before(mark.orElse(null)));
            return null;
        });
        changed.accept(code);
        LOG.info("Procedure {} reinstated by {}", code, actor.username());
        return get(code);
    }

    /**
     * Refuses a code that still names something else: a withdrawn procedure (which can be reinstated instead), or
     * the workflows and cases a former procedure left under it (a new procedure must not take them as its own).
     */
    private void requireFreeCode(String code) {
        Optional<Withdrawal> withdrawn = procedures.withdrawal(code);
        if (withdrawn.isPresent()) {
            Withdrawal w = withdrawn.get();
            throw new ConflictException(Text.of("catalog.procedure.withdrawnCode", code,
                    procedures.names(List.of(code)).getOrDefault(code, code), w.at().toLocalDate(), w.by()));
        }
        Dependents left = outside.leftUnder(code);
        if (!left.isEmpty()) {
            throw new ConflictException(Text.of("catalog.procedure.formerWorkflows", code, left.text()));
        }
    }

    private static AuditEntry entry(Actor actor, AuditAction action, String code, Procedure state) {
        return AuditEntry.of(actor, action, AuditSubject.of("procedure", code)).procedure(code)
                .province(state == null ? null : state.localityCode());
    }

    /** Every problem of {@code p}, each located by its JSON field path. */
    public void validate(Procedure p) {
        Problems problems = new Problems();
        if (p.code() == null || !CODE.matcher(p.code()).matches()) {
            problems.add("code", Text.of("catalog.procedure.codeFormat"));
        }
        problems.checkText("name", p.name(), 1000);
        problems.checkText("field", p.field(), 200);
        problems.requirePresent("level", p.level());
        problems.requirePresent("applicantType", p.applicantType());
        problems.requirePresent("onlineLevel", p.onlineLevel());
        if (p.agencyCode() == null || p.agencyCode().isBlank()) {
            problems.add("agencyCode", Text.of("catalog.problem.required"));
        } else if (localities.agency(p.agencyCode()).isEmpty()) {
            problems.add("agencyCode", Text.of("catalog.problem.unknownAgency", p.agencyCode()));
        }
        if (p.localityCode() != null && localities.locality(p.localityCode()).isEmpty()) {
            problems.add("localityCode", Text.of("catalog.problem.unknownLocality", p.localityCode()));
        }
        if (p.processingDays() == null) {
            problems.add("processingDays", Text.of("catalog.procedure.processingDaysRequired"));
        } else if (p.processingDays() < 0 || p.processingDays() > 3650) {
            problems.add("processingDays", Text.of("catalog.procedure.processingDaysRange"));
        }
        if (p.legalBasis().length() > 4000) {
            problems.add("legalBasis", Text.of("catalog.problem.tooLong", 4000));
        }
        problems.checkLength("formerCode", p.formerCode(), 64);
        if (p.decision().length() > 1000) {
            problems.add("decision", Text.of("catalog.problem.tooLong", 1000));
        }
        if (p.effortDays() != null && (p.effortDays() < 1 || p.effortDays() > 100_000)) {
            problems.add("effortDays", Text.of("catalog.procedure.effortDays"));
        }
        if (p.applicantPopulation() != null && p.applicantPopulation() < 0) {
            problems.add("applicantPopulation", Text.of("catalog.problem.negative"));
        }
        if (p.frequencyPerYear() != null && (p.frequencyPerYear().signum() < 0 || p.frequencyPerYear().scale() > 6
                || p.frequencyPerYear().compareTo(BigDecimal.valueOf(10_000)) > 0)) {
            problems.add("frequencyPerYear", Text.of("catalog.procedure.frequency"));
        }
        for (int i = 0; i < p.dossierComponents().size(); i++) {
            DossierComponent c = p.dossierComponents().get(i);
            String at = "dossierComponents[" + i + "].";
            problems.checkText(at + "name", c.name(), 1000);
            problems.checkLength(at + "caseName", c.caseName(), 500);
            problems.checkLength(at + "reusableFrom", c.reusableFrom(), 64);
            problems.checkLength(at + "formCode", c.formCode(), 64);
            if (c.originals() < 0 || c.originals() > 100) {
                problems.add(at + "originals", Text.of("catalog.problem.between", 0, 100));
            }
            if (c.copies() < 0 || c.copies() > 100) {
                problems.add(at + "copies", Text.of("catalog.problem.between", 0, 100));
            }
        }
        for (int i = 0; i < p.fees().size(); i++) {
            Fee f = p.fees().get(i);
            String at = "fees[" + i + "].";
            problems.checkText(at + "name", f.name(), 500);
            money(problems, at + "amountVnd", f.amountVnd());
        }
        activities(problems, "asIsActivities", p.asIsActivities());
        activities(problems, "toBeActivities", p.toBeActivities());
        recordDetails(problems, p);
        problems.throwIfAny();
    }

    /**
     * The channels, the processing times per channel (each of a channel offered, once), the legal documents and the
     * sources (one per part of the record, checked on a day that has come). A fee must name a channel offered when
     * the channels are recorded.
     */
    private static void recordDetails(Problems problems, Procedure p) {
        for (int i = 0; i < p.channels().size(); i++) {
            if (p.channels().get(i) == null) {
                problems.add("channels[" + i + "]", Text.of("catalog.problem.required"));
            } else if (p.channels().indexOf(p.channels().get(i)) < i) {
                problems.add("channels[" + i + "]", Text.of("catalog.procedure.channelTwice"));
            }
        }
        if (!p.channels().isEmpty()) {
            for (int i = 0; i < p.fees().size(); i++) {
                FeeChannel channel = p.fees().get(i) == null ? null : p.fees().get(i).channel();
                if (channel != null && !p.channels().contains(channel)) {
                    problems.add("fees[" + i + "].channel", Text.of("catalog.procedure.channelNotOffered"));
                }
            }
        }
        List<FeeChannel> timed = new java.util.ArrayList<>();
        for (int i = 0; i < p.processingTimes().size(); i++) {
            ProcessingTime time = p.processingTimes().get(i);
            String at = "processingTimes[" + i + "].";
            if (!problems.requirePresent("processingTimes[" + i + "]", time)) {
                continue;
            }
            if (problems.requirePresent(at + "channel", time.channel())) {
                if (!p.channels().contains(time.channel())) {
                    problems.add(at + "channel", Text.of("catalog.procedure.channelNotOffered"));
                } else if (timed.contains(time.channel())) {
                    problems.add(at + "channel", Text.of("catalog.procedure.channelTwice"));
                }
                timed.add(time.channel());
            }
            if (problems.requirePresent(at + "workingDays", time.workingDays())
                    && (time.workingDays() < 0 || time.workingDays() > 3650)) {
                problems.add(at + "workingDays", Text.of("catalog.procedure.processingDaysRange"));
            }
        }
        LocalDate today = LocalDate.now(Messages.VIET_NAM);
        for (int i = 0; i < p.legalDocuments().size(); i++) {
            LegalDocument d = p.legalDocuments().get(i);
            String at = "legalDocuments[" + i + "].";
            if (!problems.requirePresent("legalDocuments[" + i + "]", d)) {
                continue;
            }
            problems.checkText(at + "number", d.number(), 100);
            problems.checkLength(at + "title", d.title(), 1000);
            if (d.issuedOn() != null && d.issuedOn().isAfter(today)) {
                problems.add(at + "issuedOn", Text.of("catalog.procedure.future"));
            }
        }
        List<RecordPart> checked = new java.util.ArrayList<>();
        for (int i = 0; i < p.sources().size(); i++) {
            SourceCheck c = p.sources().get(i);
            String at = "sources[" + i + "].";
            if (!problems.requirePresent("sources[" + i + "]", c)) {
                continue;
            }
            if (problems.requirePresent(at + "part", c.part())) {
                if (checked.contains(c.part())) {
                    problems.add(at + "part", Text.of("catalog.procedure.partTwice"));
                }
                checked.add(c.part());
            }
            problems.checkText(at + "source", c.source(), 2000);
            if (problems.requirePresent(at + "checkedOn", c.checkedOn()) && c.checkedOn().isAfter(today)) {
                problems.add(at + "checkedOn", Text.of("catalog.procedure.future"));
            }
        }
    }

    private static void activities(Problems problems, String field, List<Activity> activities) {
        if (activities.size() > 500) {
            problems.add(field, Text.of("catalog.procedure.tooManyActivities", 500));
            return;
        }
        for (int i = 0; i < activities.size(); i++) {
            Activity a = activities.get(i);
            String at = field + "[" + i + "].";
            problems.checkText(at + "name", a.name(), 500);
            problems.requirePresent(at + "kind", a.kind());
            range(problems, at + "hours", a.hours(), MAX_HOURS, 4);
            money(problems, at + "outOfPocketVnd", a.outOfPocketVnd());
            range(problems, at + "share", a.share(), BigDecimal.ONE, 6);
        }
    }

    private static void money(Problems problems, String field, BigDecimal value) {
        range(problems, field, value, MAX_VND, 2);
    }

    private static void range(Problems problems, String field, BigDecimal value, BigDecimal max, int scale) {
        if (problems.requirePresent(field, value)) {
            problems.checkRange(field, value, max, scale);
        }
    }
}

package procedo.templates;

import procedo.catalog.text.Digests;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import procedo.catalog.account.Actor;
import procedo.catalog.audit.AuditAction;
import procedo.catalog.audit.AuditEntry;
import procedo.catalog.audit.AuditSubject;
import procedo.catalog.audit.AuditTrail;
import procedo.catalog.error.ConflictException;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.NotAllowedException;
import procedo.catalog.error.NotFoundException;
import procedo.catalog.locality.Agency;
import procedo.catalog.locality.Locality;
import procedo.catalog.locality.LocalityRepository;
import procedo.catalog.text.Text;
import procedo.templates.adoption.AdoptedPackage;
import procedo.templates.adoption.Adoption;
import procedo.templates.adoption.AdoptionRules;
import procedo.templates.adoption.DeviationAnalysis;
import procedo.templates.adoption.DeviationReport;
import procedo.templates.adoption.LocalityDeviations;
import procedo.templates.adoption.Overrides;
import procedo.templates.adoption.UpgradeConflictException;
import procedo.templates.diff.TemplateDiff;
import procedo.templates.excel.PackageWorkbookReader;
import procedo.templates.load.ImportLimits;
import procedo.templates.load.PackageJson;
import procedo.templates.load.PackageValidator;
import procedo.templates.load.ParsedPackage;
import procedo.templates.load.TemplateImportException;
import procedo.templates.model.FormTemplate;
import procedo.templates.model.PackageForm;
import procedo.templates.model.PackageStatus;
import procedo.templates.model.TemplatePackage;
import procedo.templates.model.VersionInfo;

/**
 * Template packages: import (all or nothing, every problem listed), versions and their diff, publication by the
 * central agency, adoption by localities within what local law allows, upgrades and the deviation report. Every
 * change (a new version, a publication, an adoption or upgrade) is recorded in the audit trail in its transaction.
 */
public final class TemplateService {

    private final TemplateRepository repository;
    private final LocalityRepository localities;
    private final ImportLimits limits;
    private final Clock clock;
    private final AuditTrail audit;

    public TemplateService(TemplateRepository repository, LocalityRepository localities, ImportLimits limits, Clock clock,
                           AuditTrail audit) {
        this.repository = repository;
        this.localities = localities;
        this.limits = limits;
        this.clock = clock;
        this.audit = audit;
    }

    public ImportLimits limits() {
        return limits;
    }

    // ---- import

    /** Reads a workbook (.xlsx) or a JSON package, recognised by its first bytes, and stores it when valid. */
    public ImportResult importFile(InputStream raw, Actor actor) {
        ParsedPackage parsed = parse(raw);
        return importPackage(parsed.pkg(), false, actor);
    }

    /** As {@link #importFile}, then publishes the version as the national standard; returns it as published. */
    public ImportResult importAndPublish(InputStream raw, Actor actor) {
        ParsedPackage parsed = parse(raw);
        return audit.inTransaction(() -> {
            ImportResult imported = importPackage(parsed.pkg(), false, actor);
            return new ImportResult(publish(imported.version().code(), imported.version().version(), actor),
                    imported.created());
        });
    }

    /** Reads and validates without storing. */
    public ParsedPackage parse(InputStream raw) {
        try (InputStream in = new BufferedInputStream(new Bounded(raw, limits.maxBytes()), 8192)) {
            in.mark(16);
            byte[] head = in.readNBytes(4);
            in.reset();
            if (head.length == 0) {
                throw TemplateImportException.ofFile(Text.of("templates.import.empty"));
            }
            ParsedPackage parsed;
            if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
                parsed = new PackageWorkbookReader(limits).read(in);
            } else if (firstNonBlank(in) == '{') {
                parsed = PackageJson.read(in, limits);
            } else {
                throw TemplateImportException.ofFile(Text.of("templates.import.unknownFormat"));
            }
            if (parsed.pkg() != null && !parsed.problems().full()) {
                new PackageValidator(this::agencyExists).validate(parsed.pkg(), parsed.where(), parsed.problems());
            }
            parsed.throwIfAny();
            return parsed;
        } catch (TooLarge e) {
            throw TemplateImportException.ofFile(
                    Text.of("templates.import.tooLarge", limits.maxBytes() / (1024 * 1024)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int firstNonBlank(InputStream in) throws IOException {
        in.mark(64);
        try {
            for (int i = 0; i < 64; i++) {
                int b = in.read();
                if (b == -1) {
                    return -1;
                }
                if (b == 0xEF || b == 0xBB || b == 0xBF || Character.isWhitespace(b)) {
                    continue;
                }
                return b;
            }
            return -1;
        } finally {
            in.reset();
        }
    }

    /**
     * Stores a valid package: a new version is created (a draft, or published when asked); the same version with
     * the same content changes nothing; the same version with other content is a conflict.
     */
    public ImportResult importPackage(TemplatePackage pkg, boolean publish, Actor actor) {
        String content = PackageJson.write(pkg);
        String hash = Digests.sha256Hex(content);
        return audit.inTransaction(() -> {
            Optional<VersionInfo> existing = repository.info(pkg.code(), pkg.version());
            if (existing.isPresent()) {
                if (existing.get().contentHash().equals(hash)) {
                    return new ImportResult(existing.get(), false);
                }
                throw new ConflictException(Text.of("templates.package.otherContent", pkg.code(), pkg.version()));
            }
            if (publish) {
                requirePublisherOtherThanImporter(pkg.code(), pkg.version(), actor.username(), actor);
            }
            Instant now = clock.instant();
            VersionInfo info = new VersionInfo(pkg.code(), pkg.version(), pkg.name(),
                    publish ? PackageStatus.PUBLISHED : PackageStatus.DRAFT, hash, pkg.fieldCount(), now,
                    publish ? now : null, actor.username());
            repository.insert(info, content);
            audit.record(AuditEntry.of(actor, AuditAction.TEMPLATE_IMPORTED, subject(info)).procedure(pkg.code())
                    .after(info));
            return new ImportResult(info, true);
        });
    }

    /** Validates a package built in code (demo data, tests) as an import would. */
    public void validate(TemplatePackage pkg) {
        ParsedPackage parsed = PackageJson.read(new java.io.ByteArrayInputStream(
                PackageJson.write(pkg).getBytes(StandardCharsets.UTF_8)));
        if (parsed.pkg() != null) {
            new PackageValidator(this::agencyExists).validate(parsed.pkg(), parsed.where(), parsed.problems());
        }
        parsed.throwIfAny();
    }

    private boolean agencyExists(String code) {
        return localities.agency(code).isPresent();
    }

    // ---- versions

    public List<VersionInfo> list() {
        return repository.latestVersions();
    }

    public List<VersionInfo> versions(String code) {
        List<VersionInfo> versions = repository.versions(code);
        if (versions.isEmpty()) {
            throw NotFoundException.of("template", code);
        }
        return versions;
    }

    /** A version's package; {@code version == null} is the latest published version, or the latest one. */
    public TemplatePackage get(String code, String version) {
        String v = version == null || version.isBlank() ? defaultVersion(code) : version;
        return repository.content(code, v).map(PackageJson::readStored)
                .orElseThrow(() -> noVersion(code, v));
    }

    private String defaultVersion(String code) {
        List<VersionInfo> versions = versions(code);
        return versions.stream().filter(v -> v.status() == PackageStatus.PUBLISHED).reduce((a, b) -> b)
                .orElse(versions.get(versions.size() - 1)).version();
    }

    /** The latest published version: the national standard. */
    public VersionInfo standard(String code) {
        return versions(code).stream().filter(v -> v.status() == PackageStatus.PUBLISHED).reduce((a, b) -> b)
                .orElseThrow(() -> new NotFoundException(Text.of("templates.version.nonePublished", code)));
    }

    public TemplateDiff diff(String code, String from, String to) {
        return TemplateDiff.between(get(code, from), get(code, to));
    }

    public VersionInfo publish(String code, String version, Actor actor) {
        return audit.inTransaction(() -> {
            VersionInfo info = repository.info(code, version)
                    .orElseThrow(() -> noVersion(code, version));
            if (info.status() == PackageStatus.PUBLISHED) {
                return info;
            }
            requirePublisherOtherThanImporter(code, version, info.importedBy(), actor);
            Instant now = clock.instant();
            repository.setStatus(code, version, PackageStatus.PUBLISHED, now);
            VersionInfo published = repository.info(code, version).orElseThrow();
            audit.record(AuditEntry.of(actor, AuditAction.TEMPLATE_PUBLISHED, subject(published)).procedure(code)
                    .before(info).after(published));
            return published;
        });
    }

    /**
     * Separation of duties: a version becomes the national standard only when someone other than its importer
     * publishes it. The server itself (loading the demo, a command run on its machine) is not a person and may.
     */
    private static void requirePublisherOtherThanImporter(String code, String version, String importer, Actor publisher) {
        if (importer != null && !publisher.username().startsWith(Actor.SYSTEM_PREFIX)
                && importer.equals(publisher.username())) {
            throw new NotAllowedException(Text.of("templates.publish.ownImport", code, version, importer));
        }
    }

    private static AuditSubject subject(VersionInfo info) {
        return AuditSubject.of("template", info.code() + "@" + info.version());
    }

    // ---- adoption

    public List<Adoption> adoptions(String code) {
        versions(code);
        return repository.adoptions(code);
    }

    public Adoption adoption(String localityCode, String code) {
        return repository.adoption(localityCode, code).orElseThrow(() -> new NotFoundException(
                Text.of("templates.adoption.notFound", named(localityCode), code)));
    }

    /** A locality's adoption with the central version it adopted and its effective package. */
    public AdoptedPackage adoptedPackage(String localityCode, String code) {
        Adoption adoption = adoption(localityCode, code);
        TemplatePackage standard = get(adoption.templateCode(), adoption.centralVersion());
        return new AdoptedPackage(adoption, standard, adoption.overrides().applyTo(standard));
    }

    /**
     * Adopts (or re-adopts with other overrides) a published central version for a locality. Overrides beyond
     * what local law allows are refused with the reason. {@code expectedRevision}: 0 to create, else the revision
     * read (a stale one is a conflict). {@code version == null} keeps the version an adoption has, and gives a new
     * adoption the latest published version.
     */
    public Adoption adopt(String localityCode, String code, String version, Overrides overrides,
                          int expectedRevision, Actor actor) {
        Locality locality = locality(localityCode);
        String centralVersion = version != null ? version : repository.adoption(locality.code(), code)
                .map(Adoption::centralVersion).orElseGet(() -> standard(code).version());
        VersionInfo info = repository.info(code, centralVersion).orElseThrow(() -> noVersion(code, centralVersion));
        if (info.status() != PackageStatus.PUBLISHED) {
            throw InvalidInputException.of("centralVersion", Text.of("templates.adoption.draft", centralVersion));
        }
        Optional<Adoption> current = repository.adoption(locality.code(), code);
        if (current.isPresent() && !current.get().centralVersion().equals(centralVersion)) {
            throw InvalidInputException.of("centralVersion",
                    Text.of("templates.adoption.useUpgrade", current.get().centralVersion()));
        }
        TemplatePackage standard = get(code, centralVersion);
        new AdoptionRules(this::agencyExists).check(standard, overrides);
        return save(current, new Adoption(locality.code(), code, centralVersion, overrides,
                current.map(a -> a.revision() + 1).orElse(1), clock.instant()), expectedRevision,
                AuditEntry.of(actor, AuditAction.ADOPTION_SET, adoptionSubject(locality.code(), code)));
    }

    private static AuditSubject adoptionSubject(String localityCode, String code) {
        return AuditSubject.of("adoption", localityCode + "/" + code);
    }

    private Adoption save(Optional<Adoption> current, Adoption next, int expectedRevision, AuditEntry entry) {
        return audit.inTransaction(() -> {
            Adoption saved = save(current, next, expectedRevision);
            audit.record(entry.procedure(next.templateCode()).province(next.localityCode())
                    .before(current.orElse(null)).after(saved));
            return saved;
        });
    }

    private Adoption save(Optional<Adoption> current, Adoption next, int expectedRevision) {
        int stored = current.map(Adoption::revision).orElse(0);
        if (expectedRevision != stored) {
            throw new ConflictException(Text.of("templates.adoption.staleRevision", next.templateCode(),
                    named(next.localityCode()), stored, expectedRevision));
        }
        if (!repository.saveAdoption(next, stored)) {
            throw new ConflictException(Text.of("templates.adoption.changedMeanwhile", next.templateCode(),
                    named(next.localityCode())));
        }
        return next;
    }

    /**
     * Moves an adoption to another published central version keeping its overrides. When an override no longer
     * fits, nothing changes and the conflicts are reported; the officer resolves them by sending the overrides to
     * keep ({@code resolved}), which are then checked against the new version.
     */
    public Adoption upgrade(String localityCode, String code, String toVersion, Overrides resolved, Actor actor) {
        Adoption current = adoption(localityCode, code);
        VersionInfo target = repository.info(code, toVersion).orElseThrow(() -> noVersion(code, toVersion));
        if (target.status() != PackageStatus.PUBLISHED) {
            throw InvalidInputException.of("toVersion", Text.of("templates.adoption.draft", toVersion));
        }
        TemplatePackage from = get(code, current.centralVersion());
        TemplatePackage to = get(code, toVersion);
        AdoptionRules rules = new AdoptionRules(this::agencyExists);
        Overrides overrides = resolved == null ? current.overrides() : resolved;
        if (resolved == null) {
            List<AdoptionRules.Conflict> conflicts = rules.conflicts(from, to, overrides);
            if (!conflicts.isEmpty()) {
                throw new UpgradeConflictException(Text.of("templates.adoption.upgradeConflicts", code,
                        named(localityCode), current.centralVersion(), toVersion, conflicts.size()), conflicts);
            }
        }
        rules.check(to, overrides);
        return save(Optional.of(current), new Adoption(current.localityCode(), code, toVersion, overrides,
                current.revision() + 1, clock.instant()), current.revision(),
                AuditEntry.of(actor, AuditAction.ADOPTION_UPGRADED, adoptionSubject(current.localityCode(), code)));
    }

    /** The package as a locality applies it, or the standard for {@code localityCode == null}. */
    public TemplatePackage effective(String code, String version, String localityCode) {
        if (localityCode == null || localityCode.isBlank()) {
            return get(code, version);
        }
        Adoption adoption = adoption(localityCode, code);
        return adoption.overrides().applyTo(get(code, adoption.centralVersion()));
    }

    /**
     * One form of a package as {@link #effective} gives it (a locality's adopted version with its overrides, or
     * the national version).
     *
     * @throws NotFoundException when the package has no such form
     */
    public PackageForm form(String code, String version, String localityCode, String formCode) {
        TemplatePackage pkg = effective(code, version, localityCode);
        FormTemplate form = pkg.form(formCode).orElseThrow(() -> new NotFoundException(
                Text.of("templates.form.notFound", pkg.code(), pkg.version(), formCode)));
        return new PackageForm(pkg, form);
    }

    public DeviationReport deviations(String code) {
        VersionInfo standardInfo = standard(code);
        TemplatePackage standard = get(code, standardInfo.version());
        List<LocalityDeviations> rows = new ArrayList<>();
        List<Adoption> adoptions = repository.adoptions(code);
        int conforming = 0;
        for (Adoption adoption : adoptions) {
            TemplatePackage local = adoption.overrides().applyTo(get(code, adoption.centralVersion()));
            String agencyName = local.agencyCode() == null ? null
                    : localities.agency(local.agencyCode()).map(Agency::name).orElse(null);
            var deviations = DeviationAnalysis.compare(standard, local, agencyName,
                    adoption.overrides().helpTexts().keySet());
            if (deviations.isEmpty()) {
                conforming++;
                continue;
            }
            String name = localities.locality(adoption.localityCode()).map(Locality::name).orElse(adoption.localityCode());
            rows.add(new LocalityDeviations(adoption.localityCode(), name, adoption.centralVersion(), deviations));
        }
        rows.sort((a, b) -> a.burdensome() != b.burdensome() ? (a.burdensome() ? -1 : 1)
                : a.localityCode().compareTo(b.localityCode()));
        return new DeviationReport(code, standard.name(), standard.version(), standard.processingDays(),
                adoptions.size(), conforming, rows);
    }

    private static NotFoundException noVersion(String code, String version) {
        return new NotFoundException(Text.of("templates.version.notFound", code, version));
    }

    /** A locality as a person knows it: its name and code ("Thành phố Hà Nội (01)"), or its code when unknown. */
    private Text named(String localityCode) {
        return localities.locality(localityCode).map(l -> Text.of("templates.locality.named", l.name(), l.code()))
                .orElse(Text.verbatim(localityCode));
    }

    private Locality locality(String code) {
        Locality locality = localities.locality(code).orElseThrow(() -> NotFoundException.of("locality", code));
        if (Locality.NATIONAL.equals(locality.code())) {
            throw InvalidInputException.of("locality", Text.of("templates.adoption.national"));
        }
        return locality;
    }

    public boolean isEmpty() {
        return repository.isEmpty();
    }

    /** The provincial-level units (cities and provinces), for the province choice of address fields. */
    public List<Locality> provinces() {
        return localities.localities().stream()
                .filter(l -> l.kind().provincial())
                .toList();
    }

    /** Thrown by {@link Bounded} past the size limit. */
    private static final class TooLarge extends IOException {
        TooLarge() {
            super("too large");
        }
    }

    /** An input stream that fails once more than {@code max} bytes were read. */
    private static final class Bounded extends FilterInputStream {
        private final long max;
        private long count;

        Bounded(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && ++count > max) {
                throw new TooLarge();
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0 && (count += n) > max) {
                throw new TooLarge();
            }
            return n;
        }
    }
}

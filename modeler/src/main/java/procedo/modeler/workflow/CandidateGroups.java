package procedo.modeler.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import procedo.catalog.account.AccountService;
import procedo.catalog.account.Grant;
import procedo.catalog.error.NotFoundException;
import procedo.catalog.error.Problems;
import procedo.catalog.text.Text;
import procedo.engine.DeployedWorkflow;
import procedo.engine.WorkflowEngine;
import procedo.modeler.model.BpmnReader;
import procedo.modeler.model.ModelKind;
import procedo.modeler.model.ModelService;

/**
 * The candidate groups a designer can give a user task, so that the modeler offers them instead of free text: the
 * groups of a configured list (with the names people read), those named by the deployed workflows and those the
 * case officers' accounts work for.
 */
public final class CandidateGroups {

    /** The configured list bundled with Procedo, used when none is given. */
    public static final String BUNDLED_RESOURCE = "procedo/modeler/workflow/candidate-groups.txt";
    static final int MAX_FILE_BYTES = 256 * 1024;
    private static final Pattern GROUP_ID = Pattern.compile("[\\p{L}\\p{N}_.:@-]{1,100}");

    /** Where a known group comes from. */
    public enum Source { CONFIGURED, DEPLOYED, ACCOUNTS }

    /** A known group: its id (what a model names), its name where the configured list gives one, its sources. */
    public record KnownGroup(String id, String name, List<Source> sources) {
    }

    /** The configured list: group ids with the names people read (null where none is given), in the file's order. */
    public record Configured(Map<String, String> names) {

        public Configured {
            names = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(names));
        }

        /** The list bundled with Procedo. */
        public static Configured bundled() {
            try (InputStream in = CandidateGroups.class.getClassLoader().getResourceAsStream(BUNDLED_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + BUNDLED_RESOURCE);
                }
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUNDLED_RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A UTF-8 file of one group a line, {@code id = name} or {@code id}; {@code #} starts a comment line. */
        public static Configured load(Path file) {
            try {
                if (Files.size(file) > MAX_FILE_BYTES) {
                    Problems problems = new Problems();
                    problems.add(file.toString(), Text.of("modeler.groups.tooLarge", MAX_FILE_BYTES));
                    problems.throwIfAny();
                }
                return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the candidate groups " + file, e);
            }
        }

        static Configured parse(String text, String source) {
            Map<String, String> names = new LinkedHashMap<>();
            Problems problems = new Problems();
            String[] lines = text.split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int equals = line.indexOf('=');
                String id = (equals < 0 ? line : line.substring(0, equals)).strip();
                String name = equals < 0 ? null : line.substring(equals + 1).strip();
                if (problems.addIf(!GROUP_ID.matcher(id).matches(), source + ":" + (i + 1),
                        Text.of("modeler.groups.badId", id))) {
                    continue;
                }
                names.put(id, name == null || name.isEmpty() ? null : name);
            }
            problems.throwIfAny();
            return new Configured(names);
        }
    }

    private final ModelService models;
    private final Supplier<WorkflowEngine> engine;
    private final AccountService accounts;
    private final Supplier<Configured> configured;
    /** The groups of each deployed model version ("code/version"): a stored version never changes. */
    private final Map<String, Set<String>> modelGroups = new ConcurrentHashMap<>();

    public CandidateGroups(ModelService models, Supplier<WorkflowEngine> engine, AccountService accounts,
                           Supplier<Configured> configured) {
        this.models = models;
        this.engine = engine;
        this.accounts = accounts;
        this.configured = configured;
    }

    /** Every known group: the configured ones first in their order, then the others by id. */
    public List<KnownGroup> known() {
        Map<String, String> names = configured.get().names();
        Map<String, Set<Source>> sources = new LinkedHashMap<>();
        names.keySet().forEach(id -> sources.computeIfAbsent(id, k -> EnumSet.noneOf(Source.class)).add(Source.CONFIGURED));
        Map<String, Set<Source>> others = new java.util.TreeMap<>();
        for (DeployedWorkflow workflow : engine.get().latestDeployments()) {
            deployedGroups(workflow).forEach(id -> add(sources, others, id, Source.DEPLOYED));
        }
        accounts.list().stream().flatMap(a -> a.grants().stream()).map(Grant::groups).flatMap(List::stream)
                .forEach(id -> add(sources, others, id, Source.ACCOUNTS));
        sources.putAll(others);
        List<KnownGroup> known = new ArrayList<>();
        sources.forEach((id, from) -> known.add(new KnownGroup(id, names.get(id), List.copyOf(from))));
        return known;
    }

    private static void add(Map<String, Set<Source>> configured, Map<String, Set<Source>> others, String id,
                            Source source) {
        (configured.containsKey(id) ? configured : others).computeIfAbsent(id, k -> EnumSet.noneOf(Source.class))
                .add(source);
    }

    private Set<String> deployedGroups(DeployedWorkflow workflow) {
        return modelGroups.computeIfAbsent(workflow.procedureCode() + "/" + workflow.modelVersion(), key -> {
            try {
                byte[] xml = models.get(workflow.procedureCode(), ModelKind.TO_BE, workflow.modelVersion()).xml();
                return Set.copyOf(new BpmnReader().read(xml).candidateGroups());
            } catch (NotFoundException gone) {
                return Set.of();
            }
        });
    }
}

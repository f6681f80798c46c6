package procedo.modeler.model;

import java.util.Set;

/**
 * How much a lint finding weighs, as the browser modeler's rule set says ({@code frontend/.bpmnlintrc}: bpmnlint's
 * recommended rules with {@code label-required} lowered to a warning, and {@code procedo/applicant-lane} a
 * warning): an error stops a deployment, a warning needs a reason.
 */
public enum LintSeverity {
    ERROR, WARNING;

    private static final Set<String> WARNINGS = Set.of(BpmnLint.LABEL_REQUIRED, BpmnLint.FAKE_JOIN,
            BpmnLint.SUPERFLUOUS_GATEWAY, BpmnLint.APPLICANT_LANE);

    /** The weight of a finding of {@code rule}; rules not known as warnings are errors. */
    public static LintSeverity of(String rule) {
        return WARNINGS.contains(rule) ? WARNING : ERROR;
    }
}

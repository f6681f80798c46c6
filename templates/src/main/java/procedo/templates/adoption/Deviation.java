package procedo.templates.adoption;

/**
 * One way a locality's package differs from the current national standard.
 *
 * @param subject the id or name of what differs (a component, a fee, the processing time)
 */
public record Deviation(Kind kind, String subject, String standard, String local) {

    /** The kinds of deviation, from the most to the least burdensome for applicants. */
    public enum Kind {
        EXTRA_DOCUMENT, LONGER_TIME, HIGHER_FEE, EXTRA_FIELD, OUTDATED_VERSION, OTHER_AGENCY, LOWER_FEE,
        SHORTER_TIME, FEWER_DOCUMENTS, FEWER_FIELDS, LOCAL_HELP_TEXT;

        /** Whether applicants in the locality bear more than the standard asks. */
        public boolean burdensome() {
            return this == EXTRA_DOCUMENT || this == LONGER_TIME || this == HIGHER_FEE || this == EXTRA_FIELD;
        }
    }
}

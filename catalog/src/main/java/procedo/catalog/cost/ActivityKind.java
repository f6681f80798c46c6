package procedo.catalog.cost;

/** What an applicant's activity is, so that measures such as full online delivery can act on it. */
public enum ActivityKind {
    INFORMATION, PREPARE, COPY, TRAVEL, WAIT, SUBMIT, PAY, RECEIVE, OTHER
}

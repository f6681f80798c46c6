package procedo.catalog.cost;

/** What an applicant does in one step of complying with a procedure; it groups cost lines in reports. */
public enum ActivityKind {
    INFORMATION, PREPARE, COPY, TRAVEL, WAIT, SUBMIT, PAY, RECEIVE, OTHER
}

package procedo.engine;

/**
 * Which open tasks to list; null members do not filter.
 *
 * @param group    a candidate group (agency or role)
 * @param assignee tasks claimed by this user
 * @param caseId   the tasks of one case
 * @param limit    at most this many (1 to 1000)
 */
public record TaskFilter(String procedureCode, String locality, String group, String assignee, String caseId,
                         int limit) {
}

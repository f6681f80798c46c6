package procedo.modeler.simulation;

import java.util.ArrayList;
import java.util.List;

/**
 * The elements of a model that a run's parameters name: its tasks (with the role that performs them by default), the
 * sequence flows leaving its gateways that take a probability, and its roles.
 *
 * @param tasks    every task, automated ones included
 * @param branches every sequence flow leaving an exclusive, inclusive or event-based gateway
 * @param roles    every lane (or pool without lanes)
 */
public record ModelElements(List<Task> tasks, List<Branch> branches, List<Role> roles) {

    /** How a gateway chooses among its flows. */
    public enum Choice { EXCLUSIVE, INCLUSIVE, EVENT_BASED }

    /** A task: {@code applicant} when the applicant performs it (a task of the applicant's lane). */
    public record Task(String id, String name, String type, String role, boolean applicant) {
    }

    /** A flow leaving a gateway: the gateway, how it chooses, and the element the flow leads to. */
    public record Branch(String flowId, String name, String gatewayId, String gatewayName, Choice choice,
                         String targetId) {
    }

    /** A role: {@code applicant} for the applicant's lane. */
    public record Role(String id, String name, boolean applicant) {
    }

    public ModelElements {
        tasks = List.copyOf(tasks);
        branches = List.copyOf(branches);
        roles = List.copyOf(roles);
    }

    static ModelElements of(ProcessGraph graph) {
        List<Task> tasks = new ArrayList<>();
        for (int node = 0; node < graph.size(); node++) {
            if (graph.kind(node) == ProcessGraph.TASK) {
                int role = graph.roleOf.get(node);
                tasks.add(new Task(graph.ids.get(node), graph.label(node), graph.types.get(node),
                        role < 0 ? null : graph.roles.get(role).id(), graph.isApplicant(node)));
            }
        }
        List<Branch> branches = new ArrayList<>();
        for (int flow = 0; flow < graph.flows(); flow++) {
            int source = graph.flowSource.get(flow);
            Choice choice = switch (graph.kind(source)) {
                case ProcessGraph.EXCLUSIVE -> Choice.EXCLUSIVE;
                case ProcessGraph.INCLUSIVE -> Choice.INCLUSIVE;
                case ProcessGraph.EVENT_BASED -> Choice.EVENT_BASED;
                default -> null;
            };
            if (choice != null) {
                branches.add(new Branch(graph.flowIds.get(flow), graph.flowLabel(flow), graph.ids.get(source),
                        graph.label(source), choice, graph.ids.get(graph.flowTarget.get(flow))));
            }
        }
        List<Role> roles = graph.roles.stream().map(r -> new Role(r.id(), r.name(), r.applicant())).toList();
        return new ModelElements(tasks, branches, roles);
    }
}

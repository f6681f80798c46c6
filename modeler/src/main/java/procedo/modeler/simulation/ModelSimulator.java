package procedo.modeler.simulation;

import org.w3c.dom.Document;
import procedo.engine.calendar.HolidayCalendar;
import procedo.modeler.model.BpmnReader;

/**
 * Simulates a BPMN model: reads and checks it, takes its BPSim parameters, puts the given ones on top, fills in the
 * defaults ({@link SimulationDefaults}), refuses bad parameters and unsound models naming the element, and runs.
 * Holds no state between runs.
 */
public final class ModelSimulator {

    private final HolidayCalendar calendar;
    private final BpmnReader reader = new BpmnReader();

    public ModelSimulator(HolidayCalendar calendar) {
        this.calendar = calendar;
    }

    /** Runs {@code xml} with {@code given} over its own BPSim parameters. */
    public SimulationResult simulate(byte[] xml, SimulationParameters given) {
        Document document = reader.read(xml).copy();
        ProcessGraph graph = ProcessGraph.read(document);
        SimulationParameters stored = BpsimFormat.read(document);
        SimulationParameters resolved = SimulationDefaults.resolve(graph, given.over(stored));
        return new Simulator(graph, resolved, calendar).run();
    }

    /** The BPSim parameters that {@code xml} carries (none when it has no BPSim scenario). */
    public SimulationParameters parameters(byte[] xml) {
        return BpsimFormat.read(reader.read(xml).copy());
    }

    /** {@code xml} carrying {@code parameters} as its BPSim scenario, in place of any scenario it had. */
    public byte[] withParameters(byte[] xml, SimulationParameters parameters) {
        Document document = reader.read(xml).copy();
        BpsimFormat.write(document, parameters);
        return BpsimFormat.serialize(document);
    }
}

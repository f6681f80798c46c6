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
        return simulate(prepare(xml), given);
    }

    /** Reads and checks a model once, for several runs. */
    public PreparedModel prepare(byte[] xml) {
        Document document = reader.read(xml).copy();
        return new PreparedModel(ProcessGraph.read(document), BpsimFormat.read(document));
    }

    /** Runs a prepared model with {@code given} over its own BPSim parameters. */
    public SimulationResult simulate(PreparedModel model, SimulationParameters given) {
        return new Simulator(model.graph, resolve(model, given), calendar).run();
    }

    /**
     * Every parameter a run of {@code model} with {@code given} uses: the given ones over the model's own, the rest
     * from the defaults; bad ones refused naming the element.
     */
    public SimulationParameters resolve(PreparedModel model, SimulationParameters given) {
        return SimulationDefaults.resolve(model.graph, given.over(model.parameters));
    }

    /** The tasks, branches and roles of a prepared model. */
    public ModelElements elements(PreparedModel model) {
        return ModelElements.of(model.graph);
    }

    /** A model read and checked, with its own BPSim parameters; immutable once made. */
    public static final class PreparedModel {
        private final ProcessGraph graph;
        private final SimulationParameters parameters;

        private PreparedModel(ProcessGraph graph, SimulationParameters parameters) {
            this.graph = graph;
            this.parameters = parameters;
        }

        /** The model's own BPSim parameters. */
        public SimulationParameters parameters() {
            return parameters;
        }
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

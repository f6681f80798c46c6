/**
 * Discrete-event simulation of a procedure's BPMN model: its parameters (read and written as BPSim 2.0 extension
 * elements), the simulator on the working-day calendar, the results, and the stored runs of each model version.
 */
package procedo.modeler.simulation;

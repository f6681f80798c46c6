/** Simulation over HTTP: running a procedure's model with parameters, and reading the stored runs. */
package procedo.modeler.web.simulation;

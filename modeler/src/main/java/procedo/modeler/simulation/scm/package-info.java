/**
 * The applicant's simulated burden turned into the Standard Cost Model: the applicant's tasks of an as-is and a to-be
 * run become the procedure's SCM activities, marked as coming from those runs.
 */
package procedo.modeler.simulation.scm;

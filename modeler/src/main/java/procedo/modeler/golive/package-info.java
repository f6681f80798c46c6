/**
 * Going live in stages: each procedure's workflow moves from design through test and a pilot in named provinces to
 * the national rollout, every move recorded with who and when; the rules each stage sets on deployments and new
 * cases; and the pilot comparison, the pilot provinces against the rest and against their own figures before.
 */
package procedo.modeler.golive;

/**
 * The observatory of public-service quality: every procedure with its figures (volume, online share, on-time rate,
 * compliance cost per dossier, and the columns still waiting for their data), each figure with where it comes from,
 * rated against configurable colour thresholds, with its monthly trend of cases.
 */
package procedo.modeler.observatory;

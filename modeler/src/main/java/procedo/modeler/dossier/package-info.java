/**
 * Dossier identity: the human dossier number each case gets at intake, the applicant's name, who received it, and
 * the look-up code with which the applicant follows it on the public status page.
 */
package procedo.modeler.dossier;

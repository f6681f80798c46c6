/**
 * Digitisation and satisfaction of received dossiers: how each dossier component was handed in and how the result was
 * issued, the applicant's rating of the service, and the shares and scores measured from them per procedure and
 * locality beside the national reference figures.
 */
package procedo.modeler.digitisation;

/** The dossiers' media, results and ratings in the database (tables dossier_intake, dossier_media, dossier_ratings). */
package procedo.modeler.digitisation.persistence;

/** The routes of dossiers' digitisation and the applicants' ratings: result media, ratings, a procedure's figures. */
package procedo.modeler.web.digitisation;

/** The procedure catalog: procedures with their dossier components and fees, and the repository that keeps them. */
package procedo.catalog.procedure;

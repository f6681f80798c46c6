/** The template package: procedure data, dossier components and form templates with sections and fields. */
package procedo.templates.model;

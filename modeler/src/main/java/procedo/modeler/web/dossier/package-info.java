/** Dossier identity over HTTP: the receipt and appointment slip (JSON and DOCX) and the public status look-up. */
package procedo.modeler.web.dossier;

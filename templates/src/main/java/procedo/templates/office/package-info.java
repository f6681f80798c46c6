/** Printable forms (DOCX) with Apache POI XWPF. */
package procedo.templates.office;

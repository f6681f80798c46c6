/** The receipt and appointment slip as a Word document (POI XWPF). */
package procedo.modeler.dossier.office;

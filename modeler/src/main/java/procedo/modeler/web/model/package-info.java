/** BPMN models over HTTP: versioned upload with optimistic locking, download, analysis and as-is/to-be comparison. */
package procedo.modeler.web.model;

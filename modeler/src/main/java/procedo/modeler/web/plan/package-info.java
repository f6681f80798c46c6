/** Simplification plans over HTTP: creation, the approval workflow, before/after previews, suggestions, savings. */
package procedo.modeler.web.plan;

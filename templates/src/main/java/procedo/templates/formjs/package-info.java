/** bpmn.io form-js schemas of form templates. */
package procedo.templates.formjs;

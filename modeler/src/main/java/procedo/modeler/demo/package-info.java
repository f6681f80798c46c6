/** The demo BPMN models, stored with the demo catalog when a new database starts. */
package procedo.modeler.demo;

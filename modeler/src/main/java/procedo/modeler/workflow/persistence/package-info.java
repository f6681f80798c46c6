/** What Procedo keeps beside the engine's deployments in the catalog's database, over jOOQ: the deployment reasons. */
package procedo.modeler.workflow.persistence;

/** The stored model versions in the catalog's database, over jOOQ: the {@code ModelRepository} of the models. */
package procedo.modeler.model.persistence;

/** JSON input shared by the modules: where in a document a mapping problem is. */
package procedo.catalog.json;

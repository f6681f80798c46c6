/** What the observatory reads from the catalog's database over jOOQ: the usage figures of every procedure at once. */
package procedo.modeler.observatory.persistence;

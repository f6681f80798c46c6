/** The procedure catalog: its storage, reference data, compliance cost and priority ranking. */
package procedo.catalog;

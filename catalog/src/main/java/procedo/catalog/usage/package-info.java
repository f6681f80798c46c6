/** Usage statistics: dossiers per procedure, locality and year, imported, estimated or measured. */
package procedo.catalog.usage;

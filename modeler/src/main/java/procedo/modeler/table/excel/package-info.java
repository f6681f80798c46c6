/** A table exported as a one-sheet workbook (POI): a header row and value cells, never a formula. */
package procedo.modeler.table.excel;

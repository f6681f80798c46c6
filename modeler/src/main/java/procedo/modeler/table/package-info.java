/**
 * The tables people export from the pages: a table's rows as values (text or numbers, never formulas) and their CSV
 * form; the workbook form lives in {@code excel}.
 */
package procedo.modeler.table;

/**
 * Reading packages (JSON here, workbooks in ..excel) and the format-independent validation: every problem is collected
 * in the shared {@code Problems} at its cell or JSON path and read back as located errors in the reader's language.
 */
package procedo.templates.load;

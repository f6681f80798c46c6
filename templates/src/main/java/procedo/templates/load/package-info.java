/** Reading packages (JSON here, workbooks in ..excel) with located errors, and the format-independent validation. */
package procedo.templates.load;

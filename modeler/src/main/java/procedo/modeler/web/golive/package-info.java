/** Going live in stages over HTTP: a procedure's stage with its history, moving it, and the pilot comparison. */
package procedo.modeler.web.golive;

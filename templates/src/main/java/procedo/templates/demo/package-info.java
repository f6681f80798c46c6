/** Demo template packages and adoptions loaded on first start. */
package procedo.templates.demo;

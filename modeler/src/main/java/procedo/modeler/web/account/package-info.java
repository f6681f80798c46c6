/** The routes of signing in and out, one's own account and API tokens, and the administration of users. */
package procedo.modeler.web.account;

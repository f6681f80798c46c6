/** Who acts in Procedo: user accounts, their roles and the identity recorded beside every change. */
package procedo.catalog.account;

/** The Standard Cost Model: an applicant's activities, the tariff and the volume give the compliance cost. */
package procedo.catalog.cost;

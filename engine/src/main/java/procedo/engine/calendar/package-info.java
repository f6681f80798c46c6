/**
 * Working days and legal deadlines: the Vietnamese public holidays, the days moved by the Government (nghỉ bù /
 * làm bù), and the due instant of a dossier whose processing time is a number of working days. Lunar holidays
 * are dated per year in the holiday file; nothing here computes lunar dates. Uses only the JDK.
 */
package procedo.engine.calendar;

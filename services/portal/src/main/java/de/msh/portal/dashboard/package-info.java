/**
 * The managers' dashboard ("Auswertung"): the portfolio, the money over time by programme and the Masterplan 2038
 * progress with targets, trend and forecast, now or as of any earlier day, with the event positions it reflects.
 */
@NullMarked
package de.msh.portal.dashboard;

import org.jspecify.annotations.NullMarked;

/** Applies funding events to the grant rows and answers the money views. */
@NullMarked
package de.msh.reporting.money.application;

import org.jspecify.annotations.NullMarked;

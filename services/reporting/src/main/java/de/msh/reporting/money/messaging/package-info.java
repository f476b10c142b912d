/** The consumer of msh.funding.events. */
@NullMarked
package de.msh.reporting.money.messaging;

import org.jspecify.annotations.NullMarked;

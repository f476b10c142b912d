/** The start page: the portfolio by phase and field and the money by programme, for everyone signed in. */
@NullMarked
package de.msh.portal.start;

import org.jspecify.annotations.NullMarked;

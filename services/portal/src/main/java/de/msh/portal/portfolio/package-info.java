/** The steering office's pages: the portfolio board, a project's page, registering and editing, phase changes. */
@NullMarked
package de.msh.portal.portfolio;

import org.jspecify.annotations.NullMarked;

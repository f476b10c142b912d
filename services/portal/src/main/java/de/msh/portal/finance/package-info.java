/** Finance staff's pages: programmes, grants and their lifecycle, statements and reconciliation. */
@NullMarked
package de.msh.portal.finance;

import org.jspecify.annotations.NullMarked;

/**
 * Status reports in the portal: the list with the event positions each reflects, drafting one as of a day, its
 * preview, the manager's assessment, publishing, and its files.
 */
@NullMarked
package de.msh.portal.reports;

import org.jspecify.annotations.NullMarked;

/** What every page shares: German formats and messages, the error pages, the layout's model. */
@NullMarked
package de.msh.portal.web;

import org.jspecify.annotations.NullMarked;

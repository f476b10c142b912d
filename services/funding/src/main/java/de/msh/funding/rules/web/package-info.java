/** Shows the rules the system applies. */
@NullMarked
package de.msh.funding.rules.web;

import org.jspecify.annotations.NullMarked;

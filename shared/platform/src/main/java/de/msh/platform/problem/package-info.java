/** RFC 9457 problem details for every error: one type URI per rule, written by the advice and by the security filters. */
@NullMarked
package de.msh.platform.problem;

import org.jspecify.annotations.NullMarked;

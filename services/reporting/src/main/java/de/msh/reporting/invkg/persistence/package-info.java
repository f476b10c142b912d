@NullMarked
package de.msh.reporting.invkg.persistence;

import org.jspecify.annotations.NullMarked;

@NullMarked
package de.msh.reporting.invkg.domain;

import org.jspecify.annotations.NullMarked;

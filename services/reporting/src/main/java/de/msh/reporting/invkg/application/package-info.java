@NullMarked
package de.msh.reporting.invkg.application;

import org.jspecify.annotations.NullMarked;

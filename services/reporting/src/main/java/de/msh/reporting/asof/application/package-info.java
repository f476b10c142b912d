@NullMarked
package de.msh.reporting.asof.application;

import org.jspecify.annotations.NullMarked;

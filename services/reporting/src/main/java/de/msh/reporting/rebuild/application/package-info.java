@NullMarked
package de.msh.reporting.rebuild.application;

import org.jspecify.annotations.NullMarked;

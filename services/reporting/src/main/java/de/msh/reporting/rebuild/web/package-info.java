@NullMarked
package de.msh.reporting.rebuild.web;

import org.jspecify.annotations.NullMarked;

@NullMarked
package de.msh.reporting.asof.web;

import org.jspecify.annotations.NullMarked;

/** The catalogue import over HTTP. */
@NullMarked
package de.msh.studies.catalogue.web;

import org.jspecify.annotations.NullMarked;

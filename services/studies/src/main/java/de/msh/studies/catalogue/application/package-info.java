/** Checks catalogue rows and applies them as registrations and updates of studies. */
@NullMarked
package de.msh.studies.catalogue.application;

import org.jspecify.annotations.NullMarked;

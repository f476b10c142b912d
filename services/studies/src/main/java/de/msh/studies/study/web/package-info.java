/** Studies over HTTP: writes for the steering office and admins, reads for all staff. */
@NullMarked
package de.msh.studies.study.web;

import org.jspecify.annotations.NullMarked;

/** Status reports over HTTP: managers, the steering office and admins write; every staff role reads. */
@NullMarked
package de.msh.reporting.statusreport.web;

import org.jspecify.annotations.NullMarked;

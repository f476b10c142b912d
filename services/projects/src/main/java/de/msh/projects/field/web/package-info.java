/** The strategic fields over HTTP, for forms and filters. */
@NullMarked
package de.msh.projects.field.web;

import org.jspecify.annotations.NullMarked;

/** The project aggregate, its phases and rules; no web, messaging or security types. */
@NullMarked
package de.msh.projects.project.domain;

import org.jspecify.annotations.NullMarked;

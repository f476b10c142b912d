/** REST under /api/projects, its request and response records. */
@NullMarked
package de.msh.projects.project.web;

import org.jspecify.annotations.NullMarked;

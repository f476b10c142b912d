/** Use cases: load a project, call one aggregate method, save. */
@NullMarked
package de.msh.projects.project.application;

import org.jspecify.annotations.NullMarked;

/** The steering office's use cases on studies; each changes one study with one save. */
@NullMarked
package de.msh.studies.study.application;

import org.jspecify.annotations.NullMarked;

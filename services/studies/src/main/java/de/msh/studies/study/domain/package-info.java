/** The study aggregate, its status and recommendation rules; no web, messaging or security types. */
@NullMarked
package de.msh.studies.study.domain;

import org.jspecify.annotations.NullMarked;

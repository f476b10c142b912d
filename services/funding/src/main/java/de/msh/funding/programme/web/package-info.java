/** The programmes over HTTP, with what is left of each envelope. */
@NullMarked
package de.msh.funding.programme.web;

import org.jspecify.annotations.NullMarked;

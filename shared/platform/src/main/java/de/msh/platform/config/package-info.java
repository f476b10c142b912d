/** Defaults every service starts with, lowest in precedence so that a service can override any of them. */
@NullMarked
package de.msh.platform.config;

import org.jspecify.annotations.NullMarked;

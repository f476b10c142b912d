/**
 * The two shapes in which a service's domain refuses a change: a rule its state forbids, and input that breaks a rule
 * of its own. Plain exceptions, free of web types, so the domain may throw them; {@code ProblemDetailsAdvice} answers
 * every service's subclasses the same way, each service keeping its own slugs.
 */
@NullMarked
package de.msh.platform.rule;

import org.jspecify.annotations.NullMarked;

/** Statements and reconciliation over HTTP. */
@NullMarked
package de.msh.funding.statement.web;

import org.jspecify.annotations.NullMarked;

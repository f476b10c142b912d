/**
 * Rebuilding every read model from offset zero into a new space while the active one keeps answering, then making
 * the new one active.
 */
@NullMarked
package de.msh.reporting.rebuild;

import org.jspecify.annotations.NullMarked;

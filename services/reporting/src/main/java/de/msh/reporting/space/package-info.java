/**
 * Where the read models live: a space is a set of read-model collections under one name prefix. Queries and the live
 * consumers use the active space; a rebuild fills a new space from offset zero while the active one keeps answering,
 * then makes it the active one. Each space knows which event positions its rows reflect.
 */
@NullMarked
package de.msh.reporting.space;

import org.jspecify.annotations.NullMarked;

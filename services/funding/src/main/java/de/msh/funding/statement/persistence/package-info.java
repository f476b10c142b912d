/** Where statements are kept. */
@NullMarked
package de.msh.funding.statement.persistence;

import org.jspecify.annotations.NullMarked;

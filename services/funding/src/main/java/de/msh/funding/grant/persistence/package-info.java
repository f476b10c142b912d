/** Grant queries and indexes in MongoDB. */
@NullMarked
package de.msh.funding.grant.persistence;

import org.jspecify.annotations.NullMarked;

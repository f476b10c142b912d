/** Grants over HTTP: writes for finance and admins, reads for all staff. */
@NullMarked
package de.msh.funding.grant.web;

import org.jspecify.annotations.NullMarked;

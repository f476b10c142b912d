/** A grant (Zuwendung) from application to decision, and the envelope it draws on. */
@NullMarked
package de.msh.funding.grant;

import org.jspecify.annotations.NullMarked;

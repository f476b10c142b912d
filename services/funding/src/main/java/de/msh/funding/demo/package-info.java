/** Demo grants and a demo bank statement for a local stack; never on in production. */
@NullMarked
package de.msh.funding.demo;

import org.jspecify.annotations.NullMarked;

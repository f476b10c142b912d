/** The document store's durability soak: writes while the store process is stopped and killed, then checks. */
@NullMarked
package de.msh.local.soak;

import org.jspecify.annotations.NullMarked;

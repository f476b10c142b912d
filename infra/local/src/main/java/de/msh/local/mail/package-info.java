/** The local stack's mail server: SMTP that keeps every message, and a web view of what was sent. */
@NullMarked
package de.msh.local.mail;

import org.jspecify.annotations.NullMarked;

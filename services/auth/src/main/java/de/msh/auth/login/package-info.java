/** The login page people see first, German and in the portal's look (KERN). */
@NullMarked
package de.msh.auth.login;

import org.jspecify.annotations.NullMarked;

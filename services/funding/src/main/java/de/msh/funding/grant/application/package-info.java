/** Finance staff's use cases on grants. */
@NullMarked
package de.msh.funding.grant.application;

import org.jspecify.annotations.NullMarked;

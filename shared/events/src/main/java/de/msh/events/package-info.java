/**
 * The published language of the platform: immutable event records, the CloudEvents envelope that carries them,
 * the registry that maps versioned type names to records, and the topic names.
 */
@NullMarked
package de.msh.events;

import org.jspecify.annotations.NullMarked;

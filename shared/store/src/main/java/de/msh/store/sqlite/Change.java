package de.msh.store.sqlite;

import org.jspecify.annotations.Nullable;

/**
 * One change to the file, recorded while a command runs and written when it ends. Each carries a number from one
 * counter, taken while the collection was locked, so that two commands writing the same document are written in
 * the order they changed it, whichever of them ends first.
 */
sealed interface Change {

    long order();

    /** A document stored at a position of a collection, as its BSON bytes at the time of the change. */
    record Put(long order, String database, String collection, int position, byte[] document) implements Change {}

    /** A document removed from a position. */
    record Remove(long order, String database, String collection, int position) implements Change {}

    /** Every document of a collection removed (a drop), or of a whole database when {@code collection} is null. */
    record Clear(long order, String database, @Nullable String collection) implements Change {}

    /** A collection moved to another name, possibly in another database. */
    record Rename(long order, String database, String collection, String newDatabase, String newCollection)
            implements Change {}
}

package de.msh.store.sqlite;

/** Where collections record their changes while a command runs. */
interface Journal {

    /** The next number in the one order all changes are written in. */
    long nextOrder();

    void record(Change change);
}

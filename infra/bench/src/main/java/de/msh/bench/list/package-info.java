/**
 * The project-list figure: the projects service as the local stack runs it (its own small JVM on the SQLite store),
 * filled with a portfolio through its API, then offered a fixed rate of list reads beside a trivial endpoint.
 */
package de.msh.bench.list;

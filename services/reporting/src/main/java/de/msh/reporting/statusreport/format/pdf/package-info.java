/**
 * Tagged PDF (PDF/UA-1) written directly on PDFBox: the document with its structure tree, and a flow that lays out
 * headings, paragraphs, lists, tables and figures page by page.
 */
@NullMarked
package de.msh.reporting.statusreport.format.pdf;

import org.jspecify.annotations.NullMarked;

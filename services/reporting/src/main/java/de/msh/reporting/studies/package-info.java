/** What became of the studies' recommendations: adopted, realised, rejected, and the realisation rate per field. */
@NullMarked
package de.msh.reporting.studies;

import org.jspecify.annotations.NullMarked;

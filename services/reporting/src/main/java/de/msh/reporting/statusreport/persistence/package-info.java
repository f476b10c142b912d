/** Reports in MongoDB, their files in GridFS, the traffic-light rules from reference data. */
@NullMarked
package de.msh.reporting.statusreport.persistence;

import org.jspecify.annotations.NullMarked;

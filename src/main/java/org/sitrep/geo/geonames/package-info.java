/**
 * The GeoNames gazetteer on Lucene (dump reader, index builder, installer); the only package importing
 * {@code org.apache.lucene.*}.
 */
package org.sitrep.geo.geonames;

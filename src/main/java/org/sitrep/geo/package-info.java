/**
 * Toponym recognition and resolution: {@link org.sitrep.geo.GeoStage} turns an annotated text into resolved places
 * through the {@link org.sitrep.geo.Gazetteer} port; offsets are Unicode code points, end exclusive.
 */
package org.sitrep.geo;

package org.sitrep.fuse;

import org.sitrep.model.GreatCircle;

import java.util.ArrayList;
import java.util.List;

/**
 * A fixed latitude/longitude grid of {@value #DEGREES}-degree cells used to block spatial matching: a cell is
 * {@code row * 1000 + column}, rows counted from the south pole, columns eastwards from the antimeridian. Stateless.
 */
public final class GridCells {
    /** Cell size in degrees. */
    public static final double DEGREES = 0.5;
    private static final double KM_PER_DEGREE = 111.2;
    private static final int COLUMNS = (int) (360 / DEGREES);
    private static final int ROWS = (int) (180 / DEGREES);

    private GridCells() {
    }

    /** The cell holding a point (latitude -90..90, longitude -180..180 degrees). */
    public static long cell(double latitude, double longitude) {
        return (long) row(latitude) * 1000 + column(longitude);
    }

    /** Every cell holding a point within {@code km} kilometres of the given point (a superset; wraps at 180°). */
    public static List<Long> around(double latitude, double longitude, double km) {
        int row = row(latitude);
        int column = column(longitude);
        int dr = (int) Math.ceil(km / (KM_PER_DEGREE * DEGREES));
        double worstLatitude = Math.min(89.0, Math.abs(latitude) + dr * DEGREES);
        double kmPerColumn = KM_PER_DEGREE * DEGREES * Math.cos(Math.toRadians(worstLatitude));
        int dc = Math.min(COLUMNS / 2, (int) Math.ceil(km / kmPerColumn));
        List<Long> cells = new ArrayList<>();
        for (int r = Math.max(0, row - dr); r <= Math.min(ROWS - 1, row + dr); r++) {
            for (int c = column - dc; c <= column + dc; c++) {
                cells.add((long) r * 1000 + Math.floorMod(c, COLUMNS));
            }
        }
        return 2 * dc + 1 >= COLUMNS ? cells.stream().distinct().toList() : cells;
    }

    /** Great-circle distance in kilometres (haversine, mean Earth radius 6371 km). */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        return GreatCircle.km(lat1, lon1, lat2, lon2);
    }

    private static int row(double latitude) {
        return Math.min(ROWS - 1, (int) Math.floor((latitude + 90) / DEGREES));
    }

    private static int column(double longitude) {
        return Math.floorMod((int) Math.floor((longitude + 180) / DEGREES), COLUMNS);
    }
}

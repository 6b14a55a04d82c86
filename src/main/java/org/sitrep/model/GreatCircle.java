package org.sitrep.model;

/** Great-circle distance by the haversine formula on a sphere of radius 6371 km. Stateless. */
public final class GreatCircle {
    /** Mean Earth radius in km. */
    public static final double EARTH_RADIUS_KM = 6371;

    private GreatCircle() {
    }

    /** Distance in km between two points given in degrees. */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dLat = p2 - p1;
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(p1) * Math.cos(p2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}

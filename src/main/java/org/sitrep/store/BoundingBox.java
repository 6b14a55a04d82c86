package org.sitrep.store;

/** A longitude/latitude rectangle in decimal degrees (WGS 84), west <= east (no antimeridian crossing). */
public record BoundingBox(double west, double south, double east, double north) {
    public BoundingBox {
        if (west > east || south > north || south < -90 || north > 90 || west < -180 || east > 180) {
            throw new IllegalArgumentException("bounding box must be west,south,east,north within -180..180, -90..90");
        }
    }

    /** Parses "west,south,east,north". */
    public static BoundingBox parse(String text) {
        String[] p = text.split(",");
        if (p.length != 4) {
            throw new IllegalArgumentException("bounding box must be west,south,east,north: '" + text + "'");
        }
        try {
            return new BoundingBox(Double.parseDouble(p[0].strip()), Double.parseDouble(p[1].strip()),
                    Double.parseDouble(p[2].strip()), Double.parseDouble(p[3].strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bounding box must be four numbers: '" + text + "'");
        }
    }

    public boolean contains(double latitude, double longitude) {
        return latitude >= south && latitude <= north && longitude >= west && longitude <= east;
    }
}

// A small TopoJSON decoder: turns one GeometryCollection of (Multi)Polygons of a topology into GeoJSON features.
// Handles quantized, delta-encoded arcs (a topology with a "transform") and plain ones. Other geometry types are skipped.

/** The arcs of a topology as arrays of [lon, lat] positions. */
function decodeArcs(topology) {
  const t = topology.transform;
  return topology.arcs.map(arc => {
    if (!t) {
      return arc.map(p => [p[0], p[1]]);
    }
    let x = 0;
    let y = 0;
    return arc.map(p => {
      x += p[0];
      y += p[1];
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
  });
}

/** One ring from arc indexes; a negative index ~i means arc i reversed; joined arcs share their end point. */
function ring(indexes, arcs) {
  const points = [];
  for (const i of indexes) {
    const arc = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
    for (let k = points.length === 0 ? 0 : 1; k < arc.length; k++) {
      points.push(arc[k]);
    }
  }
  return points;
}

/**
 * A ring that crosses the antimeridian (Natural Earth cuts rings there, so such a ring jumps from +180 to -180)
 * continues past +180 instead, so that it is not drawn across the whole map.
 */
function unwrap(points) {
  let min = Infinity;
  let max = -Infinity;
  for (const p of points) {
    min = Math.min(min, p[0]);
    max = Math.max(max, p[0]);
  }
  return max - min > 180 ? points.map(p => (p[0] < 0 ? [p[0] + 360, p[1]] : p)) : points;
}

function polygon(rings, arcs) {
  return rings.map(r => unwrap(ring(r, arcs)));
}

function geometry(g, arcs) {
  if (g.type === 'Polygon') {
    return { type: 'Polygon', coordinates: polygon(g.arcs, arcs) };
  }
  if (g.type === 'MultiPolygon') {
    return { type: 'MultiPolygon', coordinates: g.arcs.map(p => polygon(p, arcs)) };
  }
  return null;
}

/** The named object of a topology as a GeoJSON FeatureCollection (polygons only). */
export function features(topology, name) {
  const object = topology.objects[name];
  if (!object || object.type !== 'GeometryCollection') {
    throw new Error('no geometry collection "' + name + '" in the topology');
  }
  const arcs = decodeArcs(topology);
  const out = [];
  for (const g of object.geometries) {
    const geo = geometry(g, arcs);
    if (geo) {
      out.push({ type: 'Feature', id: g.id, properties: g.properties || {}, geometry: geo });
    }
  }
  return { type: 'FeatureCollection', features: out };
}

/** A point to label a feature at: the area-weighted centroid of its largest outer ring (planar, in degrees). */
export function labelPoint(feature) {
  const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  let best = null;
  let bestArea = 0;
  for (const p of polygons) {
    const r = p[0];
    let a = 0;
    let cx = 0;
    let cy = 0;
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const f = r[j][0] * r[i][1] - r[i][0] * r[j][1];
      a += f;
      cx += (r[j][0] + r[i][0]) * f;
      cy += (r[j][1] + r[i][1]) * f;
    }
    if (Math.abs(a) > bestArea) {
      bestArea = Math.abs(a);
      best = [cy / (3 * a), cx / (3 * a)];
    }
  }
  return best ? { lat: best[0], lng: best[1], area: bestArea / 2 } : null;
}

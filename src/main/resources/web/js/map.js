// The Leaflet map: Natural Earth countries as the basemap (no tiles, works offline), clustered event markers coloured
// by event type, country labels, and the territorial-control layer. Leaflet (L) and Leaflet.markercluster are globals.
import { el } from './dom.js';
import { features, labelPoint } from './topojson.js';
import { TYPE_COLOURS, typeIndex } from './api.js';

const ATTRIBUTION = 'Events: Sitrep · Places: <a href="https://www.geonames.org/" rel="noopener">GeoNames</a>'
  + ' (CC BY 4.0) · Basemap: <a href="https://www.naturalearthdata.com/" rel="noopener">Natural Earth</a>';
const WORLD = [[-50, -150], [70, 160]];

export class EventMap {
  /** @param onSelect called with an event id when a marker is clicked */
  constructor(container, onSelect) {
    this.onSelect = onSelect;
    this.map = L.map(container, {
      zoomControl: false, worldCopyJump: false, minZoom: 2, maxZoom: 12, zoomSnap: 0.5,
      maxBounds: [[-85, -240], [85, 240]], maxBoundsViscosity: 0.8,
    });
    L.control.zoom({ position: 'topright' }).addTo(this.map);
    L.control.scale({ position: 'bottomleft', imperial: false }).addTo(this.map);
    this.map.attributionControl.setPrefix('<a href="https://leafletjs.com/" rel="noopener">Leaflet</a>');
    this.map.attributionControl.addAttribution(ATTRIBUTION);
    this.map.fitBounds(WORLD);
    this.map.createPane('basemap').style.zIndex = 200;
    this.map.createPane('labels').style.zIndex = 350;
    this.map.createPane('control').style.zIndex = 420;
    this.markersById = new Map();
    this.clusters = L.markerClusterGroup({
      maxClusterRadius: zoom => (zoom < 6 ? 50 : 36),
      showCoverageOnHover: false,
      spiderfyOnMaxZoom: true,
      chunkedLoading: true,
      iconCreateFunction: cluster => clusterIcon(cluster),
    });
    this.clusters.addTo(this.map);
    this.controlLayer = L.layerGroup();
    this.countryLabels = L.layerGroup();
    this.map.on('zoomend moveend', () => this.updateLabels());
  }

  /** Loads and draws the basemap (TopoJSON of Natural Earth countries served with the map). */
  async loadBasemap(url) {
    const r = await fetch(url);
    if (!r.ok) {
      throw new Error('basemap: ' + r.status);
    }
    const countries = features(await r.json(), 'countries');
    // Antarctica spans every longitude and no conflict event; leaving it out keeps the Mercator view clean
    countries.features = countries.features.filter(f => f.properties.name !== 'Antarctica');
    L.geoJSON(countries, {
      pane: 'basemap',
      interactive: false,
      style: { color: '#a9a497', weight: 0.7, fillColor: '#f4f1ea', fillOpacity: 1, opacity: 1 },
      renderer: L.svg({ pane: 'basemap', padding: 0.5 }),
    }).addTo(this.map);
    this.labelPoints = countries.features
      .map(f => ({ name: f.properties.name, point: labelPoint(f) }))
      .filter(c => c.name && c.point);
    this.updateLabels();
  }

  /** Country names from zoom 4, the larger countries first; drawn only inside the view. */
  updateLabels() {
    if (!this.labelPoints) {
      return;
    }
    this.countryLabels.clearLayers();
    const zoom = this.map.getZoom();
    if (zoom < 4) {
      this.countryLabels.remove();
      return;
    }
    const minArea = zoom >= 6 ? 0 : zoom >= 5 ? 2 : 10;
    const view = this.map.getBounds().pad(0.2);
    for (const c of this.labelPoints) {
      if (c.point.area >= minArea && view.contains([c.point.lat, c.point.lng])) {
        const span = el('span', null, c.name);
        L.marker([c.point.lat, c.point.lng], {
          pane: 'labels', interactive: false, keyboard: false,
          icon: L.divIcon({ className: 'country-label', html: span, iconSize: null }),
        }).addTo(this.countryLabels);
      }
    }
    this.countryLabels.addTo(this.map);
  }

  /** Replaces the event markers; events without coordinates are left off the map. */
  setEvents(events) {
    this.clusters.clearLayers();
    this.markersById.clear();
    const markers = [];
    for (const e of events) {
      if (typeof e.latitude !== 'number' || typeof e.longitude !== 'number') {
        continue;
      }
      const m = L.marker([e.latitude, e.longitude], {
        icon: eventIcon(e, false), keyboard: true, title: e.location || '', eventType: e.event_type,
      });
      m.on('click', () => this.onSelect(e.id));
      m.bindTooltip(tooltip(e), { direction: 'top', offset: [0, -6], className: 'ev-tip' });
      m.sitrepEvent = e;
      this.markersById.set(e.id, m);
      markers.push(m);
    }
    this.clusters.addLayers(markers);
  }

  /** Zooms to the events shown (a sensible regional view, not closer than zoom 7), or the world when none. */
  fitToEvents() {
    const latLngs = [...this.markersById.values()].map(m => m.getLatLng());
    if (latLngs.length === 0) {
      this.map.fitBounds(WORLD);
      return;
    }
    this.map.fitBounds(L.latLngBounds(latLngs).pad(0.1), { maxZoom: 7, padding: [40, 40] });
  }

  /** Marks one event as selected and brings it into view (unclustering it when needed). */
  select(id) {
    if (this.selected) {
      const old = this.markersById.get(this.selected);
      if (old) old.setIcon(eventIcon(old.sitrepEvent, false));
    }
    this.selected = id;
    const m = this.markersById.get(id);
    if (m) {
      m.setIcon(eventIcon(m.sitrepEvent, true));
      this.clusters.zoomToShowLayer(m, () => this.keepClearOfPanel(m.getLatLng()));
    }
  }

  /** Pans so that a point is not hidden under the event panel (which covers the map's right side). */
  keepClearOfPanel(latLng) {
    const size = this.map.getSize();
    const free = size.x - 450;
    const p = this.map.latLngToContainerPoint(latLng);
    if (free > 200 && (p.x > free - 30 || p.x < 30)) {
      this.map.panBy([p.x - free / 2, 0]);
    }
  }

  /** Shows who held which place ({type: FeatureCollection} from /api/control), coloured by holder. */
  setControl(collection, colourOf) {
    this.controlLayer.clearLayers();
    for (const f of collection.features) {
      const [lon, lat] = f.geometry.coordinates;
      const p = f.properties;
      const m = L.circleMarker([lat, lon], {
        pane: 'control', radius: 9, weight: 3, color: colourOf(p.holder), fillColor: '#ffffff', fillOpacity: 0.85,
      });
      const tip = el('div', 'control-tip');
      tip.append(el('strong', null, p.location), el('div', null, 'held by ' + p.holder),
        el('div', 'muted', 'since ' + p.since + (p.taken_from ? ', taken from ' + p.taken_from : '')));
      m.bindTooltip(tip, { direction: 'top', className: 'ev-tip' });
      m.on('click', () => this.onSelect(p.event_id));
      m.addTo(this.controlLayer);
    }
  }

  showControl(visible) {
    if (visible) {
      this.controlLayer.addTo(this.map);
    } else {
      this.controlLayer.remove();
    }
  }

  invalidateSize() {
    this.map.invalidateSize();
  }
}

function eventIcon(e, selected) {
  return L.divIcon({
    className: 'ev-dot t' + typeIndex(e.event_type) + (selected ? ' selected' : ''),
    html: '', iconSize: selected ? [20, 20] : [14, 14],
  });
}

function tooltip(e) {
  const d = el('div');
  d.append(el('strong', null, e.sub_event_type || e.event_type),
    el('div', null, [e.location, e.country].filter(Boolean).join(', ')),
    el('div', 'muted', (e.event_date || 'date unknown') + (e.fatalities ? ' · ' + e.fatalities + ' killed' : '')));
  return d;
}

/** A cluster: its count inside a ring showing the mix of event types. */
function clusterIcon(cluster) {
  const counts = new Array(TYPE_COLOURS.length).fill(0);
  const children = cluster.getAllChildMarkers();
  for (const m of children) {
    counts[typeIndex(m.options.eventType)]++;
  }
  const stops = [];
  let acc = 0;
  counts.forEach((c, i) => {
    if (c > 0) {
      const start = (acc / children.length) * 360;
      acc += c;
      const end = (acc / children.length) * 360;
      stops.push(TYPE_COLOURS[i] + ' ' + start.toFixed(1) + 'deg ' + end.toFixed(1) + 'deg');
    }
  });
  const n = children.length;
  const size = n < 10 ? 30 : n < 100 ? 38 : n < 1000 ? 46 : 54;
  const ring = el('div', 'cluster-ring');
  ring.style.background = 'conic-gradient(' + stops.join(', ') + ')';
  ring.append(el('span', null, n < 1000 ? String(n) : Math.round(n / 100) / 10 + 'k'));
  return L.divIcon({ className: 'ev-cluster', html: ring, iconSize: [size, size] });
}

// Talking to Sitrep's HTTP API (same origin): the ACLED-style query, one event with its sources, territorial control.

/** ACLED's six event types in the map's legend order, each with its colour class index. */
export const EVENT_TYPES = [
  'Battles',
  'Explosions/Remote violence',
  'Violence against civilians',
  'Protests',
  'Riots',
  'Strategic developments',
];

export const FACTUALITIES = ['asserted', 'reported', 'possible', 'denied'];

/** The legend index of an event type (6 for anything else). */
export function typeIndex(type) {
  const i = EVENT_TYPES.indexOf(type);
  return i < 0 ? EVENT_TYPES.length : i;
}

/** Colours of the types, the same as the CSS classes .t0 .. .t6 (for canvas-free gradients in cluster icons). */
export const TYPE_COLOURS = ['#c8312f', '#ee8a1c', '#8e44ad', '#2f7bbf', '#d4ac0d', '#2e9e6b', '#7f8c8d'];

const PAGE_SIZE = 5000;
/** Most events the map loads at once (pages of the API); the header says when there are more. */
export const MAX_EVENTS = 50000;

/**
 * The API's query parameters for the server-side filters: {from, to, type, actor, country}. The map filters
 * factuality in the browser (switching it needs no new request); the CSV link passes it to the API.
 */
export function apiParams(f) {
  const p = new URLSearchParams();
  if (f.country) p.set('country', f.country);
  if (f.type) p.set('event_type', f.type);
  if (f.actor) p.set('actor1', f.actor);
  if (f.from && f.to) {
    p.set('event_date', f.from + '|' + f.to);
    p.set('event_date_where', 'BETWEEN');
  } else if (f.from) {
    p.set('event_date', f.from);
    p.set('event_date_where', '>=');
  } else if (f.to) {
    p.set('event_date', f.to);
    p.set('event_date_where', '<=');
  }
  return p;
}

async function getJson(url, signal) {
  const r = await fetch(url, { headers: { Accept: 'application/json' }, signal });
  const body = await r.json().catch(() => null);
  if (!r.ok) {
    const detail = body && body.detail ? body.detail : r.status + ' ' + r.statusText;
    throw new Error(detail);
  }
  return body;
}

/** Every event matching the filters (up to MAX_EVENTS): {events, total}. */
export async function loadEvents(filters, signal) {
  const events = [];
  let total = 0;
  for (let page = 1; ; page++) {
    const p = apiParams(filters);
    p.set('limit', String(PAGE_SIZE));
    p.set('page', String(page));
    const body = await getJson('/api/events?' + p, signal);
    total = body.total_count;
    events.push(...body.data);
    if (body.data.length < PAGE_SIZE || events.length >= total || events.length >= MAX_EVENTS) {
      break;
    }
  }
  return { events, total };
}

/** One fused event with its sources and evidence. */
export function loadEvent(id, signal) {
  return getJson('/api/events/' + encodeURIComponent(id).replace(/%3A/g, ':'), signal);
}

/** Who held which place on a date (GeoJSON points). */
export function loadControl(date, signal) {
  return getJson('/api/control?at=' + encodeURIComponent(date), signal);
}

/** The CSV download address for the filters and a date range narrowed by the timeline. */
export function csvUrl(filters, factuality) {
  const p = apiParams(filters);
  if (factuality) p.set('factuality', factuality);
  p.set('_format', 'csv');
  p.set('limit', String(PAGE_SIZE));
  return '/api/events?' + p;
}

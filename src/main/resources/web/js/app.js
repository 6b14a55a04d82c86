// The map page: wires the filters, map, timeline, table, event panel and territorial-control layer together.
// Server-side filters (dates, type, actor, country) go to /api/events; factuality and the timeline selection narrow
// the loaded events in the browser (and go to the CSV link). The filters live in the address's #fragment so a view can be shared.
import { el, clear, debounce, formatCount } from './dom.js';
import { EVENT_TYPES, FACTUALITIES, csvUrl, loadEvent, loadEvents, typeIndex } from './api.js';
import { EventMap } from './map.js';
import { Timeline } from './timeline.js';
import { EventTable } from './table.js';
import { EventPanel } from './panel.js';
import { ControlLayer } from './control.js';

const $ = id => document.getElementById(id);

const state = {
  filters: { from: '', to: '', type: '', actor: '', country: '' },
  factuality: '',
  range: null,
  loaded: [],
  total: 0,
  request: null,
};

const form = $('filters');
const map = new EventMap($('map'), id => openEvent(id));
const timeline = new Timeline($('timeline-chart'), $('timeline-summary'), range => {
  state.range = range;
  $('timeline-clear').hidden = !range;
  showFiltered(false);
});
const table = new EventTable($('event-table'), $('table-note'), id => openEvent(id));
const panel = new EventPanel($('panel'), () => closeEvent());
const control = new ControlLayer(map);

function fillSelect(select, values, label) {
  select.append(new Option(label, ''));
  for (const v of values) select.append(new Option(v, v));
}

function readForm() {
  state.filters = {
    from: form.elements.from.value, to: form.elements.to.value, type: form.elements.type.value,
    actor: form.elements.actor.value.trim(), country: form.elements.country.value.trim(),
  };
  state.factuality = form.elements.factuality.value;
}

function writeForm() {
  for (const k of Object.keys(state.filters)) form.elements[k].value = state.filters[k];
  form.elements.factuality.value = state.factuality;
}

function saveHash() {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(state.filters)) if (v) p.set(k, v);
  if (state.factuality) p.set('factuality', state.factuality);
  history.replaceState(null, '', p.toString() ? '#' + p : location.pathname + location.search);
}

function loadHash() {
  const p = new URLSearchParams(location.hash.slice(1));
  for (const k of Object.keys(state.filters)) state.filters[k] = (p.get(k) || '').slice(0, 200);
  const f = p.get('factuality') || '';
  state.factuality = FACTUALITIES.includes(f) ? f : '';
  if (!EVENT_TYPES.includes(state.filters.type)) state.filters.type = '';
  for (const k of ['from', 'to']) if (!/^\d{4}-\d{2}-\d{2}$/.test(state.filters[k])) state.filters[k] = '';
}

function status(message, isError) {
  const s = $('status');
  s.textContent = message || '';
  s.hidden = !message;
  s.classList.toggle('error', Boolean(isError));
}

/** Fetches the events for the server-side filters, then shows them. */
async function reload() {
  if (state.request) state.request.abort();
  const request = new AbortController();
  state.request = request;
  document.body.classList.add('loading');
  status('');
  try {
    const { events, total } = await loadEvents(state.filters, request.signal);
    if (request.signal.aborted) return;
    state.loaded = events;
    state.total = total;
    updateCountryList(events);
    control.setDateRange(events);
    showFiltered(true, true);
    if (total > events.length) {
      status('Showing the first ' + formatCount(events.length) + ' of ' + formatCount(total)
        + ' events; narrow the filters to see the rest.');
    }
  } catch (err) {
    if (err.name !== 'AbortError') status('Could not load events: ' + err.message, true);
  } finally {
    if (state.request === request) {
      state.request = null;
      document.body.classList.remove('loading');
    }
  }
}

function byFactuality() {
  return state.factuality ? state.loaded.filter(e => e.factuality === state.factuality) : state.loaded;
}

/**
 * Applies the browser-side filters and refreshes every view; `fresh`: the candidates changed (the timeline is rebuilt
 * and its selection dropped); `refit`: new data from the server (the map zooms to it).
 */
function showFiltered(fresh, refit) {
  if (fresh) {
    state.range = null;
    $('timeline-clear').hidden = true;
  }
  const candidates = byFactuality();
  const shown = state.range
    ? candidates.filter(e => e.event_date && e.event_date >= state.range.from && e.event_date <= state.range.to)
    : candidates;
  if (fresh) timeline.setEvents(candidates);
  map.setEvents(shown);
  table.setEvents(shown);
  updateLegend(shown);
  const count = $('event-count');
  count.textContent = formatCount(shown.length) + (shown.length === 1 ? ' event' : ' events');
  count.dataset.count = String(shown.length);
  const unmapped = shown.filter(e => typeof e.latitude !== 'number').length;
  $('unmapped').textContent = unmapped ? formatCount(unmapped) + ' without a place (in the table only)' : '';
  const csv = $('csv-link');
  const narrowed = { ...state.filters };
  if (state.range) {
    narrowed.from = narrowed.from && narrowed.from > state.range.from ? narrowed.from : state.range.from;
    narrowed.to = narrowed.to && narrowed.to < state.range.to ? narrowed.to : state.range.to;
  }
  csv.href = csvUrl(narrowed, state.factuality);
  csv.title = 'ACLED-style CSV of the events shown (at most 5,000 rows)';
  if (refit) map.fitToEvents();
}

function updateLegend(shown) {
  const counts = new Array(EVENT_TYPES.length + 1).fill(0);
  for (const e of shown) counts[typeIndex(e.event_type)]++;
  const list = $('legend');
  clear(list);
  EVENT_TYPES.forEach((t, i) => {
    const li = el('li', counts[i] ? null : 'empty');
    const b = el('button', 'legend-item');
    b.type = 'button';
    b.title = state.filters.type === t ? 'Show every type' : 'Show only ' + t;
    b.append(el('span', 'swatch t' + i), el('span', 'legend-label', t), el('span', 'legend-count', formatCount(counts[i])));
    b.addEventListener('click', () => {
      form.elements.type.value = state.filters.type === t ? '' : t;
      applyForm();
    });
    if (state.filters.type === t) b.classList.add('active');
    li.append(b);
    list.append(li);
  });
}

function updateCountryList(events) {
  const names = [...new Set(events.map(e => e.country).filter(Boolean))].sort();
  const list = $('country-list');
  clear(list);
  for (const n of names) list.append(new Option(n));
}

// ---- the event panel ----

let eventRequest = null;

async function openEvent(id) {
  if (eventRequest) eventRequest.abort();
  const request = new AbortController();
  eventRequest = request;
  map.select(id);
  table.select(id);
  panel.loading();
  try {
    panel.show(await loadEvent(id, request.signal));
  } catch (err) {
    if (err.name !== 'AbortError') panel.failed(err.message);
  }
}

function closeEvent() {
  panel.hide();
  map.select(null);
  table.select(null);
}

// ---- wiring ----

function applyForm() {
  const before = JSON.stringify(state.filters);
  readForm();
  saveHash();
  if (JSON.stringify(state.filters) !== before) {
    reload();
  } else {
    showFiltered(true, false);
  }
}

fillSelect(form.elements.type, EVENT_TYPES, 'All event types');
fillSelect(form.elements.factuality, FACTUALITIES, 'Any factuality');
loadHash();
writeForm();
form.addEventListener('submit', ev => {
  ev.preventDefault();
  applyForm();
});
form.addEventListener('change', ev => {
  if (ev.target.tagName === 'SELECT' || ev.target.type === 'date') applyForm();
});
const typed = debounce(applyForm, 400);
for (const name of ['actor', 'country']) form.elements[name].addEventListener('input', typed);
$('reset-filters').addEventListener('click', () => {
  form.reset();
  applyForm();
});
$('timeline-clear').addEventListener('click', () => timeline.clearRange());
$('table-toggle').addEventListener('click', ev => {
  const open = document.body.classList.toggle('table-open');
  ev.currentTarget.setAttribute('aria-expanded', String(open));
  setTimeout(() => map.invalidateSize(), 0);
});
document.addEventListener('keydown', ev => {
  if (ev.key === 'Escape' && !$('panel').hidden) closeEvent();
});

map.loadBasemap('/web/basemap/countries-50m.json').catch(err => status('Basemap not loaded: ' + err.message, true));
reload();

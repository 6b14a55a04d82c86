// The territorial-control layer: who held which place (taken by force) on the date of a slider spanning the loaded
// events, from /api/control?at=DATE, with a small legend of holders.
import { el, clear, debounce, formatCount } from './dom.js';
import { loadControl } from './api.js';

const DAY = 86400000;
const HOLDER_COLOURS = ['#1b4f72', '#b03a2e', '#7d6608', '#196f3d', '#6c3483', '#a04000', '#117a65', '#5d6d7e'];
const $ = id => document.getElementById(id);

export class ControlLayer {
  constructor(map) {
    this.map = map;
    this.toggle = $('control-toggle');
    this.slider = $('control-date');
    this.holders = new Map();
    this.request = null;
    this.toggle.addEventListener('change', () => {
      map.showControl(this.toggle.checked);
      $('control-options').hidden = !this.toggle.checked;
      if (this.toggle.checked) this.refresh();
    });
    const changed = debounce(() => this.refresh(), 150);
    this.slider.addEventListener('input', () => {
      this.showDate();
      changed();
    });
  }

  /** The slider runs from the first to the last event date (today when there is none) and starts at the last. */
  setDateRange(events) {
    let first = null;
    let last = null;
    for (const e of events) {
      if (e.event_date) {
        if (!first || e.event_date < first) first = e.event_date;
        if (!last || e.event_date > last) last = e.event_date;
      }
    }
    const today = new Date().toISOString().slice(0, 10);
    this.first = first || today;
    this.slider.min = '0';
    this.slider.max = String(Math.max(1, Math.round((Date.parse(last || today) - Date.parse(this.first)) / DAY)));
    this.slider.value = this.slider.max;
    this.showDate();
    if (this.toggle.checked) this.refresh();
  }

  date() {
    return new Date(Date.parse(this.first) + Number(this.slider.value) * DAY).toISOString().slice(0, 10);
  }

  showDate() {
    $('control-date-label').textContent = this.date();
  }

  colour(holder) {
    if (!this.holders.has(holder)) {
      this.holders.set(holder, HOLDER_COLOURS[this.holders.size % HOLDER_COLOURS.length]);
    }
    return this.holders.get(holder);
  }

  async refresh() {
    if (this.request) this.request.abort();
    const request = new AbortController();
    this.request = request;
    const note = $('control-note');
    try {
      const fc = await loadControl(this.date(), request.signal);
      this.map.setControl(fc, h => this.colour(h));
      this.legend(fc);
      const n = fc.features.length;
      note.textContent = n
        ? formatCount(n) + (n === 1 ? ' place' : ' places') + ' taken by force, as of ' + fc.at
        : 'No place changed hands by ' + fc.at;
    } catch (err) {
      if (err.name !== 'AbortError') note.textContent = 'Could not load control: ' + err.message;
    }
  }

  legend(fc) {
    const counts = new Map();
    for (const f of fc.features) counts.set(f.properties.holder, (counts.get(f.properties.holder) || 0) + 1);
    const list = $('control-holders');
    clear(list);
    for (const [holder, n] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 8)) {
      const li = el('li');
      const dot = el('span', 'holder-dot');
      dot.style.borderColor = this.colour(holder);
      li.append(dot, el('span', null, holder), el('span', 'legend-count', String(n)));
      list.append(li);
    }
  }
}

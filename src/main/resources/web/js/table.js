// The table of the events on the map: sortable columns, a row opens the event. Rows are capped for speed; the CSV
// download has them all.
import { el, clear, formatCount } from './dom.js';
import { typeIndex } from './api.js';

const MAX_ROWS = 1000;
const COLUMNS = [
  { key: 'event_date', label: 'Date' },
  { key: 'event_type', label: 'Type' },
  { key: 'sub_event_type', label: 'Sub-event type' },
  { key: 'actor1', label: 'Actor 1' },
  { key: 'actor2', label: 'Actor 2' },
  { key: 'location', label: 'Location' },
  { key: 'country', label: 'Country' },
  { key: 'fatalities', label: 'Fatalities', numeric: true },
  { key: 'factuality', label: 'Factuality' },
  { key: 'sources', label: 'Sources', numeric: true },
];

export class EventTable {
  /** @param onSelect called with an event id when a row is chosen */
  constructor(table, note, onSelect) {
    this.table = table;
    this.note = note;
    this.onSelect = onSelect;
    this.events = [];
    this.sort = { key: 'event_date', descending: true };
    this.selected = null;
    this.buildHead();
    this.body = el('tbody');
    this.table.append(this.body);
    this.body.addEventListener('click', ev => {
      const row = ev.target.closest('tr');
      if (row && row.dataset.id) this.onSelect(row.dataset.id);
    });
    this.body.addEventListener('keydown', ev => {
      const row = ev.target.closest('tr');
      if (row && row.dataset.id && (ev.key === 'Enter' || ev.key === ' ')) {
        ev.preventDefault();
        this.onSelect(row.dataset.id);
      }
    });
  }

  buildHead() {
    const head = el('thead');
    const tr = el('tr');
    for (const c of COLUMNS) {
      const th = el('th', c.numeric ? 'num' : null);
      const b = el('button', 'sort', c.label);
      b.type = 'button';
      b.addEventListener('click', () => {
        this.sort = { key: c.key, descending: this.sort.key === c.key ? !this.sort.descending : c.numeric };
        this.render();
      });
      th.append(b);
      th.dataset.key = c.key;
      tr.append(th);
    }
    head.append(tr);
    this.table.append(head);
  }

  setEvents(events) {
    this.events = events;
    this.render();
  }

  render() {
    const { key, descending } = this.sort;
    const sorted = this.events.slice().sort((a, b) => {
      const x = a[key];
      const y = b[key];
      if (x === y) return 0;
      if (x === null || x === undefined) return 1;
      if (y === null || y === undefined) return -1;
      const c = typeof x === 'number' ? x - y : String(x).localeCompare(String(y));
      return descending ? -c : c;
    });
    for (const th of this.table.tHead.rows[0].cells) {
      th.setAttribute('aria-sort', th.dataset.key === key ? (descending ? 'descending' : 'ascending') : 'none');
    }
    clear(this.body);
    for (const e of sorted.slice(0, MAX_ROWS)) {
      const tr = el('tr');
      tr.dataset.id = e.id;
      tr.tabIndex = 0;
      if (e.id === this.selected) tr.className = 'selected';
      for (const c of COLUMNS) {
        const v = e[c.key];
        const td = el('td', c.numeric ? 'num' : null);
        if (c.key === 'event_type') {
          td.append(el('span', 'swatch t' + typeIndex(v)), document.createTextNode(v || ''));
        } else {
          td.textContent = v === null || v === undefined ? '–' : String(v);
          if (v === null || v === undefined) td.classList.add('muted');
        }
        tr.append(td);
      }
      this.body.append(tr);
    }
    this.note.textContent = sorted.length > MAX_ROWS
      ? 'First ' + formatCount(MAX_ROWS) + ' of ' + formatCount(sorted.length) + ' rows; download the CSV for all'
      : formatCount(sorted.length) + (sorted.length === 1 ? ' row' : ' rows');
  }

  select(id) {
    this.selected = id;
    for (const tr of this.body.rows) {
      tr.classList.toggle('selected', tr.dataset.id === id);
      if (tr.dataset.id === id) tr.scrollIntoView({ block: 'nearest' });
    }
  }
}

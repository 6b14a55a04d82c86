// The timeline: a histogram of events per day, week or month (stacked by event type); dragging across it selects a
// date range that filters the map and the table. Drawn as SVG built element by element.
import { el, clear, formatCount } from './dom.js';
import { EVENT_TYPES, typeIndex } from './api.js';

const SVG = 'http://www.w3.org/2000/svg';
const DAY = 86400000;
const MARGIN = { left: 36, right: 12, top: 8, bottom: 20 };

function svg(tag, attrs) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    e.setAttribute(k, String(v));
  }
  return e;
}

function toDay(iso) {
  return Math.floor(Date.parse(iso + 'T00:00:00Z') / DAY);
}

function isoOfDay(day) {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** The start day of the bin holding `day`: the day itself, its Monday, or the first of its month. */
function binStart(day, unit) {
  if (unit === 'day') return day;
  if (unit === 'week') return day - ((new Date(day * DAY).getUTCDay() + 6) % 7);
  const d = new Date(day * DAY);
  return Math.floor(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / DAY);
}

function nextBin(start, unit) {
  if (unit === 'day') return start + 1;
  if (unit === 'week') return start + 7;
  const d = new Date(start * DAY);
  return Math.floor(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / DAY);
}

export class Timeline {
  /** @param onRange called with {from, to} (ISO dates, inclusive) or null when the selection is cleared */
  constructor(container, summary, onRange) {
    this.container = container;
    this.summary = summary;
    this.onRange = onRange;
    this.events = [];
    this.range = null;
    this.drag = null;
    this.listen();
    new ResizeObserver(() => this.draw()).observe(container);
  }

  setEvents(events) {
    this.events = events.filter(e => e.event_date);
    this.range = null;
    this.draw();
  }

  clearRange() {
    this.range = null;
    this.draw();
    this.onRange(null);
  }

  draw() {
    clear(this.container);
    const width = this.container.clientWidth;
    const height = this.container.clientHeight;
    if (width < 50 || height < 40) {
      this.scale = null;
      return;
    }
    if (this.events.length === 0) {
      this.container.append(el('div', 'timeline-empty', 'No dated events to chart'));
      this.summary.textContent = '';
      this.scale = null;
      return;
    }
    const days = this.events.map(e => toDay(e.event_date));
    const first = days.reduce((a, b) => Math.min(a, b));
    const last = days.reduce((a, b) => Math.max(a, b));
    const span = last - first + 1;
    const unit = span <= 120 ? 'day' : span <= 730 ? 'week' : 'month';
    const lo = binStart(first, unit) - (unit === 'day' ? 1 : 0);
    const hi = nextBin(binStart(last, unit), unit) + (unit === 'day' ? 1 : 0);
    const bins = new Map();
    this.events.forEach((e, i) => {
      const b = binStart(days[i], unit);
      if (!bins.has(b)) bins.set(b, new Array(EVENT_TYPES.length + 1).fill(0));
      bins.get(b)[typeIndex(e.event_type)]++;
    });
    let maxCount = 1;
    for (const c of bins.values()) maxCount = Math.max(maxCount, c.reduce((a, b) => a + b, 0));
    const plotW = width - MARGIN.left - MARGIN.right;
    const plotH = height - MARGIN.top - MARGIN.bottom;
    const x = day => MARGIN.left + ((day - lo) / (hi - lo)) * plotW;
    const y = n => MARGIN.top + plotH - (n / maxCount) * plotH;
    this.scale = { lo, hi, plotW, unit };

    const root = svg('svg', { width, height, class: 'timeline-svg', role: 'img' });
    const title = svg('title');
    title.textContent = 'Events per ' + unit;
    root.append(title);
    // y axis: 0 and the maximum
    for (const n of [0, maxCount]) {
      root.append(svg('line', { x1: MARGIN.left, x2: width - MARGIN.right, y1: y(n), y2: y(n), class: 'grid' }));
      const t = svg('text', { x: MARGIN.left - 6, y: y(n) + 4, class: 'axis', 'text-anchor': 'end' });
      t.textContent = formatCount(n);
      root.append(t);
    }
    for (const [start, counts] of bins) {
      const x0 = x(start);
      const w = Math.max(1, x(nextBin(start, unit)) - x0 - 1);
      let acc = 0;
      counts.forEach((c, i) => {
        if (c > 0) {
          const rect = svg('rect', { x: x0, y: y(acc + c), width: w, height: y(acc) - y(acc + c), class: 'bar f' + i });
          const tip = svg('title');
          tip.textContent = isoOfDay(start) + ' (' + unit + '): ' + c + ' ' + (EVENT_TYPES[i] || 'other');
          rect.append(tip);
          root.append(rect);
          acc += c;
        }
      });
    }
    this.drawTicks(root, x, lo, hi, height, plotW);
    this.brushGroup = svg('g', { class: 'brush-group' });
    root.append(this.brushGroup);
    this.geometry = { x, width, plotH };
    this.container.append(root);
    this.updateBrush();
  }

  /** Redraws the selection only (cheap: called while dragging). */
  updateBrush() {
    clear(this.brushGroup);
    const { x, width, plotH } = this.geometry;
    if (this.range) {
      const a = x(toDay(this.range.from));
      const b = x(toDay(this.range.to) + 1);
      const g = this.brushGroup;
      g.append(svg('rect', { x: MARGIN.left, y: MARGIN.top, width: Math.max(0, a - MARGIN.left), height: plotH, class: 'dim' }));
      g.append(svg('rect', { x: b, y: MARGIN.top, width: Math.max(0, width - MARGIN.right - b), height: plotH, class: 'dim' }));
      g.append(svg('rect', { x: a, y: MARGIN.top, width: Math.max(1, b - a), height: plotH, class: 'brush' }));
    }
    this.summary.textContent = this.range
      ? 'Selected ' + this.range.from + ' – ' + this.range.to + ' (click the chart to clear)'
      : 'Events per ' + this.scale.unit + ' · drag across the chart to select dates';
  }

  /** Date labels about every 90 px, none so close to the right edge that it would be cut. */
  drawTicks(root, x, lo, hi, height, plotW) {
    const count = Math.max(2, Math.floor(plotW / 90));
    const step = Math.max(1, Math.ceil((hi - lo) / count));
    const right = MARGIN.left + plotW;
    for (let d = lo; d <= hi; d += step) {
      if (x(d) > right - 34) break;
      const t = svg('text', { x: x(d), y: height - 5, class: 'axis', 'text-anchor': 'middle' });
      t.textContent = this.scale.unit === 'month' ? isoOfDay(d).slice(0, 7) : isoOfDay(d);
      root.append(t);
    }
  }

  dayAt(clientX) {
    const r = this.container.getBoundingClientRect();
    const px = Math.min(Math.max(clientX - r.left - MARGIN.left, 0), this.scale.plotW);
    return Math.floor(this.scale.lo + (px / this.scale.plotW) * (this.scale.hi - this.scale.lo));
  }

  listen() {
    const c = this.container;
    c.addEventListener('pointerdown', ev => {
      if (!this.scale || this.events.length === 0) return;
      c.setPointerCapture(ev.pointerId);
      this.drag = { start: this.dayAt(ev.clientX), moved: false };
    });
    c.addEventListener('pointermove', ev => {
      if (!this.drag) return;
      const d = this.dayAt(ev.clientX);
      this.drag.moved = this.drag.moved || d !== this.drag.start;
      if (this.drag.moved) {
        this.range = { from: isoOfDay(Math.min(d, this.drag.start)), to: isoOfDay(Math.max(d, this.drag.start)) };
        this.updateBrush();
      }
    });
    c.addEventListener('pointerup', ev => {
      if (!this.drag) return;
      const d = this.dayAt(ev.clientX);
      const { moved, start } = this.drag;
      this.drag = null;
      if (moved) {
        this.range = { from: isoOfDay(Math.min(d, start)), to: isoOfDay(Math.max(d, start)) };
      } else if (this.range) {
        this.range = null;
      } else {
        // a click on the chart selects its bin
        const b = binStart(d, this.scale.unit);
        this.range = { from: isoOfDay(b), to: isoOfDay(nextBin(b, this.scale.unit) - 1) };
      }
      this.updateBrush();
      this.onRange(this.range);
    });
  }

  /** Selects a range programmatically (ISO dates, inclusive). */
  select(range) {
    this.range = range;
    this.draw();
    this.onRange(range);
  }
}

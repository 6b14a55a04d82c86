// The event panel: one fused event's fields and, per source report, its publisher, link and the evidence sentence
// highlighted inside the report's snippet (or its full text, where the server gives it). Everything from a report is
// set as text.
import { el, clear, safeHttpUrl, externalLink } from './dom.js';
import { typeIndex } from './api.js';

/**
 * The snippet as text nodes with each evidence span in a <mark>. Offsets count code points into the report text (the
 * snippet is its start); a span is used when the snippet holds exactly the evidence text there, else the evidence text
 * is looked up in the snippet, else it is shown after the snippet on its own, still marked.
 */
export function highlightedExcerpt(snippet, evidence) {
  const box = el('blockquote', 'excerpt');
  const text = Array.from(snippet || '');
  const marks = [];
  const outside = [];
  for (const ev of evidence || []) {
    if (!ev || typeof ev.text !== 'string' || ev.text.length === 0) continue;
    const span = Array.from(ev.text);
    let start = -1;
    if (Number.isInteger(ev.start) && ev.start >= 0 && ev.start + span.length <= text.length
        && text.slice(ev.start, ev.start + span.length).join('') === ev.text) {
      start = ev.start;
    } else {
      const at = (snippet || '').indexOf(ev.text);
      if (at >= 0) start = Array.from(snippet.slice(0, at)).length;
    }
    if (start >= 0 && !marks.some(m => start < m.end && start + span.length > m.start)) {
      marks.push({ start, end: start + span.length });
    } else if (start < 0) {
      outside.push(ev.text);
    }
  }
  marks.sort((a, b) => a.start - b.start);
  let pos = 0;
  for (const m of marks) {
    box.append(document.createTextNode(text.slice(pos, m.start).join('')));
    box.append(el('mark', 'evidence', text.slice(m.start, m.end).join('')));
    pos = m.end;
  }
  if (pos < text.length) {
    box.append(document.createTextNode(text.slice(pos).join('')));
  }
  for (const t of outside) {
    if (box.childNodes.length > 0) box.append(el('span', 'gap', ' [...] '));
    box.append(el('mark', 'evidence', t));
  }
  if (box.childNodes.length === 0) {
    box.append(el('span', 'muted', 'No text kept for this report.'));
  }
  return box;
}

function field(dl, label, value) {
  if (value === null || value === undefined || value === '') return;
  dl.append(el('dt', null, label), el('dd', null, String(value)));
}

export class EventPanel {
  constructor(root, onClose) {
    this.root = root;
    this.body = root.querySelector('.panel-body');
    root.querySelector('.panel-close').addEventListener('click', () => onClose());
  }

  loading() {
    this.root.hidden = false;
    clear(this.body);
    this.body.append(el('p', 'muted', 'Loading…'));
  }

  failed(message) {
    clear(this.body);
    this.body.append(el('p', 'error', 'Could not load the event: ' + message));
  }

  hide() {
    this.root.hidden = true;
  }

  /** Shows {event, independent_sources, publishers, sources} from /api/events/{id}. */
  show(data) {
    const e = data.event;
    this.root.hidden = false;
    clear(this.body);
    const head = el('header', 'panel-head');
    head.append(el('span', 'chip t' + typeIndex(e.event_type), e.event_type),
      el('h2', null, e.sub_event_type),
      el('p', 'where', [e.location, e.admin1, e.country].filter(Boolean).join(', ') || 'Place unknown'),
      el('p', 'when', e.event_date || 'Date unknown'));
    this.body.append(head);
    if (e.notes) this.body.append(el('p', 'notes', e.notes));
    const dl = el('dl', 'fields');
    field(dl, 'Actor 1', e.actor1);
    field(dl, 'Actor 2', e.actor2);
    field(dl, 'Fatalities', e.fatalities === null ? 'unknown' : e.fatalities);
    field(dl, 'Factuality', e.factuality);
    field(dl, 'Confidence', typeof e.confidence === 'number' ? e.confidence.toFixed(2) : null);
    field(dl, 'Disorder', e.disorder_type);
    field(dl, 'Coordinates', typeof e.latitude === 'number'
      ? e.latitude.toFixed(3) + ', ' + e.longitude.toFixed(3) : null);
    field(dl, 'Reports', data.sources.length + ' (' + data.independent_sources + ' independent)');
    field(dl, 'Event id', e.id);
    this.body.append(dl);

    this.body.append(el('h3', null, data.sources.length === 1 ? 'Source' : 'Sources'));
    const list = el('ol', 'sources');
    for (const s of data.sources) {
      list.append(this.source(s));
    }
    this.body.append(list);
    this.body.scrollTop = 0;
    // a full text scrolls inside its box to its first marked sentence
    for (const box of list.querySelectorAll('.excerpt.full')) {
      const mark = box.querySelector('mark');
      if (mark) box.scrollTop = Math.max(0, mark.offsetTop - 24); // the box is the mark's offset parent
    }
  }

  source(s) {
    const li = el('li', 'source');
    const top = el('div', 'source-head');
    top.append(el('span', 'publisher', (s.publishers && s.publishers.length ? s.publishers.join(', ') : 'Unknown publisher')));
    const url = safeHttpUrl(s.url);
    if (url) {
      top.append(externalLink(url, 'Open report ↗'));
    } else if (s.url) {
      top.append(el('span', 'muted', s.url));
    }
    li.append(top);
    li.append(el('div', 'source-meta', [s.sub_event_type, s.event_date, s.factuality,
      s.fatalities === null || s.fatalities === undefined ? null : s.fatalities + ' killed'].filter(Boolean).join(' · ')));
    // the full report text where the server is configured to give it, else the stored snippet (the report's start)
    const full = typeof s.text === 'string' && s.text.length > 0;
    const excerpt = highlightedExcerpt(full ? s.text : s.snippet, s.evidence);
    if (full) excerpt.classList.add('full');
    li.append(excerpt);
    return li;
  }
}

// DOM helpers. Text from reports only ever goes in through textContent (never innerHTML), and links only when they
// are http(s) URLs.

/** An element with class names and optional text (set as textContent). */
export function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) {
    e.className = className;
  }
  if (text !== undefined && text !== null) {
    e.textContent = String(text);
  }
  return e;
}

/** Removes every child of an element. */
export function clear(node) {
  while (node.firstChild) {
    node.removeChild(node.firstChild);
  }
}

/** The URL when it is an absolute http or https URL, else null (no javascript:, data: or relative links). */
export function safeHttpUrl(text) {
  if (typeof text !== 'string' || text.length > 4096) {
    return null;
  }
  try {
    const u = new URL(text);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch (e) {
    return null;
  }
}

/** A link to an external page that opens in a new tab without giving that page access to this one. */
export function externalLink(url, text) {
  const a = el('a', 'ext', text);
  a.href = url;
  a.target = '_blank';
  a.rel = 'noopener noreferrer nofollow';
  return a;
}

/** Calls fn at most once per `ms` of quiet. */
export function debounce(fn, ms) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

const NUMBER = new Intl.NumberFormat('en');

export function formatCount(n) {
  return NUMBER.format(n);
}

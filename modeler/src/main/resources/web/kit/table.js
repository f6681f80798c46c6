// The data tables of the pages: a header row and body rows, numeric columns aligned right.
import { el } from './dom.js';

/**
 * A table.data. headers are the column labels, or keys that options.label turns into labels; a row is a tr element
 * or an array of cell values. options.numeric marks numeric columns by index, options.data the columns that hold
 * data (names, people, texts someone wrote: marked translate="no"); options.attrs are further properties of the
 * table element.
 */
export function table(headers, rows, options) {
  const o = options || {};
  const numeric = o.numeric || [];
  const data = o.data || [];
  const label = o.label || String;
  const cell = (tag, i, value) => el(tag, Object.assign(numeric[i] ? { className: 'num' } : {},
    tag === 'td' && data[i] ? { translate: false } : {}), value);
  return el('table', Object.assign({ className: 'data' }, o.attrs || {}),
    el('thead', {}, el('tr', {}, headers.map((h, i) => cell('th', i, label(h))))),
    el('tbody', {}, rows.map((r) => (Array.isArray(r) ? el('tr', {}, r.map((v, i) => cell('td', i, v))) : r))));
}

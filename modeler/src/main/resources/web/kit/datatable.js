// Long tables: sorted by a click on a column's header (▲/▼), shown page by page with the total ("1–50 / 1.234 thủ tục")
// and a choice of page size, exported as CSV or XLSX, with a header that stays in view while the page scrolls.
// A table whose rows the page holds is sorted and paged here; a table paged by the server (the ranking) only keeps
// the sort and page the person chose and asks the page to load them.
import { ApiError, json, request } from './api.js';
import { el } from './dom.js';
import { money } from './format.js';
import { onLanguage, texts } from './i18n.js';

const t = texts('table', {
  range: [(from, to, total, noun) => `${from}–${to} / ${total} ${noun}`, (from, to, total, noun) => `${from}–${to} / ${total} ${noun}`],
  empty: [(noun) => `0 / 0 ${noun}`, (noun) => `0 / 0 ${noun}`],
  rows: ['dòng', 'rows'],
  previous: ['‹ Trang trước', '‹ Previous'],
  next: ['Trang sau ›', 'Next ›'],
  pageSize: ['Số dòng mỗi trang', 'Rows per page'],
  csv: ['Tải CSV', 'Download CSV'],
  xlsx: ['Tải XLSX', 'Download XLSX'],
  exportTitle: ['Tải về mọi dòng của bảng, theo thứ tự đang sắp xếp', 'Download every row of the table, in the order shown'],
  sortTitle: ['Bấm để sắp xếp theo cột này (bấm lần nữa để đảo chiều)', 'Click to sort by this column (click again to reverse)']
});

/** The page sizes a person can choose from. */
export const PAGE_SIZES = [10, 25, 50, 100, 200];

const DATE = /^(\d{2})\/(\d{2})\/(\d{4})(?:\s+(\d{2}):(\d{2}))?/;

/**
 * A cell's value to sort by: its data-sort (empty: no value, last whichever the direction), a date "dd/MM/yyyy HH:mm",
 * a vi-VN number in a numeric column, or its text.
 */
function sortValue(cell, numeric) {
  if (!cell) return null;
  if (cell.dataset.sort === '') return null;
  if (cell.dataset.sort !== undefined) {
    const n = Number(cell.dataset.sort);
    return cell.dataset.sort !== '' && !Number.isNaN(n) ? n : cell.dataset.sort;
  }
  const text = cell.textContent.trim();
  if (text === '') return null;
  const date = DATE.exec(text);
  if (date) return Number(`${date[3]}${date[2]}${date[1]}${date[4] || '00'}${date[5] || '00'}`);
  if (numeric) {
    const n = viNumber(text);
    if (n !== null) return n;
  }
  return text;
}

/** The number a vi-VN figure shows ("3.000.000 đ", "74,48", "12,5 %"), or null when there is none. */
export function viNumber(text) {
  const figure = /-?\d[\d.]*(,\d+)?/.exec(String(text));
  if (!figure) return null;
  const n = Number(figure[0].replace(/\./g, '').replace(',', '.'));
  return Number.isNaN(n) ? null : n;
}

function compare(a, b) {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'vi', { numeric: true });
}

/** Saves a file the person downloads (a Blob) under name. */
export function saveFile(blob, name) {
  const link = el('a', { href: URL.createObjectURL(blob), download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60000);
}

function csvCell(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A table as CSV that Excel opens in Vietnamese: UTF-8 with a byte order mark, CRLF, formulas kept as text. */
export function csv(headers, rows) {
  return new Blob(['\uFEFF' + [headers, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n'],
    { type: 'text/csv;charset=utf-8' });
}

/** Asks the server for the workbook of a table's rows (values only, never formulas). */
export async function xlsx(title, headers, rows) {
  const response = await request('/api/tables/xlsx', json('POST', { title, headers, rows }));
  if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => ({})));
  return response.blob();
}

/** A file name from a title: its letters and digits joined by dashes. */
const fileName = (title, extension) => `${(title || 'bang').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '')}.${extension}`;

/**
 * Makes a data table long: headers sort it, a pager below shows the page and the total, buttons above download it.
 * The table is wrapped in a div.long-table (put in the table's place when the table is on the page already); returns
 * that wrapper, whose controller is wrapper.longTable. options:
 * - title: the name of the downloaded files and of the workbook's sheet;
 * - noun(total): what the rows are ("thủ tục"), 'dòng' by default;
 * - pageSize: the first page size (50 by default);
 * - paging: 'elsewhere' when the page shows one page of a longer list with its own pager (every row shown here);
 * - unsorted: indexes of columns that are not sorted by (columns without a header never are);
 * - exportUrl(format): for a table the page holds, the address of the file the server writes of the whole table in
 *   that format ('xlsx' or 'csv'), or null to download the rows the table holds;
 * - server: for a table the server pages: {sorts: the sort parameter of each column (null: not sortable),
 *   sort: the first {column, descending}, load(): loads the page the controller's query() names and then calls
 *   loaded(total), exportUrl(format): the address of the whole table as 'xlsx' or 'csv'}.
 * A cell exports its text, or its data-export when it shows more than its value (a figure with a note below it).
 * Rows the page puts in the table later (replacing the body's rows) are sorted and paged again; a row of class
 * 'attached' stays after the row before it.
 */
export function longTable(table, options) {
  const o = options || {};
  const server = o.server || null;
  const elsewhere = o.paging === 'elsewhere';
  const state = { sort: server && server.sort ? server.sort : null, offset: 0, size: o.pageSize || 50, total: 0 };
  const body = table.tBodies[0] || table.appendChild(document.createElement('tbody'));
  const headerCells = () => [...(table.tHead ? table.tHead.rows[0].cells : [])];
  const numeric = (i) => {
    const th = headerCells()[i];
    return !!th && (th.classList.contains('num') || [...body.rows].some((r) => r.cells[i] && r.cells[i].classList.contains('num')));
  };
  const sortable = (i) => (server ? !!(server.sorts || [])[i] : !(o.unsorted || []).includes(i)
    && headerCells()[i].textContent.trim() !== '');

  const box = el('div', { className: 'long-table' });
  if (table.parentNode) table.replaceWith(box);
  const previous = el('button', { type: 'button', className: 'secondary page-previous', onclick: () => go(state.offset - state.size) });
  const next = el('button', { type: 'button', className: 'secondary page-next', onclick: () => go(state.offset + state.size) });
  const size = el('select', { className: 'page-size', onchange: () => { state.size = Number(size.value); go(0); } },
    PAGE_SIZES.map((n) => el('option', { value: String(n), selected: n === state.size }, String(n))));
  if (!PAGE_SIZES.includes(state.size)) size.append(el('option', { value: String(state.size), selected: true }, String(state.size)));
  const sizeLabel = el('span', {});
  const range = el('span', { className: 'page-range' });
  const csvButton = el('button', { type: 'button', className: 'secondary export-csv', onclick: () => download('csv') });
  const xlsxButton = el('button', { type: 'button', className: 'secondary export-xlsx', onclick: () => download('xlsx') });
  const failure = el('span', { className: 'error', role: 'alert' });
  const tools = el('div', { className: 'table-tools' }, csvButton, ' ', xlsxButton, ' ', failure);
  const pager = el('div', { className: 'pager' }, range, ' ', previous, ' ', next, ' ',
    el('label', { className: 'page-size-choice' }, sizeLabel, ' ', size));
  box.append(tools, table, pager);
  table.classList.add('sortable');

  let rows = [];
  /** The rows the page put in the table, each with the rows attached to it. */
  const groups = () => {
    const found = [];
    [...body.rows].forEach((r) => {
      if (r.classList.contains('attached') && found.length) found[found.length - 1].push(r);
      else found.push([r]);
    });
    return found;
  };

  function words() {
    previous.textContent = t('previous');
    next.textContent = t('next');
    sizeLabel.textContent = t('pageSize');
    csvButton.textContent = t('csv');
    xlsxButton.textContent = t('xlsx');
    csvButton.title = t('exportTitle');
    xlsxButton.title = t('exportTitle');
    marks();
    showRange();
  }

  function marks() {
    headerCells().forEach((th, i) => {
      if (!sortable(i)) return;
      th.classList.add('sort-column');
      th.title = t('sortTitle');
      const sorted = state.sort && state.sort.column === i;
      th.classList.toggle('sorted-ascending', !!sorted && !state.sort.descending);
      th.classList.toggle('sorted-descending', !!sorted && state.sort.descending);
      th.setAttribute('aria-sort', sorted ? (state.sort.descending ? 'descending' : 'ascending') : 'none');
    });
  }

  function showRange() {
    const noun = o.noun ? o.noun(state.total) : t('rows');
    const shown = server ? body.querySelectorAll('tr:not(.attached)').length : Math.min(state.size, state.total - state.offset);
    range.textContent = state.total === 0 ? t('empty', noun)
      : t('range', money(state.offset + 1), money(state.offset + shown), money(state.total), noun);
    previous.disabled = state.offset === 0;
    next.disabled = state.offset + state.size >= state.total;
    const fits = state.total <= Math.min(state.size, PAGE_SIZES[0]) && state.offset === 0;
    [previous, next, size.parentNode].forEach((n) => { n.hidden = fits; });
    pager.hidden = elsewhere;
  }

  function go(offset) {
    state.offset = Math.max(0, Math.min(offset, Math.max(0, state.total - 1)));
    state.offset -= state.offset % state.size;
    if (server) server.load();
    else show();
  }

  function sortBy(i) {
    const again = state.sort && state.sort.column === i;
    state.sort = { column: i, descending: again ? !state.sort.descending : false };
    state.offset = 0;
    marks();
    if (server) server.load();
    else arrange();
  }

  headerCells().forEach((th, i) => th.addEventListener('click', () => { if (sortable(i)) sortBy(i); }));

  const observer = new MutationObserver(() => arrange());
  function arrange() {
    rows = groups();
    if (state.sort && !server) {
      const i = state.sort.column;
      const isNumeric = numeric(i);
      const keyed = rows.map((g, at) => ({ g, at, key: sortValue(g[0].cells[i], isNumeric) }));
      keyed.sort((a, b) => {
        const c = compare(a.key, b.key);
        if (c === 0) return a.at - b.at;
        if (a.key === null || b.key === null) return c;
        return state.sort.descending ? -c : c;
      });
      rows = keyed.map((k) => k.g);
      body.append(...rows.flat());
      observer.takeRecords();
    }
    state.total = server ? state.total : rows.length;
    if (state.offset >= state.total) state.offset = Math.max(0, state.total - 1 - ((state.total - 1) % state.size));
    show();
  }

  function show() {
    if (!server && !elsewhere) {
      rows.forEach((g, i) => g.forEach((r) => { r.hidden = i < state.offset || i >= state.offset + state.size; }));
    }
    showRange();
    marks();
  }

  /** The headers and rows that are exported: every row of the table in its order, numbers as numbers. */
  function content() {
    const columns = headerCells().map((th, i) => i).filter((i) => headerCells()[i].textContent.trim() !== '');
    const numbers = columns.map((i) => numeric(i));
    const headers = columns.map((i) => headerCells()[i].textContent.trim());
    const values = rows.map((g) => columns.map((i, k) => {
      const cell = g[0].cells[i];
      const text = !cell ? '' : cell.dataset.export !== undefined ? cell.dataset.export
        : cell.textContent.trim().replace(/\s+/g, ' ');
      const n = numbers[k] ? viNumber(text) : null;
      return n === null ? text : n;
    }));
    return { headers, rows: values };
  }

  async function download(format) {
    failure.textContent = '';
    try {
      let blob;
      const url = server ? server.exportUrl(format) : o.exportUrl ? o.exportUrl(format) : null;
      if (url) {
        const response = await request(url);
        if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => ({})));
        blob = await response.blob();
      } else {
        const { headers, rows: values } = content();
        blob = format === 'csv' ? csv(headers, values) : await xlsx(o.title || '', headers, values);
      }
      saveFile(blob, fileName(o.title, format));
    } catch (e) {
      failure.textContent = e.message;
    }
  }

  const controller = {
    /** For a table the server pages: the page asked for, {offset, limit, sort} (sort as the API's parameter). */
    query() {
      const sort = state.sort && server.sorts[state.sort.column];
      return { offset: state.offset, limit: state.size,
        sort: sort ? (state.sort.descending ? '-' : '') + sort : '' };
    },
    /** For a table the server pages: the page is on the table; total is how many rows there are in all. */
    loaded(total) {
      state.total = total;
      if (state.offset > 0 && state.offset >= total) {
        go(total - 1);
        return;
      }
      show();
    },
    /** Back to the first page (the filters changed). */
    first() {
      state.offset = 0;
    },
    /** Sorts and pages again the rows the table holds now. */
    refresh: arrange
  };
  box.longTable = controller;
  if (!server) {
    observer.observe(body, { childList: true });
    arrange();
  }
  words();
  onLanguage(words);
  return box;
}

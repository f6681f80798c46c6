// The form-js viewer in the page's language: the texts of its widgets (search, select, files, list rows) and its
// date fields on dd/MM/yyyy (kit/dates.js). A day refused in a date field stays that field's error, naming the
// field by its label, until it is corrected.
import { configureDates, dayProblem } from './dates.js';
import { texts } from './i18n.js';

const t = texts('forms', {
  search: ['Tìm kiếm', 'Search'],
  select: ['Chọn', 'Select'],
  noResults: ['Không có kết quả phù hợp', 'No results'],
  allSelected: ['Đã chọn hết các giá trị', 'All values selected'],
  dateAndTime: ['Cần nhập cả ngày và giờ.', 'Date and time must both be entered.'],
  noFiles: ['Chưa chọn tệp nào', 'No files selected'],
  filesSelected: [(n) => `Đã chọn ${n} tệp`, (n) => `${n} files selected`],
  browse: ['Chọn tệp', 'Browse'],
  addRow: ['Thêm dòng', 'Add new'],
  collapse: ['Thu gọn', 'Collapse'],
  expandAll: [(n) => `Mở rộng tất cả (${n})`, (n) => `Expand all (${n})`],
  removeRow: [(n) => `Xóa dòng ${n}`, (n) => `Remove list item ${n}`],
  increment: ['Tăng', 'Increment'],
  decrement: ['Giảm', 'Decrement'],
  row: [(n) => `dòng ${n}`, (n) => `row ${n}`],
  poweredBy: ['Xây dựng trên nền bpmn.io', 'Powered by bpmn.io']
});

/** window.FormViewer (once its script is loaded) speaking the page's language; null without it. */
export function formViewer() {
  return configureDates(window.FormViewer, t) || null;
}

/** errors with value at path ([component id, row index, ...]), copied along the path; undefined takes it away. */
function put(errors, path, value) {
  const [head, ...rest] = path;
  const copy = Object.assign(Array.isArray(errors) ? [] : {}, errors);
  const below = copy[head] && typeof copy[head] === 'object' ? copy[head] : {};
  if (rest.length) copy[head] = put(below, rest, value);
  else if (value === undefined) delete copy[head];
  else copy[head] = value;
  return copy;
}

const at = (errors, path) => path.reduce((x, k) => (x && typeof x === 'object' ? x[k] : undefined), errors);

/**
 * The days refused in the date fields of a rendered form-js form. fieldOf(inputId) is the field an input belongs
 * to, { id, label, rows } with the component's id and, in a list, the row indexes; or null. A refusal is shown at
 * its field at once and taken away when the day is corrected; changed() runs after either.
 */
export function refusedDays(form, container, fieldOf, changed) {
  const refused = new Map();
  const root = container.firstElementChild || container;
  const said = (r) => dayProblem(r.rows ? `${r.label} (${r.rows})` : r.label, r.refusal);
  const shown = (errors) => {
    let all = errors || {};
    refused.forEach((r) => { all = put(all, r.path, [said(r)]); });
    return all;
  };
  // the form checks a field again when it loses focus and would put its own finding in place of the refusal
  form.on('changed', () => {
    const errors = form._getState().errors || {};
    const lost = [...refused.values()].some((r) => [].concat(at(errors, r.path) || []).join() !== said(r));
    if (lost) form._setState({ errors: shown(errors) });
  });
  root.addEventListener('date-checked', (event) => {
    const field = fieldOf(event.target.id);
    if (!field) return;
    const path = [field.id, ...(field.rows || [])];
    const key = path.join('.');
    const rows = (field.rows || []).map((i) => t('row', i + 1)).join(', ');
    if (event.detail) {
      refused.set(key, { id: field.id, path, label: field.label, rows, refusal: event.detail });
      form._setState({ errors: shown(form._getState().errors) });
    } else if (refused.delete(key)) {
      form._setState({ errors: put(form._getState().errors || {}, path, undefined) });
    }
    if (changed) changed();
  });
  return {
    /**
     * The refusal of a field (its first refused row in a list) for a list of problems that names the field
     * itself: without the field's label, with the row's; null when the field has none.
     */
    listed: (id) => {
      const r = [...refused.values()].find((x) => x.id === id);
      if (!r) return null;
      return dayProblem(r.rows ? r.rows.charAt(0).toUpperCase() + r.rows.slice(1) : null, r.refusal);
    },
    /** errors (the form's own, by component id) with every refused day in place of what the form found there. */
    over: (errors) => {
      const all = shown(errors);
      form._setState({ errors: all });
      return all;
    }
  };
}

/** The texts a form's schema brings (its title, labels, descriptions, choices): the procedure's own form, data. */
const SCHEMA_TEXTS = '.fjs-form-field-label, .fjs-form-field-text, .fjs-form-field-description, .fjs-checkbox-label,'
  + ' .fjs-radio-label, .fjs-taglist-tag-label';

/**
 * Marks what the schema of the form-js form in container wrote as data (translate="no": a procedure's form reads
 * as its authority wrote it, in either language), now and whenever the form draws again, and says form-js's
 * "Powered by bpmn.io" in the page's language. The widgets' own words (placeholders, calendar, messages) stay the
 * page's.
 */
export function markSchemaTexts(container) {
  const mark = () => {
    container.querySelectorAll(SCHEMA_TEXTS).forEach((node) => { if (node.translate) node.translate = false; });
    container.querySelectorAll('.fjs-powered-by-link').forEach((link) => {
      if (link.title !== t('poweredBy')) link.title = t('poweredBy');
    });
  };
  mark();
  if (container.schemaTexts) return;
  container.schemaTexts = new MutationObserver(mark);
  container.schemaTexts.observe(container, { childList: true, subtree: true });
}

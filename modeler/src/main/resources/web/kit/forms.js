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
  decrement: ['Giảm', 'Decrement']
});

/** window.FormViewer (once its script is loaded) speaking the page's language; null without it. */
export function formViewer() {
  return configureDates(window.FormViewer, t) || null;
}

/**
 * The days refused in the date fields of a rendered form-js form. fieldOf(inputId) is the field an input belongs
 * to, { id, label } with the component's id, or null. A refusal is shown at its field at once and taken away when
 * the day is corrected; changed() runs after either.
 */
export function refusedDays(form, container, fieldOf, changed) {
  const refused = new Map();
  const root = container.firstElementChild || container;
  const setError = (id, message) => {
    const errors = Object.assign({}, form._getState().errors);
    if (message) errors[id] = [message];
    else delete errors[id];
    form._setState({ errors });
  };
  // the form checks a field again when it loses focus and would put its own finding in place of the refusal
  form.on('changed', () => {
    const errors = form._getState().errors || {};
    const lost = [...refused].filter(([id, r]) => [].concat(errors[id] || []).join() !== dayProblem(r.label, r.refusal));
    if (!lost.length) return;
    const kept = Object.assign({}, errors);
    lost.forEach(([id, r]) => { kept[id] = [dayProblem(r.label, r.refusal)]; });
    form._setState({ errors: kept });
  });
  root.addEventListener('date-checked', (event) => {
    const field = fieldOf(event.target.id);
    if (!field) return;
    if (event.detail) {
      refused.set(field.id, { label: field.label, refusal: event.detail });
      setError(field.id, dayProblem(field.label, event.detail));
    } else if (refused.delete(field.id)) {
      setError(field.id, null);
    }
    if (changed) changed();
  });
  return {
    /** The message of a refused field: inList without the label, for a list that names the field itself. */
    message: (id, inList) => {
      const r = refused.get(id);
      return r ? dayProblem(inList ? null : r.label, r.refusal) : null;
    },
    /** errors (the form's own, by component id) with every refused day in place of what the form found there. */
    over: (errors) => {
      const all = Object.assign({}, errors);
      refused.forEach((r, id) => { all[id] = [dayProblem(r.label, r.refusal)]; });
      form._setState({ errors: all });
      return all;
    }
  };
}

// Forms that edit figures: numbers typed the vi-VN way (7.700.000 or 22,5) read back exactly, and the API's refusals
// (errors[].field of a 400 answer) shown beside the inputs they name.
import { ApiError } from './api.js';
import { el } from './dom.js';
import { texts } from './i18n.js';

const t = texts('entry', {
  notNumber: ['phải là một số (ví dụ 7.700.000 hoặc 22,5)', 'must be a number (e.g. 7.700.000 or 22,5)']
});

/**
 * The number typed in text as a plain decimal string ("7700000", "22.5", "-5"), or null when text is empty; throws
 * a RangeError with the page's words when it is not a number. Numbers are read as the pages write them, the vi-VN
 * way in either language: "." groups thousands and "," marks decimals (a lone "." with other than three digits
 * after it is taken as a decimal point).
 */
export function typedNumber(text) {
  const s = String(text === null || text === undefined ? '' : text).replace(/[\s\u00a0]/g, '');
  if (!s) return null;
  const plain = (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s) ? s.split('.').join('') : s).replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(plain)) throw new RangeError(t('notNumber'));
  return plain;
}

/**
 * Error spans for a form's fields, by the API's field names ("monthlyIncomeVnd", or "localityCode" for
 * "stats[0].localityCode" when rename says so). at(name) makes the span shown beside an input; show(error) puts each
 * of an ApiError's errors[] beside its field and the rest in general (an element); true when any was shown.
 */
export function fieldErrors(general, rename) {
  const spans = new Map();
  const clear = () => {
    spans.forEach((span) => {
      span.textContent = '';
      const input = span.previousElementSibling;
      if (input) input.removeAttribute('aria-invalid');
    });
    general.textContent = '';
  };
  return {
    at(name) {
      const span = el('span', { className: 'field-error', dataset: { errorFor: name }, role: 'alert' });
      spans.set(name, span);
      return span;
    },
    clear,
    /** Shows message beside the field name. */
    put(name, message) {
      const span = spans.get(name);
      if (!span) {
        general.textContent = [general.textContent, message].filter(Boolean).join(' ');
        return;
      }
      span.textContent = [span.textContent, message].filter(Boolean).join(' ');
      const input = span.previousElementSibling;
      if (input) input.setAttribute('aria-invalid', 'true');
    },
    show(error) {
      clear();
      const list = error instanceof ApiError && error.status === 400 ? error.errors : [];
      if (!list.length) {
        general.textContent = error.message;
        return false;
      }
      list.forEach((e) => {
        const name = rename ? rename(e.field || '') : (e.field || '');
        if (spans.has(name)) this.put(name, e.message);
        else this.put('', (e.label || e.field ? `${e.label || e.field}: ` : '') + e.message);
      });
      return true;
    }
  };
}

// Errors shown at the field they concern: a form's error spans are named by the API's field paths, and an answer's
// errors[] are put beside them.
import { ApiError } from './api.js';
import { el } from './dom.js';

/** The field path one level up: "roles[0].locality" → "roles[0]" → "roles"; '' at the top. */
function parent(field) {
  if (field.endsWith(']')) return field.slice(0, field.lastIndexOf('['));
  return field.includes('.') ? field.slice(0, field.lastIndexOf('.')) : '';
}

/**
 * Error spans named by the API's field paths ("username", "roles[0].locality", "weights.VOLUME"), filled from an
 * ApiError. conflicts maps the code of a refusal without errors[] (a 409 such as "the name is taken") to the field it
 * concerns.
 */
export function fieldErrors(conflicts) {
  const nodes = new Map();
  const atField = conflicts || {};
  return {
    /** A new error span for field, to put beside its input. */
    node(field) {
      const n = el('span', { className: 'field-error', dataset: { errorFor: field } });
      nodes.set(field, n);
      return n;
    },
    clear() { nodes.forEach((n) => { n.textContent = ''; }); },
    /** Says message at field (a check made in the page before anything is sent). */
    say(field, message) { nodes.get(field).textContent = message; },
    /**
     * Shows each error beside its field (else beside the nearest named parent, else in fallback); true if any.
     * rename(field) turns the API's field path into the one of the form (a role's index once rows were removed).
     */
    show(error, fallback, rename) {
      this.clear();
      const list = error instanceof ApiError && error.errors.length ? error.errors
        : error instanceof ApiError && atField[error.code] ? [{ field: atField[error.code], message: error.message }] : [];
      list.forEach((e) => {
        let field = rename ? rename(e.field || '') : (e.field || '');
        while (field && !nodes.has(field)) field = parent(field);
        const target = nodes.get(field);
        const text = e.message;
        if (target) target.textContent = (target.textContent ? target.textContent + ' ' : '') + text;
        else fallback.textContent = (fallback.textContent ? fallback.textContent + ' ' : '') + (e.label || e.field ? (e.label || e.field) + ': ' : '') + text;
      });
      return list.length > 0;
    }
  };
}

// The catalog's filters, shared by the ranking and the portfolio page: the search, the scope, whether procedures
// already fully online take part, and the field, level, agency and online level. Each page holds the same controls
// (by id); this module fills their choices, names them in the page's language, reads them for the API and puts
// them in the page's address (and back from it), so that a ranking or a portfolio can be shared by link.
import { api } from '../kit/api.js';
import { $ } from '../kit/dom.js';
import { onLanguage, texts } from '../kit/i18n.js';
import { nameOf } from '../kit/names.js';

const t = texts('filters', {
  search: ['Tìm thủ tục (không cần dấu)…', 'Search procedures (diacritics optional)…'],
  scope: ['Phạm vi', 'Scope'],
  national: ['Toàn quốc', 'National'],
  includeOnline: ['Gồm cả thủ tục đã trực tuyến toàn trình', 'Include procedures already fully online'],
  field: ['Lĩnh vực', 'Field'],
  level: ['Cấp', 'Level'],
  agency: ['Cơ quan', 'Agency'],
  online: ['Mức trực tuyến', 'Online level'],
  all: ['Tất cả', 'All']
});

/** The select filters, by id: the same name in the API's queries and in the page's address. */
const SELECTS = ['field', 'level', 'agency', 'online'];

/** Says the filters' labels, placeholder and fixed choices in the page's language (data-filter-text names the label). */
function sayFilters() {
  document.querySelectorAll('[data-filter-text]').forEach((node) => { node.textContent = t(node.dataset.filterText); });
  $('q').placeholder = t('search');
  $('scope').options[0].textContent = t('national');
  SELECTS.forEach((id) => { $(id).options[0].textContent = t('all'); });
  [['level', 'level'], ['online', 'onlineLevel']].forEach(([id, kind]) => [...$(id).options].filter((o) => o.value)
    .forEach((o) => { o.textContent = nameOf(kind, o.value); }));
}

/**
 * Fills the choices of scope, field and agency (names of places, fields and agencies are data, not the page's words),
 * says the filters in the page's language now and after every switch, and calls changed() whenever a filter changes.
 */
export async function showFilters(changed) {
  sayFilters();
  onLanguage(sayFilters);
  ['q', 'includeOnline'].forEach((id) => $(id).addEventListener('input', changed));
  ['scope', 'includeOnline', ...SELECTS].forEach((id) => $(id).addEventListener('change', changed));
  const [localities, fields, agencies] = await Promise.all([api('/api/localities'), api('/api/fields'), api('/api/agencies')]);
  const datum = (text, value) => Object.assign(new Option(text, value), { translate: false });
  localities.filter((l) => l.kind !== 'NATIONAL').forEach((l) => $('scope').add(datum(l.name, l.code)));
  Object.entries(fields).forEach(([name, count]) => $('field').add(datum(`${name} (${count})`, name)));
  agencies.forEach((a) => $('agency').add(datum(a.name, a.code)));
}

/**
 * The filters as query parameters of the API and of the page's address: scope, q, includeOnline, field, level, agency,
 * online — each only when it narrows (the national scope and "all" are the API's defaults, and a plain address).
 */
export function filterParams() {
  const params = new URLSearchParams();
  if ($('scope').value !== 'national') params.set('scope', $('scope').value);
  if ($('q').value.trim()) params.set('q', $('q').value.trim());
  if ($('includeOnline').checked) params.set('includeOnline', 'true');
  SELECTS.forEach((id) => { if ($(id).value) params.set(id, $(id).value); });
  return params;
}

/** The filters as the body of POST /api/portfolio has them: {scope, includeFullyOnline, filter}. */
export function filterBody() {
  const value = (id) => $(id).value || null;
  return {
    scope: $('scope').value,
    includeFullyOnline: $('includeOnline').checked,
    filter: { text: $('q').value.trim() || null, field: value('field'), level: value('level'),
      agencyCode: value('agency'), onlineLevel: value('online') }
  };
}

/** Sets the filters from an address's parameters (a choice the page does not offer is left at "all"). */
export function restoreFilters(params) {
  const choose = (id, value) => {
    if (value !== null && [...$(id).options].some((o) => o.value === value)) $(id).value = value;
  };
  choose('scope', params.get('scope'));
  SELECTS.forEach((id) => choose(id, params.get(id)));
  if (params.get('q') !== null) $('q').value = params.get('q');
  $('includeOnline').checked = params.get('includeOnline') === 'true';
}

/** Shows params as the page's address (keeping its #fragment), without a new entry in the history. */
export function showInAddress(params) {
  const query = params.toString();
  history.replaceState(null, '', location.pathname + (query ? '?' + query : '') + location.hash);
}

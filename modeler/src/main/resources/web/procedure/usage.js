// The procedure page's usage editor: every usage figure of the procedure with its provenance (statistics, estimated
// or measured; who recorded it, when and why), and, for whoever may record figures for a province, a form that
// records a yearly statistics figure or corrects one. A correction names the version it was read at (a stale one is
// refused by the server); a figure the workflow engine measured is never corrected here, a statistics figure is
// recorded beside it.
import { api, ApiError, currentUser, json } from '../kit/api.js';
import { whileBusy } from '../kit/busy.js';
import { data, el } from '../kit/dom.js';
import { fieldErrors, typedNumber } from '../kit/entry.js';
import { dateTime, money, number } from '../kit/format.js';
import { onLanguage, texts } from '../kit/i18n.js';
import { nameOf } from '../kit/names.js';
import { isCentral, localitiesOf, mayActForLocality } from '../kit/roles.js';
import { table } from '../kit/table.js';

const t = texts('usageEditor', {
  title: ['Số liệu hồ sơ theo địa phương và năm', 'Usage figures by locality and year'],
  help: ['Số liệu thống kê do người dùng ghi; số liệu đo từ hệ thống do quy trình đang vận hành ghi và không sửa tay được — số liệu thống kê được ghi bên cạnh.',
    'Statistics are recorded by people; measured figures come from the running workflow and cannot be corrected by hand — statistics are recorded beside them.'],
  locality: ['Địa phương', 'Locality'],
  year: ['Năm', 'Year'],
  source: ['Nguồn', 'Source'],
  dossiersTotal: ['Tổng số hồ sơ', 'Dossiers'],
  dossiersOnline: ['Trực tuyến', 'Online'],
  dossiersOnTime: ['Đúng hạn', 'On time'],
  recordedBy: ['Người ghi', 'Recorded by'],
  recordedAt: ['Thời điểm ghi', 'Recorded at'],
  note: ['Lý do, nguồn số liệu', 'Reason, source of the figure'],
  actions: ['', ''],
  none: ['Chưa có số liệu.', 'No figures yet.'],
  correct: ['Sửa', 'Correct'],
  recordTitle: ['Ghi số liệu thống kê', 'Record a statistics figure'],
  correctTitle: [(place, year) => `Sửa số liệu thống kê của ${place} năm ${year}`, (place, year) => `Correct the statistics of ${place} for ${year}`],
  choose: ['— Chọn địa phương —', '— Choose a locality —'],
  notePlaceholder: ['Ví dụ: Báo cáo tình hình giải quyết TTHC năm 2024', 'e.g. 2024 report on dossiers handled'],
  save: ['Ghi số liệu', 'Record'],
  saveCorrection: ['Lưu số liệu đã sửa', 'Save the correction'],
  cancel: ['Hủy', 'Cancel'],
  saved: [(place, year) => `Đã ghi số liệu của ${place} năm ${year}.`, (place, year) => `Recorded the figures of ${place} for ${year}.`],
  existing: [(v) => `Địa phương và năm này đã có số liệu thống kê: bạn đang sửa số liệu đó (phiên bản ${v}).`,
    (v) => `This locality and year already has a statistics figure: you are correcting it (version ${v}).`],
  measuredBeside: [(n) => `Số liệu đo từ hệ thống của năm này (${n} hồ sơ) được giữ nguyên; số liệu thống kê được ghi bên cạnh.`,
    (n) => `The measured figure of this year (${n} dossiers) stays as it is; the statistics figure is recorded beside it.`],
  stale: ['Số liệu đã được người khác thay đổi. Tải lại số liệu rồi sửa lại.', 'The figures were changed by someone else. Reload them and correct again.'],
  reload: ['Tải lại số liệu', 'Reload the figures'],
  measuredNote: ['do hệ thống đo', 'measured by the system'],
  version: ['Phiên bản', 'Version'],
  whole: ['phải là một số nguyên', 'must be a whole number']
});

const SOURCE = 'IMPORTED';
const FIELDS = ['dossiersTotal', 'dossiersOnline', 'dossiersOnTime'];

const state = { procedure: null, user: null, localities: [], records: [], editing: null, message: null, box: null, changed: null };
const enc = encodeURIComponent;

const placeName = (code) => (state.localities.find((l) => l.code === code) || {}).name || code;
const provinces = () => state.localities.filter((l) => l.code !== 'VN');

/**
 * Shows the usage editor of procedure in box; localities are those of GET /api/localities. changed(answer) runs
 * with the answer of GET /api/procedures/{code}/usage after figures were recorded, so that the page's other sections
 * (usage by province, the cost basis) follow.
 */
export async function showUsageEditor(procedure, box, localities, changed) {
  Object.assign(state, { procedure, box, localities, changed, editing: null, message: null });
  state.user = await currentUser().catch(() => null);
  await reload();
}

async function reload() {
  const answer = await api(`/api/procedures/${enc(state.procedure.code)}/usage`);
  state.records = answer.stats || [];
  render();
  return answer;
}

/** The provinces this person may record figures for. */
function ownProvinces() {
  if (isCentral(state.user)) return provinces();
  const own = localitiesOf(state.user, 'LOCALITY_OFFICER');
  return provinces().filter((l) => own.includes(l.code));
}

const mayCorrect = (r) => r.source === SOURCE && mayActForLocality(state.user, r.localityCode);

function render() {
  if (!state.box) return;
  // the figures people recorded lately first, then by year (latest first) and locality
  const sorted = state.records.slice().sort((a, b) => String(b.recordedAt || '').localeCompare(String(a.recordedAt || ''))
    || b.year - a.year || placeName(a.localityCode).localeCompare(placeName(b.localityCode), 'vi'));
  const rows = sorted.map((r) => el('tr', { dataset: { locality: r.localityCode, year: r.year, source: r.source } },
    data('td', {}, placeName(r.localityCode)), el('td', { className: 'num' }, r.year),
    el('td', { className: 'source-' + r.source.toLowerCase() }, nameOf('usageSource', r.source)),
    ...FIELDS.map((f) => el('td', { className: 'num' }, money(r[f]))),
    r.source === 'MEASURED' ? el('td', {}, t('measuredNote')) : data('td', {}, r.recordedBy || ''),
    el('td', {}, r.recordedAt ? dateTime(r.recordedAt) : ''),
    r.note ? data('td', {}, r.note) : el('td', {}, ''),
    el('td', { className: 'num' }, number(r.version)),
    el('td', {}, mayCorrect(r) ? el('button', { type: 'button', className: 'secondary correct', onclick: () => edit(r) }, t('correct')) : '')));
  const list = state.records.length
    ? table(['locality', 'year', 'source', 'dossiersTotal', 'dossiersOnline', 'dossiersOnTime', 'recordedBy', 'recordedAt', 'note', 'version', 'actions'],
      rows, { label: t, numeric: [false, true, false, true, true, true, false, false, false, true], attrs: { id: 'usage-figures' } })
    : el('p', {}, t('none'));
  const form = ownProvinces().length ? editor() : null;
  state.box.replaceChildren(...[el('h3', {}, t('title')), el('p', { className: 'note' }, t('help')), form,
    state.message ? el('p', { className: 'ok', id: 'usage-saved', role: 'status' }, state.message) : null, list].filter(Boolean));
}

function edit(record) {
  state.editing = record;
  state.message = null;
  render();
  state.box.querySelector('#usage-total').focus();
}

/** The form recording a new statistics figure, or correcting state.editing. */
function editor() {
  const r = state.editing;
  const general = el('p', { className: 'error', id: 'usage-error', role: 'alert' });
  const errors = fieldErrors(general, (field) => field.replace(/^stats\[\d+\]\./, ''));
  const locality = el('select', { id: 'usage-locality', name: 'localityCode', disabled: Boolean(r) },
    el('option', { value: '' }, t('choose')),
    ...ownProvinces().map((l) => data('option', { value: l.code, selected: r ? r.localityCode === l.code : false }, l.name)));
  const year = el('input', { id: 'usage-year', name: 'year', type: 'number', step: 1, value: r ? r.year : '', disabled: Boolean(r), size: 6 });
  const inputs = Object.fromEntries(FIELDS.map((f) => [f, el('input', { id: 'usage-' + f.replace('dossiers', '').toLowerCase(), name: f,
    inputMode: 'numeric', size: 10, value: r ? number(r[f]) : '' })]));
  const note = el('input', { id: 'usage-note', name: 'note', size: 48, maxLength: 1000, placeholder: t('notePlaceholder'), value: r && r.note ? r.note : '' });
  note.translate = false;
  const hint = el('p', { className: 'note', id: 'usage-hint' });
  const current = () => (r || state.records.find((x) => x.source === SOURCE && x.localityCode === locality.value && String(x.year) === year.value));
  const showHint = () => {
    const measured = state.records.find((x) => x.source === 'MEASURED' && x.localityCode === locality.value && String(x.year) === year.value);
    const existing = r ? null : current();
    hint.textContent = [existing ? t('existing', existing.version) : '', measured ? t('measuredBeside', money(measured.dossiersTotal)) : '']
      .filter(Boolean).join(' ');
  };
  locality.addEventListener('change', showHint);
  year.addEventListener('input', showHint);
  const label = (key, input) => el('label', {}, el('span', {}, t(key)), input, errors.at(input.name));
  const form = el('form', { id: 'usage-form', className: 'usage-form', autocomplete: 'off', noValidate: true, onsubmit: async (e) => {
    e.preventDefault();
    errors.clear();
    const figure = { localityCode: locality.value || null, year: year.value === '' ? null : Number(year.value), source: SOURCE,
      note: note.value.trim() || null };
    let refused = false;
    FIELDS.forEach((f) => {
      try {
        const value = typedNumber(inputs[f].value);
        if (value !== null && !/^-?\d+$/.test(value)) throw new RangeError(t('whole'));
        figure[f] = value === null ? null : Number(value);
      } catch (problem) {
        errors.put(f, problem.message);
        refused = true;
      }
    });
    if (refused) return;
    const stored = current();
    figure.version = stored ? stored.version : 0;
    try {
      await whileBusy(e.submitter, () => api(`/api/procedures/${enc(state.procedure.code)}/usage`, json('POST', { stats: [figure] })));
      state.editing = null;
      state.message = t('saved', placeName(figure.localityCode), figure.year);
      const answer = await reload();
      if (state.changed) state.changed(answer);
    } catch (problem) {
      if (problem instanceof ApiError && problem.status === 409) {
        general.replaceChildren(problem.message, ' ', el('button', { type: 'button', className: 'secondary', id: 'usage-reload',
          onclick: () => { state.editing = null; reload(); } }, t('reload')));
      } else {
        errors.show(problem);
      }
    }
  } },
  el('h4', {}, r ? t('correctTitle', placeName(r.localityCode), r.year) : t('recordTitle')),
  el('div', { className: 'usage-fields' }, label('locality', locality), label('year', year),
    ...FIELDS.map((f) => label(f, inputs[f])), label('note', note)),
  hint, general,
  el('p', {}, el('button', { type: 'submit', id: 'usage-save' }, r ? t('saveCorrection') : t('save')), ' ',
    r ? el('button', { type: 'button', className: 'secondary', id: 'usage-cancel', onclick: () => { state.editing = null; render(); } }, t('cancel')) : null));
  showHint();
  return form;
}

onLanguage(render);

// The procedure page's digitisation and satisfaction: the share of dossiers digitised, of components reused from
// national databases and of results issued electronically, each beside the national reference figure, and the
// applicants' mean score with how many rated — nationwide or in one province, over real dossiers only.
import { api } from '../kit/api.js';
import { el } from '../kit/dom.js';
import { fixed, number, share } from '../kit/format.js';
import { onLanguage, texts } from '../kit/i18n.js';
import * as W from '../workflow/common.js';

const t = texts('procedureDigitisation', {
  pdTitle: ['Số hóa hồ sơ và mức độ hài lòng', 'Digitisation and satisfaction'],
  pdScope: ['Phạm vi', 'Scope'],
  pdNational: ['Toàn quốc', 'Nationwide'],
  pdSatisfaction: ['Mức độ hài lòng', 'Satisfaction'],
  pdDigitised: ['Tỷ lệ hồ sơ được số hóa', 'Dossiers digitised'],
  pdReused: ['Tỷ lệ thành phần tái sử dụng dữ liệu', 'Components reused from databases'],
  pdElectronic: ['Tỷ lệ trả kết quả điện tử', 'Results issued electronically'],
  pdNoData: ['chưa có số liệu', 'no data yet'],
  pdScore: [(m, n) => `${m}/5 (${n} đánh giá)`, (m, n) => `${m}/5 (${n} ratings)`],
  pdOf: [(a, b) => `${a} trên ${b} hồ sơ`, (a, b) => `${a} of ${b} dossiers`],
  pdOfComponents: [(a, b) => `${a} trên ${b} thành phần`, (a, b) => `${a} of ${b} components`],
  pdOfResults: [(a, b) => `${a} trên ${b} kết quả`, (a, b) => `${a} of ${b} results`],
  pdReference: [(v) => `toàn quốc: ${v}`, (v) => `national: ${v}`],
  pdSource: ['Số liệu toàn quốc nêu trong chương trình cải cách thủ tục hành chính: 17,8 % hồ sơ được số hóa, 6,17 % kết quả giải quyết được cấp bản điện tử. Hồ sơ tập huấn và hồ sơ mô phỏng không được tính.',
    'National figures quoted by the administrative procedure reform programme: 17.8 % of dossiers digitised, 6.17 % of results issued as electronic copies. Training and simulated dossiers are not counted.'],
  pdSatisfactionNote: ['Điểm bình quân từ 1 (rất không hài lòng) đến 5 (rất hài lòng) do người nộp hồ sơ đánh giá trên trang tra cứu hồ sơ sau khi có kết quả.',
    'Mean score from 1 (very dissatisfied) to 5 (very satisfied) given by applicants on the status page once their dossier was decided.']
});

const state = { code: null, container: null, figures: null, locality: '' };

function tile(key, label, value, note) {
  return el('div', { className: 'kpi' }, el('span', { className: 'kpi-label' }, t(label)),
    el('span', { className: 'kpi-value', dataset: { kpi: key } }, value),
    note ? el('span', { className: 'note' }, note) : null);
}

function render() {
  const f = state.figures;
  if (!state.container || !f) return;
  const none = t('pdNoData');
  const scope = el('select', { id: 'digitisation-locality', 'aria-label': t('pdScope'),
    onchange: (e) => { state.locality = e.target.value; load(); } });
  W.localityOptions(scope, t('pdNational')).then(() => { scope.value = state.locality; });
  state.container.replaceChildren(
    el('h3', {}, t('pdTitle')),
    el('p', {}, el('label', {}, t('pdScope') + ' ', scope)),
    el('div', { className: 'kpis', id: 'digitisation-kpis' },
      tile('satisfaction', 'pdSatisfaction', f.meanScore === null ? none : t('pdScore', fixed(f.meanScore, 2), number(f.ratings))),
      tile('digitisedShare', 'pdDigitised', f.digitisedShare === null ? none : share(f.digitisedShare),
        [f.digitisedShare === null ? '' : t('pdOf', number(f.dossiersDigitised), number(f.dossiers)) + '; ',
          t('pdReference', share(f.reference.digitisedShare))].join('')),
      tile('reusedShare', 'pdReused', f.reusedShare === null ? none : share(f.reusedShare),
        f.reusedShare === null ? null : t('pdOfComponents', number(f.componentsReused), number(f.components))),
      tile('electronicResultShare', 'pdElectronic', f.electronicResultShare === null ? none : share(f.electronicResultShare, 2),
        [f.electronicResultShare === null ? '' : t('pdOfResults', number(f.resultsElectronic), number(f.results)) + '; ',
          t('pdReference', share(f.reference.electronicResultShare, 2))].join(''))),
    el('p', { className: 'note' }, t('pdSatisfactionNote')),
    el('p', { className: 'note', id: 'digitisation-source' }, t('pdSource')));
}

async function load() {
  const q = state.locality ? '?locality=' + encodeURIComponent(state.locality) : '';
  try {
    state.figures = await api(`/api/procedures/${encodeURIComponent(state.code)}/digitisation${q}`);
    render();
  } catch (e) {
    state.container.replaceChildren(el('h3', {}, t('pdTitle')), el('p', { className: 'error' }, e.message));
  }
}

/** Shows the procedure's digitisation and satisfaction in {@code container}. */
export function showDigitisation(procedure, container) {
  Object.assign(state, { code: procedure.code, container });
  return load();
}

onLanguage(render);

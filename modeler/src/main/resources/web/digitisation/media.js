// Digitisation at the one-stop counter. At intake: how each dossier component received is handed in (on paper,
// scanned, submitted electronically, or reused from a national database — once-only). On the case page: those media,
// how the result was issued (recorded once the case has its outcome) and the applicant's rating.
import { api, json } from '../kit/api.js';
import { data, el, withNames } from '../kit/dom.js';
import { when } from '../kit/format.js';
import { texts } from '../kit/i18n.js';
import { nameOf } from '../kit/names.js';

const t = texts('digitisation', {
  dgIntakeTitle: ['Hình thức nộp thành phần hồ sơ', 'How the dossier components are handed in'],
  dgIntakeNote: ['Thành phần nào không chọn hình thức được ghi nhận là bản giấy.',
    'A component without a choice is recorded as paper.'],
  dgComponent: ['Thành phần hồ sơ', 'Dossier component'],
  dgMedium: ['Hình thức nộp', 'Handed in as'],
  dgNoComponents: ['Thủ tục không có thành phần hồ sơ nào để ghi nhận.', 'The procedure lists no dossier component.'],
  dgCaseTitle: ['Số hóa hồ sơ và đánh giá của người nộp', 'Digitisation and the applicant’s rating'],
  dgNotRecorded: ['Hồ sơ được tiếp nhận trước khi ghi nhận hình thức nộp thành phần hồ sơ.',
    'The dossier was received before component media were recorded.'],
  dgDigitised: ['Hồ sơ được số hóa toàn bộ', 'Fully digitised dossier'],
  dgResult: ['Hình thức trả kết quả', 'Result issued as'],
  dgResultNone: ['chưa ghi nhận', 'not recorded yet'],
  dgResultAfter: ['Ghi nhận được khi hồ sơ đã được giải quyết (cấp kết quả hoặc từ chối).',
    'Can be recorded once the dossier is decided (granted or refused).'],
  dgRecord: ['Ghi nhận', 'Record'],
  dgRating: ['Đánh giá của người nộp hồ sơ', 'Applicant’s rating'],
  dgRatingNone: ['chưa có đánh giá', 'not rated yet'],
  dgScore: [(s) => `${s}/5`, (s) => `${s}/5`],
  dgTraining: ['Hồ sơ tập huấn: không tính vào số liệu.', 'Training dossier: counted in no figure.']
});

export const MEDIA = ['PAPER', 'SCANNED', 'ELECTRONIC', 'REUSED'];
const RESULTS = ['PAPER', 'ELECTRONIC'];

/**
 * The intake's table of components with a medium to choose for each: the general case's components, or every
 * component when the start form has boxes to tick them (then only the ticked ones are sent).
 */
export function mediaPanel(procedure, everyComponent) {
  const components = (procedure.dossierComponents || []).map((c, i) => ({ c, n: i + 1 }))
    .filter(({ c }) => everyComponent || !c.caseName);
  const rows = components.map(({ c, n }) => el('tr', { dataset: { component: String(n) } },
    el('td', {}, data('span', {}, c.name), c.caseName ? [' ', data('span', { className: 'note' }, '(' + c.caseName + ')')] : null),
    el('td', {}, el('select', { id: 'medium-' + n, dataset: { component: String(n) }, 'aria-label': t('dgMedium') },
      MEDIA.map((m) => el('option', { value: m }, nameOf('medium', m)))))));
  return el('section', { id: 'media-panel', className: 'media-panel' },
    el('h3', {}, t('dgIntakeTitle')),
    rows.length ? [el('table', { className: 'compact', id: 'media-table' },
      el('thead', {}, el('tr', {}, el('th', {}, t('dgComponent')), el('th', {}, t('dgMedium')))),
      el('tbody', {}, rows)), el('p', { className: 'note' }, t('dgIntakeNote'))]
      : el('p', { className: 'note' }, t('dgNoComponents')));
}

/**
 * The media chosen in the panel, as the case start body's components: [{component, medium}], only for components
 * received (those ticked, when the form's data has component boxes).
 */
export function chosenMedia(panel, formData) {
  const ticking = Object.keys(formData || {}).some((k) => k.startsWith('component_'));
  return [...panel.querySelectorAll('select[data-component]')]
    .map((s) => ({ component: Number(s.dataset.component), medium: s.value }))
    .filter((m) => !ticking || formData['component_' + m.component] === true);
}

/**
 * The case page's section: each component's medium, whether the dossier is fully digitised, the result's medium
 * (with a choice to record it when the person may and the case has ended) and the applicant's rating.
 */
export function caseSection(view, mayRecord, reload) {
  const d = view.digitisation;
  if (!d) return el('div');
  const ended = ['GRANTED', 'REFUSED'].includes(view.summary.outcome);
  const error = el('p', { className: 'error', id: 'result-medium-error', role: 'alert' });
  const choice = el('select', { id: 'result-medium', 'aria-label': t('dgResult') },
    RESULTS.map((m) => el('option', { value: m, selected: d.result === m }, nameOf('resultMedium', m))));
  const record = async () => {
    error.textContent = '';
    try {
      await api('/api/cases/' + encodeURIComponent(view.summary.id) + '/result-medium',
        json('PUT', { medium: choice.value }));
      reload();
    } catch (e) { error.replaceChildren(...withNames(e.message)); }
  };
  const result = [el('span', { id: 'result-medium-shown', dataset: { medium: d.result || '' } },
    d.result ? nameOf('resultMedium', d.result) : t('dgResultNone'))];
  if (mayRecord && ended) {
    result.push(' ', choice, ' ', el('button', { type: 'button', className: 'secondary', id: 'record-result', onclick: record },
      t('dgRecord')));
  } else if (!ended) {
    result.push(' ', el('span', { className: 'note' }, t('dgResultAfter')));
  }
  const rating = d.rating
    ? [el('strong', { id: 'rating-score' }, t('dgScore', d.rating.score)), d.rating.comment
      ? [' — ', data('span', { id: 'rating-comment' }, d.rating.comment)] : null, ' ',
    el('span', { className: 'note' }, when(d.rating.ratedAt))]
    : el('span', { className: 'note', id: 'rating-score' }, t('dgRatingNone'));
  return el('div', {},
    el('h3', {}, t('dgCaseTitle')),
    d.counted === false ? el('p', { className: 'note' }, t('dgTraining')) : null,
    d.components.length
      ? el('table', { className: 'compact', id: 'media-table' },
        el('thead', {}, el('tr', {}, el('th', {}, t('dgComponent')), el('th', {}, t('dgMedium')))),
        el('tbody', {}, d.components.map((c) => el('tr', { dataset: { component: String(c.component), medium: c.medium } },
          el('td', {}, data('span', {}, c.name)), el('td', {}, nameOf('medium', c.medium))))))
      : el('p', { className: 'note' }, t('dgNotRecorded')),
    el('dl', { className: 'facts' },
      el('dt', {}, t('dgDigitised')), el('dd', { id: 'digitised', dataset: { digitised: String(d.digitised) } },
        nameOf('boolean', String(d.digitised))),
      el('dt', {}, t('dgResult')), el('dd', {}, result),
      el('dt', {}, t('dgRating')), el('dd', {}, rating)),
    error);
}

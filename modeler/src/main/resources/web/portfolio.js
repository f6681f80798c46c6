// The portfolio page: given an effort budget in person-days and the catalog's scope and filters, the exact set of
// procedures whose bringing online saves applicants the most, with its totals, what was left out and why, and the
// same as a workbook. The page's address carries the budget, the filters and the profile, so a portfolio is shared
// by link; the profile (and "what if" weights coming from the ranking) only give each chosen procedure its rank.
import { api, json, params as addressed } from './kit/api.js';
import { busyDownload } from './kit/busy.js';
import { $, el } from './kit/dom.js';
import { fieldErrors } from './kit/fields.js';
import { largeVnd, money, number, vnd } from './kit/format.js';
import { language, onLanguage, showPage, texts } from './kit/i18n.js';
import { nameOf } from './kit/names.js';
import { table } from './kit/table.js';
import { filterBody, filterParams, restoreFilters, showFilters, showInAddress } from './ranking/filters.js';
import { DEFAULT_PROFILE, profileOption, renameProfileOptions } from './ranking/profiles.js';

const t = texts('portfolio', {
  tagline: ['Chọn thủ tục đưa lên trực tuyến trong ngân sách', 'Procedures to bring online within a budget'],
  budget: ['Ngân sách (ngày công)', 'Budget (person-days)'],
  profile: ['Bộ tiêu chí (hạng ưu tiên)', 'Profile (priority rank)'],
  about: ['Tập thủ tục có tổng tiết kiệm chi phí tuân thủ mỗi năm lớn nhất mà tổng công sức không vượt ngân sách — lời giải tối ưu'
    + ' chính xác, không phải chọn lần lượt theo thứ hạng. Công sức là số ngày công ước tính để đưa thủ tục lên trực tuyến toàn trình.',
  'The set of procedures with the largest total compliance cost saved per year whose total effort fits the budget — the exact'
    + ' optimum, not a pick down the ranking. Effort is the estimated person-days to bring a procedure fully online.'],
  customWeights: [(w) => `Hạng ưu tiên theo trọng số “nếu như” từ bảng xếp hạng: ${w}.`, (w) => `Priority ranks under the “what if” weights from the ranking: ${w}.`],
  xlsx: ['Tải về Excel (XLSX)', 'Download as Excel (XLSX)'],
  toRanking: ['← Bảng xếp hạng với cùng bộ lọc', '← The ranking with the same filters'],
  selectedTitle: ['Thủ tục được chọn', 'Procedures chosen'],
  leftOutTitle: ['Thủ tục không được chọn và lý do', 'Procedures left out and why'],
  chosen: ['Số thủ tục được chọn', 'Procedures chosen'],
  totalSaving: ['Tổng tiết kiệm chi phí tuân thủ', 'Total compliance cost saved'],
  totalEffort: ['Tổng công sức', 'Total effort'],
  remaining: ['Ngân sách còn lại', 'Budget left'],
  perYear: [(v) => `${v}/năm`, (v) => `${v}/year`],
  ofBudget: [(used, budget) => `${used} / ${budget}`, (used, budget) => `${used} / ${budget}`],
  days: [(n) => `${n} ngày công`, (n) => `${n} person-days`],
  no: ['Thứ tự', 'No.'],
  code: ['Mã', 'Code'],
  name: ['Thủ tục', 'Procedure'],
  field: ['Lĩnh vực', 'Field'],
  onlineLevel: ['Mức trực tuyến hiện nay', 'Online level today'],
  rank: ['Hạng ưu tiên', 'Priority rank'],
  effort: ['Công sức (ngày công)', 'Effort (person-days)'],
  dossiers: ['Hồ sơ/năm', 'Dossiers/year'],
  cost: ['Chi phí tuân thủ/năm (đ)', 'Compliance cost/year (VND)'],
  saving: ['Tiết kiệm/năm (đ)', 'Saving/year (VND)'],
  reason: ['Lý do', 'Why'],
  total: ['Tổng cộng', 'Total'],
  noneChosen: ['Không có thủ tục nào vừa ngân sách mà giảm được chi phí tuân thủ.', 'No procedure fits the budget and saves compliance cost.'],
  noneLeftOut: ['Không có thủ tục nào bị loại.', 'No procedure was left out.'],
  leftOutCounts: [(n, parts) => `${n} thủ tục không được chọn: ${parts}.`, (n, parts) => `${n} procedures left out: ${parts}.`],
  leftOutListed: [(shown) => `Bảng dưới liệt kê ${shown} thủ tục đầu tiên; tệp Excel có đủ tất cả.`,
    (shown) => `The table lists the first ${shown}; the Excel file has them all.`],
  'reason.NOT_CHOSEN': [(left) => `không đủ ngân sách còn lại (còn ${left} ngày công)`, (left) => `not enough budget left (${left} person-days)`],
  'reason.OVER_BUDGET': ['vượt ngân sách', 'over budget'],
  'reason.NO_SAVING': ['phương án không giảm chi phí tuân thủ', 'its to-be saves nothing'],
  'reason.NO_USAGE': ['không có số liệu hồ sơ', 'no dossier figures'],
  'reason.NO_COST_DATA': ['không có số liệu chi phí', 'no cost figures'],
  'reason.FULLY_ONLINE': ['đã trực tuyến toàn trình', 'already fully online'],
  budgetMissing: ['Hãy nhập ngân sách: số ngày công từ 0 đến 1.000.000.', 'Enter a budget: person-days from 0 to 1,000,000.']
});
showPage(t);

const CRITERIA = ['VOLUME', 'ANNUAL_COST', 'SAVING_POTENTIAL', 'READINESS', 'ONLINE_GAP', 'DISSATISFACTION'];
const errors = fieldErrors();
$('budget').after(' ', errors.node('budgetDays'));
$('profile').after(' ', errors.node('profile'));
/** The "what if" weights the ranking's link brought (VOLUME:30,…), kept until another profile is chosen. */
let weights = addressed.get('weights');

function applyTexts() {
  renameProfileOptions($('profile'));
  $('weights-note').hidden = !weights;
  $('weights-note').textContent = weights ? t('customWeights', weights.replaceAll(',', ', ')) : '';
}

/** The weights of the address as the body's map ({VOLUME: 30, …}); null when none. */
function weightMap() {
  if (!weights) return null;
  const map = {};
  weights.split(',').forEach((part) => {
    const [criterion, value] = part.split(':');
    if (CRITERIA.includes(criterion)) map[criterion] = Number(value);
  });
  return map;
}

/** The portfolio as the address carries it: the budget, the filters, the profile and any "what if" weights. */
function portfolioParams() {
  const params = filterParams();
  params.set('budgetDays', $('budget').value.trim());
  if ($('profile').value && $('profile').value !== DEFAULT_PROFILE) params.set('profile', $('profile').value);
  if (weights) params.set('weights', weights);
  return params;
}

let timer;
function schedule() {
  clearTimeout(timer);
  timer = setTimeout(choose, 250);
}

async function choose() {
  const params = portfolioParams();
  showInAddress(params);
  const links = new URLSearchParams(params);
  links.set('lang', language());
  $('p-xlsx').href = '/api/portfolio.xlsx?' + links;
  links.delete('lang');
  $('to-ranking').href = '/?' + links;
  errors.clear();
  $('error').textContent = '';
  const budget = $('budget').value.trim();
  if (!/^\d+$/.test(budget)) {
    errors.say('budgetDays', t('budgetMissing'));
    return;
  }
  try {
    const result = await api('/api/portfolio', json('POST', Object.assign(filterBody(),
      { budgetDays: Number(budget), profile: $('profile').value || DEFAULT_PROFILE, weights: weightMap() })));
    render(result);
  } catch (e) {
    if (!errors.show(e, $('error'))) $('error').textContent = e.message;
  }
}

const kpi = (label, value, className) => el('div', { className: 'kpi' + (className ? ' ' + className : '') },
  el('span', { className: 'kpi-label' }, label), el('span', { className: 'kpi-value' }, value));

function render(result) {
  $('totals').replaceChildren(
    kpi(t('chosen'), number(result.selected.length)),
    kpi(t('totalSaving'), t('perYear', largeVnd(result.totalSavingVnd)), 'saving'),
    kpi(t('totalEffort'), t('days', t('ofBudget', number(result.totalEffortDays), number(result.budgetDays)))),
    kpi(t('remaining'), t('days', number(result.remainingDays))));
  $('totals').querySelector('.saving .kpi-value').title = t('perYear', vnd(result.totalSavingVnd));

  const rows = result.selected.map((p, i) => el('tr', { className: 'chosen', dataset: { code: p.code } },
    el('td', { className: 'num' }, i + 1),
    el('td', {}, el('a', { href: '/procedure.html?code=' + encodeURIComponent(p.code) }, p.code)),
    el('td', { translate: false }, p.name), el('td', { translate: false }, p.field),
    el('td', {}, nameOf('onlineLevel', p.onlineLevel)), el('td', { className: 'num' }, p.rank),
    el('td', { className: 'num' }, number(p.effortDays)), el('td', { className: 'num' }, money(p.dossiersPerYear)),
    el('td', { className: 'num' }, money(p.annualCostVnd)), el('td', { className: 'num' }, money(p.savingVnd))));
  const chosen = table(['no', 'code', 'name', 'field', 'onlineLevel', 'rank', 'effort', 'dossiers', 'cost', 'saving'], rows,
    { label: t, numeric: [true, false, false, false, false, true, true, true, true, true], attrs: { id: 'selection-table' } });
  chosen.append(el('tfoot', {}, el('tr', { className: 'total' }, el('th', { colSpan: 6 }, t('total')),
    el('th', { className: 'num', id: 'total-effort' }, number(result.totalEffortDays)), el('th'), el('th'),
    el('th', { className: 'num', id: 'total-saving' }, money(result.totalSavingVnd)))));
  $('selection').replaceChildren(result.selected.length ? chosen : el('p', { className: 'note' }, t('noneChosen')));

  const reason = (r) => t('reason.' + r, number(result.remainingDays));
  const counts = Object.entries(result.leftOutCounts).map(([r, n]) => `${number(n)} ${reason(r)}`).join('; ');
  $('left-out-counts').replaceChildren(result.leftOutTotal ? t('leftOutCounts', number(result.leftOutTotal), counts) : t('noneLeftOut'),
    result.leftOut.length < result.leftOutTotal ? ' ' + t('leftOutListed', number(result.leftOut.length)) : '');
  const left = result.leftOut.map((p) => el('tr', { className: 'left-out', dataset: { code: p.code, reason: p.reason } },
    el('td', {}, el('a', { href: '/procedure.html?code=' + encodeURIComponent(p.code) }, p.code)),
    el('td', { translate: false }, p.name), el('td', {}, nameOf('onlineLevel', p.onlineLevel)),
    el('td', { className: 'num' }, number(p.effortDays)), el('td', { className: 'num' }, money(p.savingVnd)),
    el('td', { className: 'reason' }, reason(p.reason))));
  $('left-out').replaceChildren(left.length ? table(['code', 'name', 'onlineLevel', 'effort', 'saving', 'reason'], left,
    { label: t, numeric: [false, false, false, true, true, false], attrs: { id: 'left-out-table' } }) : '');
}

async function start() {
  const [profiles] = await Promise.all([api('/api/profiles'), showFilters(schedule)]);
  $('profile').replaceChildren(...profiles.map(profileOption));
  const named = addressed.get('profile');
  $('profile').value = profiles.some((p) => p.name === named) ? named : DEFAULT_PROFILE;
  restoreFilters(addressed);
  if (addressed.get('budgetDays') !== null) $('budget').value = addressed.get('budgetDays');
  applyTexts();
  await choose();
}

onLanguage(() => { applyTexts(); choose(); });
$('filters').addEventListener('submit', (e) => e.preventDefault());
$('more-filters').addEventListener('submit', (e) => e.preventDefault());
$('budget').addEventListener('input', schedule);
busyDownload($('p-xlsx'), (e) => { $('error').textContent = e.message; });
$('profile').addEventListener('change', () => { weights = null; applyTexts(); schedule(); });
start().catch((e) => { $('error').textContent = e.message; });

// The ranking page: the priority list with a score bar per row and, on click, each criterion's contribution.
// Withdrawn procedures (đã bãi bỏ) are never ranked; they are listed apart, below, with links to their pages. The
// page's address carries the scope, the filters, the profile and "what if" weights, so that a ranking is shared by
// link; the priority profiles are kept from here (ranking/profiles.js).
import { api, params as addressed } from './kit/api.js';
import { longTable } from './kit/datatable.js';
import { $, el } from './kit/dom.js';
import { fixed, largeVnd, money, number, share, vnd } from './kit/format.js';
import { onLanguage, showPage, texts } from './kit/i18n.js';
import { nameOf } from './kit/names.js';
import { showAddProcedure } from './procedure/add-link.js';
import { measuredBeside } from './procedure/measured.js';
import { showPlanBadges } from './plan/badges.js';
import { filterParams, restoreFilters, showFilters, showInAddress } from './ranking/filters.js';
import { DEFAULT_PROFILE, profileName, profileOption, renameProfileOptions, showProfileTools } from './ranking/profiles.js';

const t = texts('catalog', {
  tagline: ['Ưu tiên cải cách thủ tục hành chính', 'Administrative procedure reform priorities'],
  profile: ['Bộ tiêu chí', 'Profile'],
  toPortfolio: ['Chọn thủ tục theo ngân sách →', 'Choose procedures within a budget →'],
  rank: ['Hạng', 'Rank'],
  code: ['Mã', 'Code'],
  name: ['Thủ tục', 'Procedure'],
  score: ['Điểm', 'Score'],
  volume: ['Hồ sơ/năm', 'Dossiers/year'],
  cost: ['Chi phí tuân thủ/năm (đ)', 'Compliance cost/year (VND)'],
  saving: ['Tiết kiệm tiềm năng (đ)', 'Saving potential (VND)'],
  summary: [(n, p) => `${n} thủ tục được xếp hạng theo bộ tiêu chí “${p}”. Bấm vào một dòng để xem giải thích.`, (n, p) => `${n} procedures ranked with profile “${p}”. Click a row for its explanation.`],
  criterion: ['Tiêu chí', 'Criterion'],
  raw: ['Giá trị', 'Raw value'],
  normalized: ['Giá trị chuẩn hóa (0–1)', 'Normalised value (0–1)'],
  weight: ['Trọng số', 'Weight'],
  contribution: ['Đóng góp (điểm)', 'Contribution (points)'],
  dossiers: [(n) => `${n} hồ sơ/năm`, (n) => `${n} dossiers/year`],
  perYear: [(v) => `${v}/năm`, (v) => `${v}/year`],
  readinessValue: [(p) => `${p} thành phần hồ sơ tái sử dụng được`, (p) => `${p} of dossier components reusable`],
  gapValue: [(v, level) => `${v} (${level})`, (v, level) => `${v} (${level})`],
  explainHow: [(score) => `Cách tính: đóng góp của mỗi tiêu chí = 100 × trọng số × giá trị chuẩn hóa. Giá trị chuẩn hóa đặt thủ tục`
      + ' trong khoảng từ 0 (thấp nhất) đến 1 (cao nhất) so với các thủ tục đang được xếp hạng; số hồ sơ, chi phí và tiết kiệm'
      + ' được so sánh theo thang lô-ga-rít để một thủ tục rất lớn không làm lu mờ các thủ tục khác. Trọng số là trọng số của bộ'
      + ` tiêu chí chia cho tổng các trọng số. Điểm ${score} là tổng các đóng góp (từ 0 đến 100).`,
    (score) => 'How it is computed: each criterion contributes 100 × weight × normalised value. The normalised value places the'
      + ' procedure between 0 (lowest) and 1 (highest) among the procedures being ranked; dossiers, cost and saving are'
      + ' compared on a logarithmic scale so that one very large procedure does not flatten the others. The weight is the'
      + ` profile's weight divided by the sum of the weights. The score ${score} is the sum of the contributions (0 to 100).`],
  VOLUME: ['Số hồ sơ/năm', 'Dossiers per year'],
  ANNUAL_COST: ['Chi phí tuân thủ/năm', 'Annual compliance cost'],
  SAVING_POTENTIAL: ['Tiết kiệm tiềm năng', 'Saving potential'],
  READINESS: ['Mức sẵn sàng (tái sử dụng dữ liệu)', 'Readiness (reusable data)'],
  ONLINE_GAP: ['Khoảng cách tới trực tuyến toàn trình', 'Gap to full online'],
  DISSATISFACTION: ['Mức độ không hài lòng', 'Dissatisfaction'],
  dissatisfactionValue: [(mean, n) => `điểm hài lòng bình quân ${mean}/5 (${n} đánh giá)`,
    (mean, n) => `mean satisfaction ${mean}/5 (${n} ratings)`],
  dissatisfactionNeutral: ['chưa có đánh giá: tính ở mức trung bình, không làm tăng hay giảm điểm',
    'no ratings yet: counted as neutral, neither raising nor lowering the score'],
  fullyOnline: ['toàn trình', 'fully online'],
  weightsEdit: ['Điều chỉnh trọng số', 'Adjust weights'],
  weightsLegend: ['Trọng số “nếu như” (xếp hạng lại ngay khi thay đổi)', '“What if” weights (re-ranks as you change them)'],
  weightsReset: ['Về trọng số của bộ tiêu chí', 'Back to the profile\'s weights'],
  custom: ['tùy chỉnh', 'custom'],
  open: ['Mở trang thủ tục', 'Open the procedure page'],
  measured: ['đo thực tế', 'measured'],
  measuredTitle: [(n) => `${n} hồ sơ được đếm từ quy trình đang vận hành`, (n) => `${n} dossiers counted by the running workflow`],
  procedures: ['thủ tục', 'procedures'],
  exportTitle: ['Xếp hạng ưu tiên', 'Priority ranking'],
  hiddenOnline: [(n) => `${n} thủ tục trực tuyến toàn trình đang bị ẩn: bảng xếp hạng mặc định không gồm các thủ tục đã trực tuyến toàn trình.`,
    (n) => `${n} fully online ${n === '1' ? 'procedure is' : 'procedures are'} hidden: by default the ranking leaves out procedures already fully online.`],
  showHidden: ['Hiện các thủ tục này', 'Show them'],
  withdrawnList: [(n) => `Thủ tục đã bãi bỏ, không xếp hạng (${n})`, (n) => `Withdrawn procedures, not ranked (${n})`]
});
showPage(t);

function applyTexts() {
  renameProfileOptions($('profile'));
}

const CRITERIA = ['VOLUME', 'ANNUAL_COST', 'SAVING_POTENTIAL', 'READINESS', 'ONLINE_GAP', 'DISSATISFACTION'];
let profiles = [];
let customWeights = null;
let profileTools = null;

/** Asks for the profiles again and chooses name (the default when it is gone), with its own weights. */
async function loadProfiles(name) {
  profiles = await api('/api/profiles');
  $('profile').replaceChildren(...profiles.map(profileOption));
  $('profile').value = profiles.some((p) => p.name === name) ? name : DEFAULT_PROFILE;
}

/** "What if" weights as the address writes them, VOLUME:30,ANNUAL_COST:20,…; null when absent or not numbers. */
function weightsFrom(text) {
  if (!text) return null;
  const weights = {};
  CRITERIA.forEach((c) => { weights[c] = 0; });
  for (const part of text.split(',')) {
    const [criterion, value] = part.split(':');
    if (!CRITERIA.includes(criterion) || value === undefined || Number.isNaN(Number(value))) return null;
    weights[criterion] = Number(value);
  }
  return weights;
}

/** The ranking as the address carries it: the filters, the profile and the "what if" weights (defaults left out). */
function rankingParams() {
  const params = filterParams();
  if ($('profile').value && $('profile').value !== DEFAULT_PROFILE) params.set('profile', $('profile').value);
  if (customWeights) params.set('weights', CRITERIA.map((c) => c + ':' + customWeights[c]).join(','));
  return params;
}

/** Fills the choices and restores the ranking the address names (a shared link opens the same view). */
async function loadChoices() {
  await Promise.all([showFilters(scheduleRank), loadProfiles(addressed.get('profile'))]);
  restoreFilters(addressed);
  customWeights = weightsFrom(addressed.get('weights'));
  if (customWeights) $('weights').hidden = false;
  renderWeights();
  profileTools = await showProfileTools($('profile-tools'), {
    profile: currentProfile,
    weights: () => customWeights || readWeights(),
    reload: async (name) => { await loadProfiles(name); chooseProfile(); }
  });
}

/** The profile chosen: its own weights again, its tools, a new ranking. */
function chooseProfile() {
  customWeights = null;
  renderWeights();
  if (profileTools) profileTools.chosen();
  scheduleRank();
}

function currentProfile() {
  return profiles.find((p) => p.name === $('profile').value) || profiles[0];
}

/** One number input per criterion, starting from the chosen profile's weights. */
function renderWeights() {
  const profile = currentProfile();
  if (!profile) return;
  $('weight-inputs').replaceChildren(...CRITERIA.map((c) => el('label', { className: 'weight' },
    el('span', { dataset: { i18n: c } }, t(c)),
    el('input', { type: 'number', min: '0', max: '1000', step: '1', id: 'w-' + c, dataset: { criterion: c },
      value: customWeights ? customWeights[c] : Number(profile.weights[c] || 0),
      oninput: () => { customWeights = readWeights(); scheduleRank(); } }))));
}

function readWeights() {
  const weights = {};
  CRITERIA.forEach((c) => { weights[c] = Math.max(0, Number($('w-' + c).value) || 0); });
  return weights;
}

let timer;
function scheduleRank() {
  clearTimeout(timer);
  ranking.first();
  timer = setTimeout(rank, 200);
}

const ranking = longTable($('ranking'), {
  title: t('exportTitle'),
  noun: () => t('procedures'),
  server: {
    sorts: ['rank', 'code', 'name', 'score', 'volume', 'cost', 'saving'],
    sort: { column: 0, descending: false },
    load: () => rank(),
    exportUrl: (format) => {
      const params = rankingParams();
      const sort = ranking.query().sort;
      if (sort) params.set('sort', sort);
      return `/api/priorities.${format}?${params}`;
    }
  }
}).longTable;

let shown = null;
async function rank() {
  const asked = rankingParams();
  showInAddress(asked);
  const toPortfolio = new URLSearchParams(asked);
  if (addressed.get('budgetDays')) toPortfolio.set('budgetDays', addressed.get('budgetDays'));
  $('to-portfolio').href = '/portfolio.html?' + toPortfolio;
  const params = new URLSearchParams(asked);
  const page = ranking.query();
  params.set('offset', String(page.offset));
  params.set('limit', String(page.limit));
  if (page.sort) params.set('sort', page.sort);
  try {
    const result = await api('/api/priorities?' + params);
    $('error').textContent = '';
    shown = result;
    render(result.items);
    showSummary();
    ranking.loaded(result.total);
  } catch (e) {
    $('error').textContent = e.message;
  }
}

/** How many procedures are ranked, and how many the filters hide, with the one click that shows them. */
function showSummary() {
  if (!shown) return;
  $('summary').textContent = t('summary', money(shown.total), profileName(shown.profile) + (customWeights ? ' (' + t('custom') + ')' : ''));
  const hidden = shown.hiddenFullyOnline || 0;
  $('hidden-notice').hidden = hidden === 0;
  $('hidden-text').textContent = hidden ? t('hiddenOnline', money(hidden)) : '';
  $('show-hidden').textContent = t('showHidden');
}

function cell(text, className) {
  const td = document.createElement('td');
  if (className) td.className = className;
  td.textContent = text;
  return td;
}

function render(items) {
  const body = $('ranking').tBodies[0];
  body.replaceChildren();
  items.forEach((item) => {
    const row = document.createElement('tr');
    row.className = 'item';
    row.dataset.code = item.code;
    const code = cell('');
    code.append(el('a', { href: '/procedure.html?code=' + encodeURIComponent(item.code), title: t('open'),
      onclick: (e) => e.stopPropagation() }, item.code));
    row.append(cell(item.rank, 'num'), code);
    const name = cell('');
    name.append(el('span', { translate: false }, item.name));
    if (item.fullyOnline) {
      const badge = document.createElement('span');
      badge.className = 'badge';
      badge.textContent = t('fullyOnline');
      name.append(badge);
    }
    const score = cell('', 'score');
    const bar = document.createElement('span');
    bar.className = 'bar';
    bar.style.width = (Number(item.score) * 1.2) + 'px';
    score.append(bar, document.createTextNode(fixed(item.score, 2)));
    const volume = cell(money(item.dossiersPerYear), 'num');
    if (item.measuredDossiers > 0) {
      const measured = document.createElement('span');
      measured.className = 'badge measured';
      measured.textContent = t('measured');
      measured.title = t('measuredTitle', money(item.measuredDossiers));
      volume.append(' ', measured);
    }
    row.append(name, score, volume, cell(money(item.annualCostVnd), 'num'),
      cell(money(item.savingPotentialVnd), 'num'));
    row.addEventListener('click', () => toggleExplanation(row, item));
    body.append(row);
    if (location.hash === '#explain=' + item.code) toggleExplanation(row, item);
  });
}

const GAP_LEVELS = { 1: 'NONE', 0.5: 'PARTIAL', 0: 'FULL' };

/** A criterion's raw value as a person reads it, with its unit. */
function rawValue(criterion, raw, item) {
  switch (criterion) {
    case 'VOLUME': return t('dossiers', money(raw));
    case 'ANNUAL_COST':
    case 'SAVING_POTENTIAL': return t('perYear', largeVnd(raw));
    case 'READINESS': return t('readinessValue', share(raw));
    case 'ONLINE_GAP': return GAP_LEVELS[Number(raw)] === undefined ? number(raw)
      : t('gapValue', number(raw), nameOf('onlineLevel', GAP_LEVELS[Number(raw)]));
    case 'DISSATISFACTION': return `${number(raw, 2)} (${item && item.satisfaction
      ? t('dissatisfactionValue', fixed(item.satisfaction.meanScore, 2), number(item.satisfaction.ratings))
      : t('dissatisfactionNeutral')})`;
    default: return number(raw);
  }
}

function toggleExplanation(row, item) {
  const next = row.nextElementSibling;
  if (next && next.classList.contains('explain')) {
    next.remove();
    return;
  }
  history.replaceState(null, '', '#explain=' + item.code);
  const explain = document.createElement('tr');
  explain.className = 'explain attached';
  const td = document.createElement('td');
  td.colSpan = 7;
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  ['criterion', 'raw', 'normalized', 'weight', 'contribution'].forEach((k) => {
    const th = document.createElement('th');
    th.textContent = t(k);
    head.append(th);
  });
  const body = table.createTBody();
  item.contributions.forEach((c) => {
    const r = body.insertRow();
    r.dataset.criterion = c.criterion;
    const raw = cell(rawValue(c.criterion, c.raw, item), 'num');
    if (c.criterion === 'ANNUAL_COST' || c.criterion === 'SAVING_POTENTIAL') raw.title = t('perYear', vnd(c.raw));
    r.append(cell(t(c.criterion)), raw, cell(number(c.normalized, 3), 'num'),
      cell(share(c.weight), 'num'), cell(fixed(c.contribution, 2), 'num'));
  });
  const how = document.createElement('p');
  how.className = 'note explain-how';
  how.textContent = t('explainHow', fixed(item.score, 2));
  td.append(table, how);
  const measured = measuredBeside(item.measured,
    (code) => ([...$('scope').options].find((o) => o.value === code) || {}).textContent || code);
  if (measured) td.append(measured);
  explain.append(td);
  row.after(explain);
}

onLanguage(() => { applyTexts(); rank(); });
$('filters').addEventListener('submit', (e) => e.preventDefault());
$('more-filters').addEventListener('submit', (e) => e.preventDefault());
$('profile').addEventListener('change', chooseProfile);
$('weightsToggle').addEventListener('click', () => { $('weights').hidden = !$('weights').hidden; });
$('weightsReset').addEventListener('click', () => { customWeights = null; renderWeights(); scheduleRank(); });
$('show-hidden').addEventListener('click', () => { $('includeOnline').checked = true; ranking.first(); rank(); });
applyTexts();
loadChoices().then(rank).catch((e) => { $('error').textContent = e.message; });
showPlanBadges();
showAddProcedure($('filters'));

/** The withdrawn procedures, apart from the ranking: a reform officer can still open (and reinstate) them. */
async function showWithdrawn() {
  try {
    const page = await api('/api/procedures?withdrawn=only&limit=500');
    const box = $('withdrawn');
    box.hidden = page.total === 0;
    box.querySelector('summary').textContent = t('withdrawnList', page.total);
    box.querySelector('ul').replaceChildren(...page.items.map((p) => el('li', { dataset: { code: p.code } },
      el('a', { href: '/procedure.html?code=' + encodeURIComponent(p.code) }, p.code), ' ', el('span', { translate: false }, p.name))));
  } catch (e) {
    $('error').textContent = e.message;
  }
}
showWithdrawn();
onLanguage(showWithdrawn);

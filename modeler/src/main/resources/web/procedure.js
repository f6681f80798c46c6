// The procedure page: its data, dossier, fees, compliance cost (with a chart of time cost vs out-of-pocket per
// activity), usage by province (table and chart) and its BPMN models with their versions.
// Each section renders itself from the API; the plan editor (#plan), the operations panel (#workflow) and the
// withdrawal mark with the delete action (#withdrawal, #removal) are modules of their own, shown once the procedure
// is known.
import { api, currentUser, params } from './kit/api.js';
import { whileBusy } from './kit/busy.js';
import { ask } from './kit/confirm.js';
import { isCentral } from './kit/roles.js';
import { data, el } from './kit/dom.js';
import { dateTime, hours, money, number, percent, share, vnd, workingDays } from './kit/format.js';
import { language, onLanguage, showMissing, showPage, texts } from './kit/i18n.js';
import { nameOf } from './kit/names.js';
import { longTable } from './kit/datatable.js';
import { table } from './kit/table.js';
import { translateModule } from './bpmn/translate.js';
import { showPlans } from './plan/editor.js';
import { showRecordDetails } from './procedure/details.js';
import { showDigitisation } from './procedure/digitisation.js';
import { showRemoval } from './procedure/removal.js';
import { showUsageEditor } from './procedure/usage.js';
import { measuredBeside, measuredPeriod, measuredUse } from './procedure/measured.js';
import { showOperations } from './workflow/panel.js';
import { showCalibration } from './simulation/calibration.js';

const t = texts('procedure', {
  provincesNoun: ['tỉnh, thành phố', 'provinces'],
  versionsNoun: ['phiên bản', 'versions'],
  code: ['Mã', 'Code'],
  field: ['Lĩnh vực', 'Field'],
  level: ['Cấp thực hiện', 'Level'],
  agency: ['Cơ quan thực hiện', 'Implementing agency'],
  applicantType: ['Đối tượng', 'Applicants'],
  processingDays: ['Thời hạn giải quyết', 'Processing time'],
  onlineLevel: ['Mức trực tuyến', 'Online level'],
  legalBasis: ['Căn cứ pháp lý', 'Legal basis'],
  decision: ['Quyết định công bố', 'Publishing decision'],
  formerCode: ['Mã cũ', 'Former code'],
  status: ['Trạng thái', 'Status'],
  version: ['Phiên bản dữ liệu', 'Data version'],
  dossierTitle: ['Thành phần hồ sơ', 'Dossier components'],
  caseName: ['Trường hợp', 'Case'],
  component: ['Giấy tờ', 'Document'],
  originals: ['Bản chính', 'Originals'],
  copies: ['Bản sao', 'Copies'],
  copyKind: ['Loại bản sao', 'Copy kind'],
  reusableFrom: ['Có thể khai thác từ', 'Reusable from'],
  formCode: ['Mẫu đơn, tờ khai', 'Form'],
  allCases: ['Mọi trường hợp', 'Every case'],
  none: ['—', '—'],
  feesTitle: ['Phí, lệ phí', 'Fees and charges'],
  channel: ['Kênh', 'Channel'],
  feeName: ['Khoản', 'Item'],
  amount: ['Mức thu (đ)', 'Amount (VND)'],
  noFees: ['Không thu phí, lệ phí.', 'No fees or charges.'],
  costTitle: ['Chi phí tuân thủ (Mô hình chi phí chuẩn)', 'Compliance cost (Standard Cost Model)'],
  scenario: ['Kịch bản', 'Scenario'],
  asIs: ['Hiện trạng', 'As-is'],
  toBe: ['Sau đơn giản hóa', 'To-be'],
  activity: ['Hoạt động', 'Activity'],
  hours: ['Giờ', 'Hours'],
  share: ['Tỷ lệ hồ sơ', 'Share of dossiers'],
  timeCost: ['Chi phí thời gian (đ)', 'Time cost (VND)'],
  outOfPocket: ['Chi phí bằng tiền (đ)', 'Out-of-pocket (VND)'],
  total: ['Cộng/hồ sơ (đ)', 'Per dossier (VND)'],
  annual: ['Cả năm (đ)', 'Per year (VND)'],
  perDossier: ['Chi phí/hồ sơ', 'Cost per dossier'],
  dossiersPerYear: ['Số hồ sơ/năm', 'Dossiers per year'],
  annualCost: ['Chi phí/năm', 'Annual cost'],
  saving: ['Tiết kiệm', 'Saving'],
  tariffLine: [(t, y, m, d, h) => `Đơn giá thời gian ${t} đ/giờ (năm ${y}: thu nhập bình quân ${m} đ/tháng ÷ ${d} ngày ÷ ${h} giờ).`, (t, y, m, d, h) => `Tariff ${t} VND/hour (${y}: average income ${m} VND/month ÷ ${d} days ÷ ${h} hours).`],
  measuredLine: ['Số liệu đo từ quy trình đang vận hành:', 'Measured by the running workflow:'],
  volumeLine: [(n, s, o) => `Số hồ sơ/năm: ${n} (${s}); tỷ lệ trực tuyến ${o}.`, (n, s, o) => `Dossiers per year: ${n} (${s}); online share ${o}.`],
  toBeBasis: [(b) => b === 'DESIGNED' ? 'Kịch bản sau đơn giản hóa: các hoạt động đã thiết kế.'
      : 'Kịch bản sau đơn giản hóa: ước tính trực tuyến toàn trình (bỏ đi lại, chờ đợi; phí trực tuyến).', (b) => b === 'DESIGNED' ? 'To-be scenario: the designed activities.'
      : 'To-be scenario: full-online estimate (no travel or waiting; online fees).'],
  chartTitle: ['Chi phí mỗi hồ sơ theo hoạt động: thời gian (đậm) và tiền (nhạt)', 'Cost per dossier by activity: time (dark) and money (light)'],
  usageTitle: ['Số hồ sơ theo tỉnh, thành phố', 'Dossiers by province'],
  locality: ['Địa phương', 'Locality'],
  year: ['Năm', 'Year'],
  source: ['Nguồn', 'Source'],
  coveredDays: ['Thời gian đo', 'Period measured'],
  wholeYear: ['cả năm', 'whole year'],
  coveredDaysValue: [(d, y) => `${d} ngày → ${y} hồ sơ/năm`, (d, y) => `${d} days → ${y} dossiers/year`],
  dossiersTotal: ['Tổng số hồ sơ', 'Dossiers'],
  dossiersOnline: ['Trực tuyến', 'Online'],
  dossiersOnTime: ['Đúng hạn', 'On time'],
  onTimeRate: ['Tỷ lệ đúng hạn', 'On-time rate'],
  noUsage: ['Chưa có số liệu.', 'No figures yet.'],
  modelsTitle: ['Mô hình quy trình (BPMN)', 'Process models (BPMN)'],
  AS_IS: ['Hiện trạng', 'As-is'],
  TO_BE: ['Sau đơn giản hóa (to-be)', 'To-be'],
  noModel: ['Chưa có mô hình.', 'No model yet.'],
  openModeler: ['Mở trình thiết kế', 'Open in the modeler'],
  newModel: ['Tạo mô hình', 'Create a model'],
  compare: ['So sánh hiện trạng – sau đơn giản hóa', 'Compare as-is and to-be'],
  versions: ['Các phiên bản', 'Versions'],
  author: ['Người lưu', 'Saved by'],
  savedAt: ['Thời điểm', 'Saved at'],
  comment: ['Ghi chú', 'Comment'],
  latest: ['Phiên bản mới nhất', 'Latest version'],
  open: ['Mở', 'Open'],
  tocTitle: ['Mục lục', 'Contents'],
  tocFacts: ['Thông tin chung', 'General information'],
  tocDossier: ['Thành phần hồ sơ', 'Dossier'],
  tocFees: ['Phí, lệ phí', 'Fees'],
  tocCost: ['Chi phí tuân thủ', 'Compliance cost'],
  tocPlan: ['Phương án đơn giản hóa', 'Simplification plan'],
  tocUsage: ['Số hồ sơ theo địa phương', 'Dossiers by locality'],
  tocModels: ['Mô hình quy trình', 'Process models'],
  tocWorkflow: ['Vận hành', 'Operations'],
  factsTitle: ['Thông tin chung', 'General information'],
  restore: ['Khôi phục phiên bản này', 'Restore this version'],
  compareLatest: ['So sánh với bản mới nhất', 'Compare with the latest'],
  restoreAsk: [(kind, v, next) => `Khôi phục mô hình ${kind} về nội dung của phiên bản ${v}? Nội dung đó được lưu thành phiên bản mới ${next}; các phiên bản hiện có vẫn được giữ nguyên.`,
    (kind, v, next) => `Restore the ${kind} model to the content of version ${v}? That content is saved as a new version ${next}; the existing versions are kept.`],
  restoreYes: ['Khôi phục', 'Restore'],
  restoredComment: [(v) => `Khôi phục từ phiên bản ${v}`, (v) => `Restored from version ${v}`],
  restored: [(v, next) => `Đã khôi phục phiên bản ${v} thành phiên bản mới ${next}.`, (v, next) => `Version ${v} restored as the new version ${next}.`]
});
showPage(t);
const code = params.get('code');
const state = { procedure: null, cost: null, usage: null, localities: {}, agencies: {}, models: null, versions: {} };
const section = (id) => document.getElementById(id);
const enc = encodeURIComponent;

const tableOf = (keys, rows, numeric, data) => table(keys, rows, { label: t, numeric, data });

function renderFacts() {
  const p = state.procedure;
  section('title').replaceChildren(data('span', {}, p.name));
  document.title = 'Procedo — ' + p.name;
  showRecordDetails(p, state.user, section('record-details'));
  const agency = state.agencies[p.agencyCode];
  const facts = [['code', p.code], ['field', data('span', {}, p.field)], ['level', nameOf('level', p.level)],
    ['agency', data('span', {}, agency ? agency.name : p.agencyCode)], ['applicantType', nameOf('applicantType', p.applicantType)],
    ['processingDays', workingDays(p.processingDays)], ['onlineLevel', nameOf('onlineLevel', p.onlineLevel)],
    ['legalBasis', p.legalBasis && data('span', {}, p.legalBasis)], ['decision', p.decision && data('span', {}, p.decision)],
    ['formerCode', p.formerCode],
    ['status', nameOf('procedureStatus', p.status)],
    ['version', p.version]].filter(([, v]) => v !== null && v !== undefined && v !== '');
  section('facts').replaceChildren(el('h3', {}, t('factsTitle')), el('dl', { className: 'facts' },
    facts.flatMap(([k, v]) => [el('dt', {}, t(k)), el('dd', { dataset: { fact: k } }, v)])));
}

function renderDossier() {
  const p = state.procedure;
  const rows = p.dossierComponents.map((d) => [d.caseName ? data('span', {}, d.caseName) : t('allCases'), data('span', {}, d.name),
    d.originals, d.copies,
    nameOf('copyKind', d.copyKind), d.reusableFrom ? t(d.reusableFrom) : t('none'), d.formCode || t('none')]);
  section('dossier').replaceChildren(el('h3', {}, t('dossierTitle')),
    tableOf(['caseName', 'component', 'originals', 'copies', 'copyKind', 'reusableFrom', 'formCode'], rows,
      [false, false, true, true]));
}

function renderFees() {
  const fees = state.procedure.fees;
  section('fees').replaceChildren(el('h3', {}, t('feesTitle')), fees.length
    ? tableOf(['channel', 'feeName', 'amount'], fees.map((f) => [nameOf('channel', f.channel), f.name, vnd(f.amountVnd)]), [false, false, true], [false, true])
    : el('p', {}, t('noFees')));
}

/** Horizontal stacked bars, one per activity: time cost then out-of-pocket, as-is and to-be on one scale. */
function costChart(asIs, toBe) {
  const lines = [['asIs', asIs], ['toBe', toBe]].flatMap(([s, r]) => r.lines
    .filter((l) => Number(l.totalVnd) > 0).map((l) => ({ scenario: s, ...l })));
  const max = Math.max(1, ...lines.map((l) => Number(l.totalVnd) * 1));
  const rowHeight = 22;
  const labelWidth = 420;
  const barWidth = 420;
  const svgNs = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('class', 'chart');
  svg.setAttribute('width', labelWidth + barWidth + 140);
  svg.setAttribute('height', lines.length * rowHeight + 10);
  const add = (tag, attrs, text) => {
    const node = document.createElementNS(svgNs, tag);
    Object.entries(attrs).forEach(([k, v]) => node.setAttribute(k, v));
    if (text !== undefined) node.textContent = text;
    svg.append(node);
    return node;
  };
  lines.forEach((l, i) => {
    const y = i * rowHeight + 4;
    const label = (l.scenario === 'asIs' ? '◼ ' : '◻ ') + l.name;
    add('text', { x: 0, y: y + 14, class: 'label ' + l.scenario }, label.length > 62 ? label.slice(0, 60) + '…' : label)
      .append(Object.assign(document.createElementNS(svgNs, 'title'), { textContent: t(l.scenario) + ': ' + l.name }));
    const time = Number(l.timeCostVnd) * Number(l.share);
    const cash = Number(l.outOfPocketVnd) * Number(l.share);
    const wTime = barWidth * time / max;
    const wCash = barWidth * cash / max;
    add('rect', { x: labelWidth, y, width: wTime, height: rowHeight - 6, class: 'time ' + l.scenario });
    add('rect', { x: labelWidth + wTime, y, width: wCash, height: rowHeight - 6, class: 'cash ' + l.scenario });
    add('text', { x: labelWidth + wTime + wCash + 6, y: y + 14, class: 'value' }, money(l.totalVnd));
  });
  return svg;
}

function renderCost() {
  const c = state.cost;
  if (!c) return;
  const { asIs, toBe, savingVnd, savingPercent } = c.comparison;
  const b = c.basis;
  const lineRows = (scenario, r) => r.lines.map((l) => [t(scenario), lineName(l), hours(l.hours), share(l.share),
    money(l.timeCostVnd), money(l.outOfPocketVnd), money(l.totalVnd), money(l.annualVnd)]);
  section('cost').replaceChildren(
    el('h3', {}, t('costTitle')),
    el('div', { className: 'kpis' },
      kpi('perDossier', vnd(asIs.costPerDossierVnd) + ' → ' + vnd(toBe.costPerDossierVnd)),
      kpi('dossiersPerYear', money(b.dossiersPerYear)),
      kpi('annualCost', vnd(asIs.annualCostVnd) + ' → ' + vnd(toBe.annualCostVnd)),
      kpi('saving', vnd(savingVnd) + ' (' + percent(savingPercent, 2) + ')', 'saving')),
    el('p', { className: 'note' }, t('tariffLine', money(b.tariffVndPerHour), b.tariff.year, money(b.tariff.monthlyIncomeVnd),
      number(b.tariff.workingDaysPerMonth), number(b.tariff.hoursPerDay)) + ' ' +
      t('volumeLine', money(b.dossiersPerYear), volumeSource(b.volumeSource), share(b.onlineShare)) + ' ' + t('toBeBasis', c.toBeBasis)),
    (b.measured || []).length ? el('p', { className: 'note', id: 'cost-measured' }, t('measuredLine'),
      ...b.measured.flatMap((m, i) => [i ? '; ' : ' ', data('span', {}, (state.localities[m.localityCode] || {}).name || m.localityCode),
        `: ${money(m.dossiersTotal)} (${nameOf('coverage', m.coverage)}, ${measuredPeriod(m)}) — ${measuredUse(m)}`])) : '',
    el('p', { className: 'chart-title' }, t('chartTitle')),
    costChart(asIs, toBe),
    el('details', {}, el('summary', {}, t('activity') + ' × ' + t('hours') + ' …'),
      tableOf(['scenario', 'activity', 'hours', 'share', 'timeCost', 'outOfPocket', 'total', 'annual'],
        [...lineRows('asIs', asIs), ...lineRows('toBe', toBe)], [false, false, true, true, true, true, true, true])));
}

/** A cost line's name: the activity's name from the model (data), or the page's words for the fees and charges. */
const lineName = (l) => (l.kind === 'FEES' ? t('feesTitle') : data('span', {}, l.name));

/** The volume's source as the server states it (English), said in Vietnamese when the page is. */
function volumeSource(text) {
  if (language() !== 'vi' || !text) return text;
  let m = text.match(/^usage statistics (\d+)$/);
  if (m) return `thống kê số hồ sơ năm ${m[1]}`;
  m = text.match(/^usage statistics (\d+), of which (\d+) a year measured by the workflow engine$/);
  if (m) return `thống kê số hồ sơ năm ${m[1]}, trong đó ${money(m[2])} hồ sơ/năm đếm từ quy trình đang vận hành`;
  m = text.match(/^population (\d+) × frequency (.+)$/);
  if (m) return `số người có nhu cầu ${money(m[1])} × tần suất ${m[2]} lần/năm`;
  return text === 'no usage recorded' ? 'chưa có số liệu' : text;
}

function kpi(label, value, className) {
  return el('div', { className: 'kpi ' + (className || '') }, el('span', { className: 'kpi-label' }, t(label)),
    el('span', { className: 'kpi-value', dataset: { kpi: label } }, value));
}

function renderUsage() {
  const stats = (state.usage && state.usage.stats) || [];
  const measured = measuredBeside(state.cost && state.cost.basis.measured,
    (codeOf) => (state.localities[codeOf] || {}).name || codeOf);
  if (!stats.length) {
    section('usage').replaceChildren(el('h3', {}, t('usageTitle')), el('p', {}, t('noUsage')), measured || '');
    return;
  }
  // as the ranking counts them: each locality's latest year, the most trustworthy source of that year
  const rank = { ESTIMATED: 0, IMPORTED: 1, MEASURED: 2 };
  const best = {};
  stats.forEach((s) => {
    const b = best[s.localityCode];
    if (!b || s.year > b.year || (s.year === b.year && rank[s.source] > rank[b.source])) best[s.localityCode] = s;
  });
  const latest = Math.max(...stats.map((s) => s.year));
  const yearDays = (y) => ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 366 : 365);
  const perYear = (s) => (s.coveredDays ? Math.round(s.dossiersTotal * yearDays(s.year) / Math.max(30, s.coveredDays)) : s.dossiersTotal);
  const rows = Object.values(best).sort((a, b) => perYear(b) - perYear(a));
  const max = Math.max(1, ...rows.map(perYear));
  const name = (codeOf) => (state.localities[codeOf] || {}).name || codeOf;
  const bars = el('div', { className: 'bars' }, rows.slice(0, 34).map((s) => el('div', { className: 'bar-row' },
    data('span', { className: 'bar-label' }, name(s.localityCode)),
    el('span', { className: 'bar' + (s.source === 'MEASURED' ? ' measured' : ''), style: `width:${Math.max(1, 300 * perYear(s) / max)}px` }),
    el('span', { className: 'bar-value' }, money(perYear(s))))));
  section('usage').replaceChildren(el('h3', {}, t('usageTitle') + ' — ' + latest), measured || '',
    el('div', { className: 'usage-grid' }, bars,
      longTable(tableOf(['locality', 'year', 'source', 'dossiersTotal', 'coveredDays', 'dossiersOnline', 'dossiersOnTime', 'onTimeRate'],
        rows.map((s) => [name(s.localityCode), s.year, nameOf('usageSource', s.source), money(s.dossiersTotal),
          s.coveredDays ? t('coveredDaysValue', s.coveredDays, money(perYear(s))) : t('wholeYear'),
          money(s.dossiersOnline),
          s.dossiersOnTime === null ? '' : money(s.dossiersOnTime),
          s.dossiersOnTime === null || !s.dossiersTotal ? '' : percent(100 * s.dossiersOnTime / s.dossiersTotal)]),
        [false, true, false, true, false, true, true, true], [true]), { title: t('usageTitle'), noun: () => t('provincesNoun') })));
}

function renderModels() {
  const models = state.models || [];
  const byKind = Object.fromEntries(models.map((m) => [m.kind, m]));
  const cards = ['AS_IS', 'TO_BE'].map((kind) => {
    const m = byKind[kind];
    const href = `/modeler.html?code=${enc(code)}&kind=${kind}`;
    const versions = state.versions[kind];
    const restorable = (v) => m && v.version !== m.version && isCentral(state.user);
    return el('div', { className: 'model-card', dataset: { kind } },
      el('h4', {}, t(kind)),
      m ? el('p', {}, `${t('latest')}: v${m.version} — `, data('span', {}, m.author), `, ${dateTime(m.createdAt)}`,
        m.comment ? [' — ', data('span', {}, m.comment)] : null) : el('p', {}, t('noModel')),
      m || isCentral(state.user) ? el('a', { className: 'button', href, dataset: { open: kind } }, m ? t('openModeler') : t('newModel')) : null,
      m ? el('details', { ontoggle: (e) => e.target.open && loadVersions(kind) }, el('summary', {}, t('versions')),
        versions ? longTable(tableOf(['version', 'author', 'savedAt', 'comment', ''], versions.slice().reverse().map((v) => [
          el('a', { href: `${href}&version=${v.version}` }, 'v' + v.version), v.author,
          dateTime(v.createdAt), v.comment || '',
          restorable(v) ? [el('a', { className: 'compare-version', href: `/compare.html?code=${enc(code)}&from=${kind}:${v.version}&to=${kind}` },
            t('compareLatest')), ' ', el('button', { type: 'button', className: 'secondary restore', dataset: { version: v.version },
            onclick: (e) => restore(kind, v.version, e.currentTarget) }, t('restore'))] : '']),
        undefined, [false, true, false, true]),
        { title: t('versions'), noun: () => t('versionsNoun'), pageSize: 10 }) : '…') : null,
      state.restored && state.restored.kind === kind ? restoredLine(state.restored) : null);
  });
  const both = byKind.AS_IS && byKind.TO_BE;
  section('models').replaceChildren(el('h3', {}, t('modelsTitle')), el('div', { className: 'model-cards' }, cards),
    ...[both ? el('p', {}, el('a', { className: 'button secondary', id: 'compare-link', href: `/compare.html?code=${enc(code)}` }, t('compare'))) : null,
      el('div', { id: 'model-preview', className: 'model-preview' })].filter(Boolean));
  const preview = byKind.TO_BE ? 'TO_BE' : byKind.AS_IS ? 'AS_IS' : null;
  if (preview && ProcedoBpmn) showPreview(preview);
}

/** What the last restore of a version said: done, or why not. */
function restoredLine(r) {
  return r.error ? el('p', { className: 'error restored', role: 'alert' }, r.error)
    : el('p', { className: 'notice ok restored', role: 'status' }, t('restored', r.from, r.version));
}

async function showPreview(kind) {
  try {
    const xml = await api(`/api/procedures/${enc(code)}/models/${kind}`);
    const container = section('model-preview');
    container.replaceChildren(el('p', { className: 'note' }, t(kind)), el('div', { className: 'canvas' }));
    const viewer = ProcedoBpmn.createViewer(container.querySelector('.canvas'), [translateModule]);
    await viewer.importXML((await ProcedoBpmn.withLayout(xml)).xml);
    viewer.get('canvas').zoom('fit-viewport');
  } catch (e) {
    section('model-preview').replaceChildren(el('p', { className: 'error' }, e.message));
  }
}

/**
 * Saves the content of version n as the model's next version (the save path of the modeler: If-Match the latest version
 * read, so a save by someone else meanwhile is refused), after asking.
 */
async function restore(kind, n, button) {
  const latest = state.models.find((m) => m.kind === kind);
  if (!await ask(t('restoreAsk', t(kind), n, latest.version + 1), t('restoreYes'))) return;
  const base = `/api/procedures/${enc(code)}/models/${kind}`;
  try {
    const saved = await whileBusy(button, async () => api(base, { method: 'PUT', body: await api(`${base}/versions/${n}`),
      headers: { 'Content-Type': 'application/xml; charset=utf-8', 'If-Match': `"${latest.version}"`,
        'X-Comment': encodeURIComponent(t('restoredComment', n)) } }));
    state.restored = { kind, from: n, version: saved.version };
  } catch (e) {
    state.restored = { kind, error: e.message };
  }
  state.models = await api(`/api/procedures/${enc(code)}/models`);
  state.versions[kind] = null;
  await loadVersions(kind);
}

async function loadVersions(kind) {
  if (state.versions[kind]) return;
  state.versions[kind] = await api(`/api/procedures/${enc(code)}/models/${kind}/versions`);
  renderModels();
  const details = document.querySelector(`.model-card[data-kind="${kind}"] details`);
  if (details) details.open = true;
}

function renderRemoval() {
  showRemoval(state.procedure, { mark: section('withdrawal'), actions: section('removal'), title: section('title'),
    reload: reloadProcedure });
}

/** Reads the procedure again after it was withdrawn or reinstated. */
async function reloadProcedure() {
  state.procedure = await api('/api/procedures/' + enc(code));
  renderFacts();
  renderRemoval();
}

function renderAll() {
  if (!state.procedure) return;
  renderFacts();
  renderRemoval();
  renderDossier();
  renderFees();
  renderCost();
  renderUsage();
  renderModels();
}

/** Shows the figures just recorded in the usage section and the cost basis that follows from them. */
async function usageChanged(usage) {
  state.usage = usage;
  state.cost = await api(`/api/procedures/${enc(code)}/cost`);
  renderCost();
  renderUsage();
}

/** Shows the procedure's new version, its activities written from simulation, and the cost that follows. */
async function burdenAdopted(procedure) {
  state.procedure = procedure;
  state.cost = await api(`/api/procedures/${enc(code)}/cost`);
  renderAll();
}

async function load() {
  try {
    const [procedure, localities, agencies, user] = await Promise.all([api('/api/procedures/' + enc(code)),
      api('/api/localities'), api('/api/agencies'), currentUser()]);
    state.user = user;
    state.procedure = procedure;
    localities.forEach((l) => { state.localities[l.code] = l; });
    agencies.forEach((a) => { state.agencies[a.code] = a; });
    renderFacts();
    renderDossier();
    renderFees();
    showPlans(procedure);
    showOperations(procedure);
    showDigitisation(procedure, section('digitisation'));
    const [cost, usage, models] = await Promise.all([api(`/api/procedures/${enc(code)}/cost`),
      api(`/api/procedures/${enc(code)}/usage`), api(`/api/procedures/${enc(code)}/models`).catch(() => [])]);
    Object.assign(state, { cost, usage, models });
    renderAll();
    showUsageEditor(procedure, section('usage-editor'), localities, usageChanged);
    showCalibration(procedure, user, section('simulation-calibration'), burdenAdopted);
  } catch (e) {
    section('error').textContent = e.message;
  }
}

onLanguage(renderAll);
if (code) load();
else showMissing(section('error'), 'procedure');

// The compare page's simulation section: the two compared model versions run with the same seed and number of cases
// (POST /api/simulations, stored with each version), or their latest stored runs; side by side the cycle time (mean,
// p50, p90, p95 in working days), processing and waiting, throughput, the agency's cost and the applicant's burden per
// case, each with its delta; charts drawn as inline SVG: the cycle-time distribution, utilisation per role and the
// cost split. The inputs of each run (model version, seed, cases, where its parameters came from) are shown so that
// every figure can be traced.
import { api } from '../kit/api.js';
import { markBusy } from '../kit/busy.js';
import { $, el } from '../kit/dom.js';
import { dateTime, number, percent, vnd, workingDays } from '../kit/format.js';
import { texts } from '../kit/i18n.js';

const t = texts('simulationCompare', {
  simulationTitle: ['Mô phỏng: tác động của thiết kế lại', 'Simulation: what the redesign changes'],
  simulationHelp: ['Chạy cả hai mô hình với cùng số hồ sơ và cùng hạt giống ngẫu nhiên; tham số lấy từ mô hình (BPSim), phần còn thiếu theo mặc định. Kết quả được lưu cùng phiên bản mô hình.',
    'Runs both models with the same number of cases and the same random seed; the parameters come from the models (BPSim), defaults where they are missing. The results are stored with the model versions.'],
  cases: ['Số hồ sơ', 'Cases'],
  seed: ['Hạt giống ngẫu nhiên', 'Random seed'],
  run: ['Chạy mô phỏng cả hai mô hình', 'Simulate both models'],
  noRuns: ['Chưa có lần mô phỏng nào của hai phiên bản này.', 'These two versions have not been simulated yet.'],
  olderRuns: ['Hai lần chạy dưới đây khác hạt giống hoặc số hồ sơ: hãy chạy lại để so sánh công bằng.',
    'The two runs below differ in seed or cases: run again for a fair comparison.'],
  figure: ['Chỉ số', 'Figure'],
  delta: ['Chênh lệch', 'Delta'],
  cycleMean: ['Thời gian giải quyết trung bình', 'Mean cycle time'],
  cycleP50: ['Thời gian giải quyết — trung vị (p50)', 'Cycle time — median (p50)'],
  cycleP90: ['Thời gian giải quyết — 90 % hồ sơ (p90)', 'Cycle time — 90 % of cases (p90)'],
  cycleP95: ['Thời gian giải quyết — 95 % hồ sơ (p95)', 'Cycle time — 95 % of cases (p95)'],
  processing: ['Thời gian xử lý', 'Processing time'],
  waiting: ['Thời gian chờ', 'Waiting time'],
  throughput: ['Hồ sơ giải quyết mỗi ngày làm việc', 'Cases completed per working day'],
  agencyCost: ['Chi phí của cơ quan mỗi hồ sơ', 'Agency cost per case'],
  applicantHours: ['Số giờ của người nộp mỗi hồ sơ', 'Applicant hours per case'],
  applicantVisits: ['Số lần đến cơ quan mỗi hồ sơ', 'Visits in person per case'],
  applicantMoney: ['Chi phí bằng tiền của người nộp mỗi hồ sơ', 'Applicant out-of-pocket per case'],
  inputsTitle: ['Đầu vào của mỗi lần chạy', 'Inputs of each run'],
  inputs: [(run, v, seed, cases, measured, when, by) => `Lần chạy số ${run}: phiên bản ${v}, hạt giống ${seed}, ${cases} hồ sơ (${measured} hồ sơ được tính, sau giai đoạn khởi động), chạy lúc ${when} bởi ${by}.`,
    (run, v, seed, cases, measured, when, by) => `Run no. ${run}: version ${v}, seed ${seed}, ${cases} cases (${measured} counted, after the warm-up), run at ${when} by ${by}.`],
  sourceModel: ['Tham số: lưu trong mô hình (BPSim 2.0), phần còn thiếu theo mặc định của Procedo.',
    'Parameters: stored in the model (BPSim 2.0), Procedo\'s defaults where missing.'],
  sourceGiven: ['Tham số: một phần được nhập khi chạy, phần còn lại từ mô hình và mặc định.',
    'Parameters: partly given with the run, the rest from the model and the defaults.'],
  histogramTitle: ['Phân bố thời gian giải quyết', 'Cycle-time distribution'],
  histogramAxis: ['ngày làm việc', 'working days'],
  histogramShare: ['% hồ sơ', '% of cases'],
  utilisationTitle: ['Mức sử dụng nhân lực theo vai trò', 'Utilisation per role'],
  costTitle: ['Cơ cấu chi phí mỗi hồ sơ', 'Cost split per case'],
  applicantPart: ['Người nộp (tiền tự chi)', 'Applicant (out-of-pocket)'],
  noRoles: ['Không có vai trò nào thực hiện công việc.', 'No role performs work.'],
  bucket: [(from, to, share) => `${from}–${to} ngày: ${share}`, (from, to, share) => `${from}–${to} days: ${share}`],
  AS_IS: ['Hiện trạng', 'As-is'],
  TO_BE: ['Sau đơn giản hóa', 'To-be'],
  versionOf: [(label, v) => `${label} — v${v}`, (label, v) => `${label} — v${v}`]
});

const enc = encodeURIComponent;
const SVG = 'http://www.w3.org/2000/svg';
const COLORS = ['#1f6feb', '#d97706', '#15803d', '#9333ea', '#dc2626', '#0e7490', '#a16207', '#4b5563'];
const state = { sides: null, runs: null };

function svg(tag, attributes, ...children) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  children.flat().forEach((child) => node.append(child));
  return node;
}

const label = (side) => t('versionOf', t(side.kind), side.version);

/** The figures compared: [key, read(result), format, whether more is better]. */
const FIGURES = [
  ['cycleMean', (r) => r.cycleTime.mean, workingDays],
  ['cycleP50', (r) => r.cycleTime.p50, workingDays],
  ['cycleP90', (r) => r.cycleTime.p90, workingDays],
  ['cycleP95', (r) => r.cycleTime.p95, workingDays],
  ['processing', (r) => r.processingDays, workingDays],
  ['waiting', (r) => r.waitingDays, workingDays],
  ['throughput', (r) => r.throughputPerDay, (v) => number(v), true],
  ['agencyCost', (r) => Number(r.agencyCostPerCase), vnd],
  ['applicantHours', (r) => r.applicant.hours, (v) => number(v)],
  ['applicantVisits', (r) => r.applicant.visits, (v) => number(v)],
  ['applicantMoney', (r) => Number(r.applicant.outOfPocket), vnd]
];

/** The change from as-is to to-be, its share, marked better (green) or worse (red). */
function deltaCell(before, after, format, moreIsBetter) {
  const d = after - before;
  const rounded = Math.abs(d) < 1e-9 ? 0 : d;
  const share = before ? ` (${rounded > 0 ? '+' : ''}${percent(rounded / before * 100)})` : '';
  const better = moreIsBetter ? rounded > 0 : rounded < 0;
  return el('td', { className: 'num delta ' + (!rounded ? '' : better ? 'down' : 'up') },
    (rounded > 0 ? '+' : rounded < 0 ? '−' : '') + format(Math.abs(rounded)) + share);
}

function figuresTable(asIs, toBe) {
  return el('table', { id: 'simulation-figures', className: 'data' },
    el('thead', {}, el('tr', {}, el('th', {}, t('figure')), el('th', { className: 'num' }, label(state.sides.asIs)),
      el('th', { className: 'num' }, label(state.sides.toBe)), el('th', { className: 'num' }, t('delta')))),
    el('tbody', {}, FIGURES.map(([key, read, format, moreIsBetter]) => {
      const before = read(asIs.result);
      const after = read(toBe.result);
      return el('tr', { dataset: { figure: key } }, el('td', {}, t(key)), el('td', { className: 'num' }, format(before)),
        el('td', { className: 'num' }, format(after)), deltaCell(before, after, format, moreIsBetter));
    })));
}

/** The inputs of one run, so that its figures can be traced. */
function inputsOf(run) {
  const given = run.given || {};
  const onlyRun = Object.keys(given).every((k) => k === 'run');
  return el('li', { dataset: { run: run.id } }, el('strong', {}, label({ kind: run.kind, version: run.modelVersion })), ': ',
    t('inputs', run.id, run.modelVersion, run.result.parameters.run.seed, number(run.result.cases, 0),
      number(run.result.measuredCases, 0), dateTime(run.runAt), '\u0000').split('\u0000')[0],
    el('span', { translate: false }, run.runBy), '. ', t(onlyRun ? 'sourceModel' : 'sourceGiven'));
}

/** Both runs' cycle-time histograms on one scale: the share of cases in each bucket. */
function histogram(runs) {
  const width = 520;
  const height = 180;
  const pad = { left: 40, bottom: 34, top: 10, right: 10 };
  const buckets = runs.map((run) => run.result.cycleTime.histogram || []);
  const longest = Math.max(1e-9, ...buckets.flat().map((b) => b.to));
  const tallest = Math.max(1e-9, ...runs.flatMap((run, i) => buckets[i].map((b) => b.cases / Math.max(1, run.result.measuredCases))));
  const x = (days) => pad.left + (days / longest) * (width - pad.left - pad.right);
  const y = (share) => height - pad.bottom - (share / tallest) * (height - pad.top - pad.bottom);
  const bars = runs.flatMap((run, i) => buckets[i].map((b) => {
    const share = b.cases / Math.max(1, run.result.measuredCases);
    const from = x(b.from);
    const span = Math.max(1, x(b.to) - from);
    const bar = svg('rect', { x: from + (i * span) / 2, y: y(share), width: Math.max(1, span / 2 - 1),
      height: Math.max(0, height - pad.bottom - y(share)), fill: COLORS[i], class: 'bar', 'data-side': run.kind });
    bar.append(svg('title', {}, t('bucket', number(b.from), number(b.to), percent(share * 100))));
    return bar;
  }));
  const ticks = [0, longest / 2, longest].map((days) => svg('text', { x: x(days), y: height - pad.bottom + 14,
    'text-anchor': 'middle', class: 'tick' }, number(days, 1)));
  const shares = [0, tallest].map((share) => svg('text', { x: pad.left - 4, y: y(share) + 4, 'text-anchor': 'end',
    class: 'tick' }, percent(share * 100, 0)));
  return chart('simulation-histogram', t('histogramTitle'), svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': t('histogramTitle'), class: 'chart' },
  svg('line', { x1: pad.left, y1: height - pad.bottom, x2: width - pad.right, y2: height - pad.bottom, class: 'axis' }),
  ...bars, ...ticks, ...shares,
  svg('text', { x: (width + pad.left) / 2, y: height - 4, 'text-anchor': 'middle', class: 'axis-label' }, t('histogramAxis'))),
  legend(runs.map((run, i) => [COLORS[i], label({ kind: run.kind, version: run.modelVersion })])));
}

/** Utilisation of each role of each run, as bars of 0–100 %. */
function utilisation(runs) {
  const rows = runs.flatMap((run, i) => run.result.roles.map((role) => ({ run, i, role })));
  if (!rows.length) return chart('simulation-utilisation', t('utilisationTitle'), el('p', { className: 'note' }, t('noRoles')));
  const width = 560;
  const row = 22;
  const labelWidth = 250;
  const height = rows.length * row + 6;
  return chart('simulation-utilisation', t('utilisationTitle'), svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': t('utilisationTitle'), class: 'chart' }, rows.map(({ run, i, role }, n) => {
    const share = Math.min(1, role.utilisation);
    const full = role.name || role.id;
    const name = svg('text', { x: labelWidth - 6, y: n * row + 15, 'text-anchor': 'end', class: 'name', translate: 'no' },
      shortened(full), svg('title', {}, full));
    return svg('g', { 'data-role': role.id, 'data-side': run.kind }, name,
      svg('rect', { x: labelWidth, y: n * row + 4, width: Math.max(1, share * (width - labelWidth - 60)), height: row - 8,
        fill: COLORS[i], class: 'bar' }),
      svg('text', { x: labelWidth + share * (width - labelWidth - 60) + 4, y: n * row + 15, class: 'value' },
        percent(role.utilisation * 100)));
  })), legend(runs.map((run, i) => [COLORS[i], label({ kind: run.kind, version: run.modelVersion })])));
}

/** Per run one stacked bar: the agency's cost of each role and the applicant's out-of-pocket cost, per case. */
function costSplit(runs) {
  const parts = (run) => [...run.result.roles.map((role) => ({ key: role.id, name: role.name || role.id, data: true,
    value: Number(role.costPerCase) })), { key: 'applicant', name: t('applicantPart'), data: false,
    value: Number(run.result.applicant.outOfPocket) }];
  const keys = [...new Map(runs.flatMap(parts).map((p) => [p.key, p])).values()];
  const color = (key) => COLORS[(keys.findIndex((k) => k.key === key) + 2) % COLORS.length];
  const most = Math.max(1, ...runs.map((run) => parts(run).reduce((sum, p) => sum + p.value, 0)));
  const width = 520;
  const labelWidth = 160;
  const row = 30;
  const scale = (v) => (v / most) * (width - labelWidth - 110);
  const bars = runs.map((run, n) => {
    let at = labelWidth;
    const total = parts(run).reduce((sum, p) => sum + p.value, 0);
    return svg('g', { 'data-side': run.kind },
      svg('text', { x: labelWidth - 6, y: n * row + 19, 'text-anchor': 'end', class: 'name' }, t(run.kind)),
      parts(run).filter((p) => p.value > 0).map((p) => {
        const rect = svg('rect', { x: at, y: n * row + 5, width: Math.max(1, scale(p.value)), height: row - 10,
          fill: color(p.key), class: 'bar', 'data-part': p.key });
        rect.append(svg('title', {}, `${p.name}: ${vnd(p.value)}`));
        at += scale(p.value);
        return rect;
      }),
      svg('text', { x: at + 4, y: n * row + 19, class: 'value' }, vnd(total)));
  });
  return chart('simulation-cost', t('costTitle'), svg('svg', { viewBox: `0 0 ${width} ${runs.length * row + 6}`, role: 'img',
    'aria-label': t('costTitle'), class: 'chart' }, bars),
  legend(keys.map((k) => [color(k.key), k.data ? el('span', { translate: false }, k.name) : k.name])));
}

/** A name cut to what a chart's label column holds, the whole name in its tooltip. */
function shortened(name) {
  return name.length > 38 ? name.slice(0, 37) + '…' : name;
}

function chart(id, title, ...body) {
  return el('figure', { id, className: 'sim-chart' }, el('figcaption', {}, title), ...body);
}

function legend(items) {
  return el('p', { className: 'legend' }, items.map(([color, text]) => el('span', { className: 'legend-item' },
    el('span', { className: 'swatch', style: `background:${color}` }), text)));
}

function render() {
  const box = $('simulation-results');
  if (!box || !state.sides) return;
  const runs = state.runs;
  if (!runs) {
    box.replaceChildren(el('p', { className: 'note' }, t('noRuns')));
    return;
  }
  const [asIs, toBe] = runs;
  const fair = asIs.result.parameters.run.seed === toBe.result.parameters.run.seed && asIs.result.cases === toBe.result.cases;
  box.replaceChildren(
    ...(fair ? [] : [el('p', { className: 'notice' }, t('olderRuns'))]),
    figuresTable(asIs, toBe),
    el('div', { className: 'sim-charts' }, histogram(runs), utilisation(runs), costSplit(runs)),
    el('h4', {}, t('inputsTitle')), el('ul', { className: 'sim-inputs' }, runs.map(inputsOf)));
}

/** The latest stored run of one model version, or null. */
async function latestRun(code, side) {
  const runs = await api(`/api/simulations?procedureCode=${enc(code)}&kind=${side.kind}&version=${side.version}`);
  return runs.length ? runs[0] : null;
}

async function runBoth(code) {
  const cases = Number($('sim-cases').value) || undefined;
  const seed = $('sim-seed').value === '' ? undefined : Number($('sim-seed').value);
  const post = (side) => api('/api/simulations', { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ procedureCode: code, kind: side.kind, version: side.version, cases, seed }) });
  const asIs = await post(state.sides.asIs);
  const toBe = await post(state.sides.toBe);
  state.runs = [asIs, toBe];
  render();
}

/** The section's heading, the run's inputs (kept across drawings) and the box of its results. */
function renderSection(code, onError) {
  const section = $('simulation');
  const cases = $('sim-cases') ? $('sim-cases').value : '1000';
  const seed = $('sim-seed') ? $('sim-seed').value : '1';
  const form = el('form', { id: 'simulation-form', className: 'simulation-form', autocomplete: 'off' },
    el('label', {}, t('cases'), ' ', el('input', { id: 'sim-cases', type: 'number', min: 1, step: 1, value: cases })),
    el('label', {}, t('seed'), ' ', el('input', { id: 'sim-seed', type: 'number', step: 1, value: seed })),
    el('button', { id: 'sim-run', type: 'submit' }, t('run')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    $('simulation-error').textContent = '';
    const done = markBusy($('sim-run'));
    try {
      await runBoth(code);
    } catch (error) {
      $('simulation-error').textContent = error.message;
      if (onError) onError(error);
    } finally {
      done();
    }
  });
  section.replaceChildren(el('h3', {}, t('simulationTitle')), el('p', { className: 'note' }, t('simulationHelp')), form,
    el('p', { id: 'simulation-error', className: 'error', role: 'alert' }), el('div', { id: 'simulation-results' }));
}

/** Shows the section for the two versions compared ({kind, version} each); their latest stored runs when both have one. */
export async function showSimulation(code, asIs, toBe, onError) {
  state.sides = { asIs, toBe };
  state.runs = null;
  state.code = code;
  state.onError = onError;
  renderSection(code, onError);
  const [before, after] = await Promise.all([latestRun(code, asIs), latestRun(code, toBe)]);
  state.runs = before && after ? [before, after] : null;
  render();
}

/** Draws the section again (after a language switch), keeping what was typed. */
export function renderSimulation() {
  if (!state.sides) return;
  renderSection(state.code, state.onError);
  render();
}


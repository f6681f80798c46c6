// The procedure page's calibration section: the to-be model's simulation parameters fitted from the running
// workflow's real cases (a locality, a period) beside the hand-set ones, a run with the fitted ones, and the
// applicant's simulated burden of the latest as-is and to-be runs written into the compliance cost model.
import { api, json } from '../kit/api.js';
import { whileBusy } from '../kit/busy.js';
import { ask } from '../kit/confirm.js';
import { datePicker, dayProblem, readDay } from '../kit/dates.js';
import { data, el, withNames } from '../kit/dom.js';
import { fieldErrors } from '../kit/fields.js';
import { date, hours, money, number, share, vnd, workingDays } from '../kit/format.js';
import { onLanguage, texts } from '../kit/i18n.js';
import { isCentral } from '../kit/roles.js';
import { table } from '../kit/table.js';

const t = texts('calibration', {
  clTitle: ['Mô phỏng theo dữ liệu thực tế', 'Simulation from real data'],
  clHelp: [(n) => `Hiệu chỉnh tham số mô phỏng của mô hình mục tiêu từ các hồ sơ thực tế của quy trình đang vận hành (không tính hồ sơ tập huấn và hồ sơ mô phỏng). Thành phần có ít hơn ${n} lần quan sát giữ giá trị đã đặt.`,
    (n) => `Fit the to-be model’s simulation parameters from the real cases of the running workflow (training and simulated cases left out). An element with fewer than ${n} observations keeps its set value.`],
  clLocality: ['Địa phương', 'Locality'],
  clAll: ['Tất cả địa phương (quy trình toàn quốc)', 'Every locality (the national workflow)'],
  clFrom: ['Từ ngày', 'From'],
  clTo: ['Đến ngày', 'To'],
  clFit: ['Hiệu chỉnh từ dữ liệu thực tế', 'Calibrate from real data'],
  clSummary: [(n, d, v) => `${n} hồ sơ thực tế trong ${d}; mô hình mục tiêu phiên bản ${v}.`,
    (n, d, v) => `${n} real cases over ${d}; to-be model version ${v}.`],
  clCountedFrom: [(d) => `Số ngày làm việc tính từ ngày triển khai quy trình đầu tiên, ${d}: trước đó chưa thể tiếp nhận hồ sơ.`,
    (d) => `Working days counted from the first workflow's deployment, ${d}: no case could be received before it.`],
  clElement: ['Thành phần', 'Element'],
  clHandSet: ['Giá trị đã đặt', 'Set value'],
  clFitted: ['Theo dữ liệu thực tế', 'From real data'],
  clN: ['Số lần quan sát', 'Observations'],
  clArrivals: ['Số hồ sơ đến mỗi ngày làm việc', 'Cases arriving per working day'],
  clTask: [(name) => `Thời gian xử lý: ${name}`, (name) => `Processing time: ${name}`],
  clBranch: [(gateway, flow) => `Xác suất nhánh: ${gateway} → ${flow}`, (gateway, flow) => `Branch probability: ${gateway} → ${flow}`],
  clRole: [(name) => `Số người (ước tính: số người đã xử lý trong kỳ): ${name}`,
    (name) => `Staff (estimated: people who worked its tasks in the period): ${name}`],
  clTooFew: ['quá ít dữ liệu, giữ giá trị đã đặt', 'too little data, the set value stays'],
  clDefault: ['mặc định', 'default'],
  clPeople: [(n) => `${n} người`, (n) => `${n} people`],
  clPerDay: [(n) => `${n} hồ sơ/ngày`, (n) => `${n} cases/day`],
  FIXED: [(d) => `cố định ${hours(d.value)}`, (d) => `fixed ${hours(d.value)}`],
  UNIFORM: [(d) => `đều từ ${hours(d.min)} đến ${hours(d.max)}`, (d) => `uniform ${hours(d.min)} to ${hours(d.max)}`],
  TRIANGULAR: [(d) => `tam giác ${number(d.min)} / ${number(d.mode)} / ${hours(d.max)}`,
    (d) => `triangular ${number(d.min)} / ${number(d.mode)} / ${hours(d.max)}`],
  NORMAL: [(d) => `chuẩn, trung bình ${hours(d.mean)}, độ lệch chuẩn ${hours(d.sd)}`,
    (d) => `normal, mean ${hours(d.mean)}, sd ${hours(d.sd)}`],
  EXPONENTIAL: [(d) => `mũ, trung bình ${hours(d.mean)}`, (d) => `exponential, mean ${hours(d.mean)}`],
  LOG_NORMAL: [(d) => `lô-ga chuẩn, trung bình ${hours(d.mean)}, độ lệch chuẩn ${hours(d.sd)}`,
    (d) => `log-normal, mean ${hours(d.mean)}, sd ${hours(d.sd)}`],
  clRunFitted: ['Mô phỏng mô hình mục tiêu với tham số hiệu chỉnh', 'Simulate the to-be model with the fitted parameters'],
  clRunAsIs: ['Mô phỏng mô hình hiện trạng', 'Simulate the as-is model'],
  clRunsTitle: ['Gánh nặng của người nộp hồ sơ theo mô phỏng', 'The applicant’s burden as simulated'],
  clRunKind: ['Mô hình', 'Model'],
  clRunNumber: ['Lần chạy', 'Run'],
  clRunVersion: ['Phiên bản mô hình', 'Model version'],
  clRunDay: ['Ngày chạy', 'Run on'],
  clCycle: ['Thời gian giải quyết trung bình', 'Mean cycle time'],
  clHours: ['Giờ của người nộp', 'Applicant’s hours'],
  clVisits: ['Lần đến trực tiếp', 'Visits in person'],
  clMoney: ['Chi phí tự trả', 'Out-of-pocket'],
  AS_IS: ['Hiện trạng', 'As-is'],
  TO_BE: ['Mục tiêu', 'To-be'],
  clNoRuns: ['Chưa có lượt mô phỏng nào của thủ tục này.', 'This procedure has no simulation run yet.'],
  clAdopt: ['Đưa vào mô hình chi phí tuân thủ', 'Put into the compliance cost model'],
  clAdoptAsk: [(parts) => `Thay ${parts} của thủ tục bằng gánh nặng mô phỏng của người nộp hồ sơ? Các hoạt động đang có sẽ bị thay thế trong một phiên bản mới của thủ tục; nguồn ghi rõ “từ mô phỏng” cùng số lần chạy và phiên bản mô hình, để không ai nhầm với số liệu đo thực tế.`,
    (parts) => `Replace ${parts} of the procedure by the applicant’s simulated burden? The current activities are replaced in a new version of the procedure; its source says “from simulation” with the run numbers and model versions, so that nobody takes it for a measured figure.`],
  clAsIsPart: [(n, run) => `${n} hoạt động hiện trạng (bằng lần chạy ${run})`, (n, run) => `the ${n} as-is activities (by run ${run})`],
  clToBePart: [(n, run) => `${n} hoạt động mục tiêu (bằng lần chạy ${run})`, (n, run) => `the ${n} to-be activities (by run ${run})`],
  clAnd: [' và ', ' and '],
  clAdoptYes: ['Thay các hoạt động', 'Replace the activities'],
  clAdopted: [(v) => `Đã ghi phiên bản ${v} của thủ tục: chi phí tuân thủ và xếp hạng nay tính từ mô hình.`,
    (v) => `Version ${v} of the procedure recorded: its compliance cost and ranking now derive from the models.`]
});

/**
 * Shows the section in box for a central user (hidden for others). procedure is the procedure as read; changed(p)
 * is called with the procedure's new version after the burden was written into its compliance cost model.
 */
export function showCalibration(procedure, user, box, changed) {
  if (!isCentral(user)) {
    box.hidden = true;
    return;
  }
  const today = new Date();
  const ago = new Date(today.getTime() - 91 * 86400000);
  const state = { procedure, deployments: [], localities: {}, calibration: null, runs: [], note: null,
    from: date(ago.toISOString()), to: date(today.toISOString()), locality: '' };
  const errors = fieldErrors();
  const code = encodeURIComponent(procedure.code);

  async function loadRuns() {
    const [asIs, toBe] = await Promise.all(['AS_IS', 'TO_BE'].map((kind) =>
      api(`/api/simulations?procedureCode=${code}&kind=${kind}`).catch(() => [])));
    state.runs = [asIs[0], toBe[0]].filter(Boolean);
  }

  async function calibrate(button) {
    const from = readDay(box.querySelector('#cal-from').value);
    const to = readDay(box.querySelector('#cal-to').value);
    state.from = box.querySelector('#cal-from').value;
    state.to = box.querySelector('#cal-to').value;
    state.locality = box.querySelector('#cal-locality').value;
    const typed = {};
    [['from', from, t('clFrom')], ['to', to, t('clTo')]].forEach(([field, read, label]) => {
      if (read.problem) typed[field] = dayProblem(label, read);
    });
    if (Object.keys(typed).length) {
      state.note = { typed };
      render();
      return;
    }
    const query = new URLSearchParams({ procedureCode: procedure.code, from: from.iso || '', to: to.iso || '' });
    if (state.locality) query.set('locality', state.locality);
    try {
      state.calibration = await whileBusy(button, () => api('/api/simulations/calibration?' + query));
      state.note = null;
    } catch (e) {
      state.calibration = null;
      state.note = { refused: e };
    }
    render();
  }

  async function simulate(button, kind, parameters) {
    try {
      await whileBusy(button, () => api('/api/simulations', json('POST', { procedureCode: procedure.code, kind,
        parameters: parameters || {} })));
      state.note = null;
    } catch (e) {
      state.note = { error: e.message };
    }
    await loadRuns();
    render();
  }

  async function adopt(button) {
    const asIs = state.runs.find((r) => r.kind === 'AS_IS');
    const toBe = state.runs.find((r) => r.kind === 'TO_BE');
    const parts = [asIs ? t('clAsIsPart', state.procedure.asIsActivities.length, asIs.id) : null,
      toBe ? t('clToBePart', state.procedure.toBeActivities.length, toBe.id) : null].filter(Boolean);
    if (!await ask(t('clAdoptAsk', parts.join(t('clAnd'))), t('clAdoptYes'))) return;
    try {
      const updated = await whileBusy(button, () => api('/api/simulations/compliance-cost', json('POST', {
        procedureCode: state.procedure.code, asIsRun: asIs ? asIs.id : null, toBeRun: toBe ? toBe.id : null,
        version: state.procedure.version })));
      state.procedure = updated;
      state.note = { done: updated.version };
      await changed(updated);
    } catch (e) {
      state.note = { refused: e };
    }
    render();
  }

  const distribution = (d) => (d ? t(d.kind, d) : t('clDefault'));
  const fittedCell = (basis, value) => (basis === 'FITTED' ? value : el('span', { className: 'too-few' }, t('clTooFew')));

  function calibrationTable(c) {
    const rows = [];
    const row = (kind, id, label, handSet, fitted, n) => rows.push(el('tr', { dataset: { kind, element: id } },
      el('td', {}, ...label), el('td', {}, handSet), el('td', { className: 'fitted' }, fitted), el('td', { className: 'num' }, money(n))));
    row('arrivals', '', [t('clArrivals')], t('clPerDay', number(c.arrivals.handSet)),
      fittedCell(c.arrivals.basis, t('clPerDay', number(c.arrivals.fitted))), c.arrivals.n);
    c.tasks.forEach((task) => row('task', task.id, withNames(t('clTask', `'${task.name}'`)), distribution(task.handSet),
      fittedCell(task.basis, distribution(task.fitted)), task.n));
    c.branches.forEach((b) => row('branch', b.flowId, withNames(t('clBranch', `'${b.gatewayName}'`, `'${b.name}'`)),
      b.handSet === null || b.handSet === undefined ? t('clDefault') : share(b.handSet), fittedCell(b.basis, share(b.fitted)), b.n));
    c.roles.forEach((r) => row('role', r.id, withNames(t('clRole', `'${r.name}'`)), t('clPeople', r.handSet),
      fittedCell(r.basis, t('clPeople', r.fitted)), r.n));
    return table(['clElement', 'clHandSet', 'clFitted', 'clN'], rows,
      { label: t, numeric: [false, false, false, true], attrs: { id: 'calibration-table' } });
  }

  function runsTable() {
    if (!state.runs.length) return el('p', { className: 'note', id: 'calibration-runs' }, t('clNoRuns'));
    return table(['clRunKind', 'clRunNumber', 'clRunVersion', 'clRunDay', 'clCycle', 'clHours', 'clVisits', 'clMoney'],
      state.runs.map((r) => el('tr', { dataset: { kind: r.kind, run: String(r.id) } },
        el('td', {}, t(r.kind)), el('td', { className: 'num' }, String(r.id)), el('td', { className: 'num' }, String(r.modelVersion)),
        el('td', {}, date(r.runAt)), el('td', { className: 'num' }, workingDays(r.result.cycleTime.mean)),
        el('td', { className: 'num' }, hours(r.result.applicant.hours)), el('td', { className: 'num' }, number(r.result.applicant.visits)),
        el('td', { className: 'num' }, vnd(r.result.applicant.outOfPocket)))),
      { label: t, numeric: [false, true, true, false, true, true, true, true], attrs: { id: 'calibration-runs' } });
  }

  function render() {
    const localitySelect = el('select', { id: 'cal-locality' }, el('option', { value: '' }, t('clAll')),
      ...[...new Set(state.deployments.map((d) => d.locality).filter(Boolean))].map((l) =>
        data('option', { value: l, selected: l === state.locality }, (state.localities[l] || {}).name || l)));
    const from = datePicker(el('input', { id: 'cal-from', value: state.from, size: 10 }));
    const to = datePicker(el('input', { id: 'cal-to', value: state.to, size: 10 }));
    const fit = el('button', { type: 'button', id: 'cal-fit' }, t('clFit'));
    fit.addEventListener('click', () => calibrate(fit));
    const c = state.calibration;
    const runFitted = el('button', { type: 'button', id: 'cal-run-fitted', disabled: !c }, t('clRunFitted'));
    runFitted.addEventListener('click', () => simulate(runFitted, 'TO_BE', c && c.fitted));
    const runAsIs = el('button', { type: 'button', id: 'cal-run-as-is', className: 'secondary' }, t('clRunAsIs'));
    runAsIs.addEventListener('click', () => simulate(runAsIs, 'AS_IS', null));
    const adoptButton = el('button', { type: 'button', id: 'cal-adopt', disabled: !state.runs.length }, t('clAdopt'));
    adoptButton.addEventListener('click', () => adopt(adoptButton));
    const note = state.note && state.note.done
      ? el('p', { className: 'note', id: 'calibration-done', role: 'status' }, t('clAdopted', state.note.done))
      : el('p', { className: 'error', id: 'calibration-error', role: 'alert' });
    box.replaceChildren(el('h3', {}, t('clTitle')), el('p', { className: 'note' }, t('clHelp', c ? c.minimumSample : 30)),
      el('div', { className: 'calibration-form' },
        el('label', {}, t('clLocality'), ' ', localitySelect), ' ',
        el('label', {}, t('clFrom'), ' ', from), errors.node('from'), ' ',
        el('label', {}, t('clTo'), ' ', to), errors.node('to'), ' ', fit),
      c ? el('p', { id: 'calibration-summary' }, t('clSummary', money(c.cases), workingDays(c.workingDays), c.modelVersion),
        c.countedFrom !== c.from ? ` ${t('clCountedFrom', date(c.countedFrom))}` : '') : '',
      c ? calibrationTable(c) : '',
      el('p', { className: 'tk-buttons' }, runFitted, ' ', runAsIs),
      el('h4', {}, t('clRunsTitle')), runsTable(),
      el('p', {}, adoptButton), errors.node('asIsRun'), errors.node('toBeRun'), note);
    if (state.note && state.note.refused && !errors.show(state.note.refused, note)) {
      note.replaceChildren(...withNames(state.note.refused.message));
    }
    if (state.note && state.note.typed) Object.entries(state.note.typed).forEach(([field, message]) => errors.say(field, message));
  }

  box.hidden = false;
  render();
  onLanguage(render);
  Promise.all([api(`/api/procedures/${code}/deployments`).catch(() => []), api('/api/localities').catch(() => []), loadRuns()])
    .then(([deployments, localities]) => {
      state.deployments = deployments;
      localities.forEach((l) => { state.localities[l.code] = l; });
      render();
    });
}

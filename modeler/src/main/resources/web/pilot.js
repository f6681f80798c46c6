// The go-live stages of a procedure's workflow and its pilot comparison (pilot.html?code=…): where the workflow
// stands (design, test, pilot in named provinces, national rollout) with every move, who and when
// (GET /api/procedures/{code}/stage); the pilot provinces against every other province and against their own
// period before the pilot, each figure with its dossiers and how it was obtained, "no data yet" with the reason where
// there is none (GET …/pilot); moving the stage and promoting a pilot to the national rollout, which first shows what
// the move does — scope, deployed workflows, running cases — and acts only on "Xác nhận" (GET …/stage/preview, then
// PUT …/stage with the version read).
import { api, currentUser, json, params } from './kit/api.js';
import { whileBusy } from './kit/busy.js';
import { confirmAction } from './kit/confirm.js';
import { $, data, el, showError } from './kit/dom.js';
import { fieldErrors } from './kit/fields.js';
import { hours, money, share, vnd, when } from './kit/format.js';
import { onLanguage, showPage, texts } from './kit/i18n.js';
import { nameOf } from './kit/names.js';
import { isCentral } from './kit/roles.js';
import { table } from './kit/table.js';

const t = texts('pilot', {
  title: ['Giai đoạn triển khai và so sánh thí điểm', 'Go-live stages and pilot comparison'],
  intro: ['Quy trình mới của thủ tục đi qua bốn giai đoạn: thiết kế, thử nghiệm (chỉ nhận hồ sơ tập huấn), thí điểm tại một số tỉnh, thành phố và triển khai toàn quốc. Mỗi lần chuyển giai đoạn được ghi lại: ai, lúc nào, vì sao. Bảng so sánh đặt các tỉnh thí điểm bên cạnh các tỉnh khác trong cùng thời gian và bên cạnh chính các tỉnh thí điểm trong khoảng thời gian dài bằng ngay trước khi thí điểm; chỉ tính hồ sơ thật, không tính hồ sơ tập huấn hay mô phỏng.',
    'The procedure\'s new workflow goes through four stages: design, test (training dossiers only), a pilot in some provinces and the national rollout. Every move is recorded: who, when, why. The comparison sets the pilot provinces beside every other province over the same period and beside the pilot provinces themselves over as long a period just before the pilot; only real dossiers count, never training or simulated ones.'],
  stageTitle: ['Giai đoạn hiện tại', 'Current stage'],
  notStaged: ['Quy trình của thủ tục này chưa được quản lý theo giai đoạn: việc triển khai và tiếp nhận hồ sơ không bị giới hạn.', 'This procedure\'s workflow is not managed in stages: deployments and dossiers are not restricted.'],
  since: [(at) => `Từ ${at}; người ghi nhận:`, (at) => `Since ${at}; recorded by`],
  pilotIn: ['Tỉnh, thành phố thí điểm:', 'Pilot provinces:'],
  ruleDESIGN: ['Đang thiết kế: chỉ nhận hồ sơ tập huấn.', 'In design: training dossiers only.'],
  ruleTEST: ['Đang thử nghiệm: chỉ nhận hồ sơ tập huấn, chưa tiếp nhận hồ sơ thật.', 'In test: training dossiers only, no real dossiers yet.'],
  rulePILOT: ['Đang thí điểm: quy trình mới chỉ được triển khai tại các tỉnh thí điểm; nơi khác tiếp tục giải quyết theo quy trình đã triển khai trước đó, nếu có.', 'In pilot: the new workflow is deployed only in the pilot provinces; elsewhere dossiers go on in the workflow deployed before, if any.'],
  ruleROLLOUT: ['Đã triển khai toàn quốc: mọi tỉnh, thành phố tiếp nhận hồ sơ theo quy trình mới.', 'Rolled out nationwide: every province receives dossiers in the new workflow.'],
  comparisonTitle: ['So sánh thí điểm', 'Pilot comparison'],
  noPilot: ['Chưa có đợt thí điểm nào: bảng so sánh có số liệu khi quy trình chuyển sang giai đoạn thí điểm.', 'No pilot yet: the comparison has figures once the workflow moves to the pilot stage.'],
  pilotRunning: [(from, days) => `Đợt thí điểm từ ${from} đến nay (${days} ngày).`, (from, days) => `Pilot since ${from} (${days} days).`],
  pilotEnded: [(from, to, stage) => `Đợt thí điểm từ ${from} đến ${to}, khi chuyển sang giai đoạn ${stage}.`, (from, to, stage) => `Pilot from ${from} to ${to}, when it moved to ${stage}.`],
  groupPILOT: ['Tỉnh thí điểm, trong thời gian thí điểm', 'Pilot provinces, during the pilot'],
  groupELSEWHERE: ['Các tỉnh, thành phố khác, cùng thời gian', 'Other provinces, same period'],
  groupBEFORE: ['Tỉnh thí điểm, trước khi thí điểm', 'Pilot provinces, before the pilot'],
  indicator: ['Chỉ số', 'Indicator'],
  period: ['Thời gian', 'Period'],
  received: ['Hồ sơ tiếp nhận', 'Dossiers received'],
  decided: ['Hồ sơ đã giải quyết', 'Dossiers decided'],
  cycleTime: ['Thời gian giải quyết (trung vị)', 'Cycle time (median)'],
  onTimeRate: ['Tỷ lệ đúng hạn (trên hồ sơ đã giải quyết)', 'On-time rate (of decided dossiers)'],
  costPerDossier: ['Chi phí tuân thủ/hồ sơ', 'Compliance cost per dossier'],
  digitisedShare: ['Tỷ lệ hồ sơ được số hóa', 'Share of dossiers digitised'],
  satisfaction: ['Mức độ hài lòng', 'Satisfaction'],
  noData: ['Chưa có số liệu', 'No data yet'],
  ofCases: [(n) => `${n} hồ sơ`, (n) => `${n} dossiers`],
  statistics: [(v) => `Số liệu thống kê: ${v}`, (v) => `Statistics: ${v}`],
  provinces: [(n) => `${n} tỉnh, thành phố`, (n) => `${n} provinces`],
  promote: ['Chuyển sang triển khai toàn quốc', 'Promote to national rollout'],
  moveTitle: ['Chuyển giai đoạn', 'Move to another stage'],
  moveStage: ['Giai đoạn mới', 'New stage'],
  movePick: ['Tỉnh, thành phố thí điểm (giữ Ctrl để chọn nhiều)', 'Pilot provinces (hold Ctrl to choose several)'],
  moveReason: ['Lý do (bắt buộc khi quay lại giai đoạn trước)', 'Reason (required to go back to an earlier stage)'],
  moveButton: ['Chuyển giai đoạn', 'Move'],
  moveQuestion: [(from, to) => `Chuyển quy trình từ giai đoạn ${from} sang giai đoạn ${to}?`, (from, to) => `Move the workflow from ${from} to ${to}?`],
  noStage: ['chưa ghi nhận', 'not recorded'],
  factScope: ['Phạm vi tiếp nhận hồ sơ thật', 'Where real dossiers are received'],
  factActive: ['Hồ sơ đang giải quyết (tiếp tục đến khi xong)', 'Running dossiers (they go on to their end)'],
  factDeployments: ['Quy trình đã triển khai', 'Deployed workflows'],
  scopeNone: ['Không nơi nào: chỉ hồ sơ tập huấn', 'Nowhere: training dossiers only'],
  scopePilot: ['Quy trình mới chỉ tại:', 'The new workflow only in:'],
  scopeAll: [(n) => `Toàn quốc (${n} tỉnh, thành phố)`, (n) => `Nationwide (${n} provinces)`],
  nationwide: ['Toàn quốc', 'Nationwide'],
  noDeployment: ['Chưa triển khai ở đâu', 'Not deployed anywhere'],
  deployment: [(where, v, n) => `${where}: phiên bản ${v}, ${n} hồ sơ đang giải quyết`, (where, v, n) => `${where}: version ${v}, ${n} running dossiers`],
  suspendedNote: ['(tạm dừng)', '(suspended)'],
  moved: [(stage) => `Đã chuyển sang giai đoạn ${stage}.`, (stage) => `Moved to ${stage}.`],
  historyTitle: ['Lịch sử chuyển giai đoạn', 'Stage history'],
  noHistory: ['Chưa có lần chuyển giai đoạn nào.', 'No move yet.'],
  hAt: ['Thời điểm', 'When'],
  hStage: ['Giai đoạn', 'Stage'],
  hProvinces: ['Tỉnh thí điểm', 'Pilot provinces'],
  hBy: ['Người chuyển', 'By'],
  hReason: ['Lý do', 'Reason'],
  backToProcedure: ['Về trang thủ tục', 'Back to the procedure']
});
showPage(t);

const code = params.get('code') || '';
const enc = encodeURIComponent;
const STAGES = ['DESIGN', 'TEST', 'PILOT', 'ROLLOUT'];
const FIGURES = ['cycleTime', 'onTimeRate', 'costPerDossier', 'digitisedShare', 'satisfaction'];
const state = { user: null, history: null, report: null, localities: [], message: null };

const stageName = (s) => (s ? nameOf('stage', s) : t('noStage'));
const names = (codes, known) => codes.flatMap((c, i) => [i ? ', ' : '', data('span', { className: 'province' }, known[c] || c)]);

function written(key, value) {
  if (key === 'cycleTime') return hours(value);
  if (key === 'onTimeRate' || key === 'digitisedShare') return share(value, 1);
  if (key === 'costPerDossier') return vnd(value);
  return String(value);
}

function renderStage() {
  const h = state.history;
  const steps = el('ol', { className: 'pl-steps' }, STAGES.map((s) => el('li', {
    className: 'pl-step' + (h.stage === s ? ' current' : '') + (h.stage && STAGES.indexOf(s) < STAGES.indexOf(h.stage) ? ' done' : ''),
    dataset: { stage: s }
  }, stageName(s))));
  const lines = [el('h3', {}, t('stageTitle')), steps];
  if (!h.stage) {
    lines.push(el('p', { className: 'note', id: 'pl-not-staged' }, t('notStaged')));
  } else {
    const last = h.moves[0];
    lines.push(el('p', { id: 'pl-current', dataset: { stage: h.stage } }, el('strong', {}, stageName(h.stage)), ' — ', t('rule' + h.stage)),
      el('p', { className: 'note', id: 'pl-since' }, t('since', when(h.since)), ' ', data('span', {}, last.moverName)));
    if (h.stage === 'PILOT') lines.push(el('p', { id: 'pl-provinces' }, t('pilotIn'), ' ', ...names(h.provinces, h.provinceNames)));
  }
  if (state.message) lines.push(el('p', { className: 'notice ok', id: 'pl-moved' }, state.message));
  $('pl-stage').replaceChildren(...lines);
}

/** The usage statistics' figure beside a measured one, never in its place: its value, its year and sources as a tooltip. */
function beside(key, figure) {
  if (!figure || !figure.beside) return [];
  return [el('br'), el('small', { className: 'pl-beside', title: figure.beside.note || '' }, t('statistics', written(key, figure.beside.value)))];
}

function figureCell(key, figure) {
  if (!figure || figure.value === null) {
    return el('td', { className: 'num pl-missing', dataset: { figure: key } }, el('span', { className: 'pl-value' }, t('noData')),
      el('br'), el('small', { className: 'note' }, figure ? figure.missing : ''), ...beside(key, figure));
  }
  return el('td', { className: 'num pl-figure', dataset: { figure: key }, title: figure.note || '' },
    el('span', { className: 'pl-value' }, written(key, figure.value)), el('br'),
    el('small', { className: 'note' }, t('ofCases', money(figure.cases))), ...beside(key, figure));
}

function renderComparison() {
  const r = state.report;
  const lines = [el('h3', {}, t('comparisonTitle'))];
  if (!r.pilot) {
    lines.push(el('p', { className: 'note', id: 'pl-no-pilot' }, t('noPilot')));
    $('pl-comparison').replaceChildren(...lines);
    return;
  }
  const p = r.pilot;
  const days = Math.round((Date.parse(r.at) - Date.parse(p.startedAt)) / 86400000);
  lines.push(el('p', { id: 'pl-period' }, p.endedAt ? t('pilotEnded', when(p.startedAt), when(p.endedAt), stageName(p.endedIn))
    : t('pilotRunning', when(p.startedAt), money(days)), ' ', t('pilotIn'), ' ', ...names(p.provinces, r.provinceNames)));
  const groups = r.groups;
  const row = (key, label, cell) => el('tr', { dataset: { row: key } }, el('th', { scope: 'row' }, label), groups.map(cell));
  const rows = [
    row('period', t('period'), (g) => el('td', { dataset: { group: g.kind } }, `${when(g.from)} – ${when(g.to)}`, el('br'),
      el('small', { className: 'note' }, g.kind === 'ELSEWHERE' ? t('provinces', money(g.provinces.length)) : names(g.provinces, r.provinceNames)))),
    row('received', t('received'), (g) => el('td', { className: 'num', dataset: { group: g.kind } }, money(g.received))),
    row('decided', t('decided'), (g) => el('td', { className: 'num', dataset: { group: g.kind } }, money(g.decided))),
    ...FIGURES.map((key) => row(key, t(key), (g) => {
      const cell = figureCell(key, g.figures[key]);
      cell.dataset.group = g.kind;
      return cell;
    }))];
  lines.push(el('table', { className: 'data pl-table', id: 'pl-table' },
    el('thead', {}, el('tr', {}, el('th', {}, t('indicator')), groups.map((g) => el('th', { dataset: { group: g.kind } }, t('group' + g.kind))))),
    el('tbody', {}, rows)));
  if (r.stage === 'PILOT' && isCentral(state.user)) {
    lines.push(el('div', { className: 'wp-actions' }, el('button', { type: 'button', id: 'pl-promote', onclick: (e) => move(e.currentTarget, { stage: 'ROLLOUT', provinces: [], reason: '' }) }, t('promote'))));
  }
  $('pl-comparison').replaceChildren(...lines);
}

const errors = fieldErrors();

function renderMove() {
  const section = $('pl-move');
  section.hidden = !isCentral(state.user);
  if (section.hidden) return;
  const stage = el('select', { id: 'pl-stage-choice' }, STAGES.map((s) => el('option', { value: s }, stageName(s))));
  const current = state.history.stage;
  stage.value = current ? (STAGES[STAGES.indexOf(current) + 1] || current) : 'DESIGN';
  const provinces = el('select', { id: 'pl-province-choice', multiple: true, size: 6 }, state.localities.map((l) =>
    data('option', { value: l.code, selected: state.history.provinces.includes(l.code) }, l.name)));
  const pick = el('label', { id: 'pl-pick' }, t('movePick'), el('br'), provinces, errors.node('provinces'));
  const reason = el('textarea', { id: 'pl-reason', rows: 2, maxLength: 2000 });
  const shown = () => { pick.hidden = stage.value !== 'PILOT'; };
  stage.addEventListener('change', shown);
  shown();
  const button = el('button', { type: 'button', id: 'pl-move-button' }, t('moveButton'));
  button.addEventListener('click', () => move(button, {
    stage: stage.value, provinces: stage.value === 'PILOT' ? [...provinces.selectedOptions].map((o) => o.value) : [],
    reason: reason.value.trim()
  }));
  section.replaceChildren(el('h3', {}, t('moveTitle')),
    el('div', { className: 'pl-move' }, el('label', {}, t('moveStage'), ' ', stage, errors.node('stage')), pick,
      el('label', {}, t('moveReason'), el('br'), reason, errors.node('reason')), button));
}

function renderHistory() {
  const h = state.history;
  const body = h.moves.length ? table(['hAt', 'hStage', 'hProvinces', 'hBy', 'hReason'], h.moves.map((m) => el('tr', { dataset: { version: m.version } },
    el('td', {}, when(m.movedAt)), el('td', { dataset: { stage: m.stage } }, stageName(m.stage)),
    el('td', {}, names(m.provinces, h.provinceNames)), data('td', {}, m.moverName),
    data('td', { className: 'reason' }, m.reason || ''))), { label: t, attrs: { id: 'pl-moves' } })
    : el('p', { className: 'note', id: 'pl-no-history' }, t('noHistory'));
  $('pl-history').replaceChildren(el('h3', {}, t('historyTitle')), body);
}

/** The facts a move's confirmation shows: where real dossiers go, the running dossiers, the deployed workflows. */
function facts(preview) {
  const scope = preview.to === 'ROLLOUT' ? t('scopeAll', money(state.localities.length))
    : preview.to === 'PILOT' ? [t('scopePilot'), ' ', ...names(preview.provinces, preview.provinceNames)] : t('scopeNone');
  const deployments = preview.deployments.length ? el('ul', {}, preview.deployments.map((d) => el('li', {},
    ...(d.locality ? [data('span', {}, preview.provinceNames[d.locality] || d.locality)] : [t('nationwide')]),
    t('deployment', '', d.version, money(d.activeCases)), d.suspended ? ' ' + t('suspendedNote') : '')))
    : t('noDeployment');
  return [['scope', t('factScope'), el('span', {}, scope)], ['active', t('factActive'), money(preview.activeCases)],
    ['deployments', t('factDeployments'), deployments]];
}

async function move(button, change) {
  showError(null);
  errors.clear();
  await whileBusy(button, async () => {
    try {
      const query = new URLSearchParams({ stage: change.stage, provinces: change.provinces.join(',') });
      const preview = await api(`/api/procedures/${enc(code)}/stage/preview?${query}`);
      const goingBack = preview.from && STAGES.indexOf(change.stage) < STAGES.indexOf(preview.from);
      if (!preview.allowed && !(goingBack && preview.refusals.length === 1 && !change.reason)) {
        throw new Error(preview.refusals.join(' '));
      }
      const answer = await confirmAction({
        question: t('moveQuestion', stageName(preview.from), stageName(change.stage)), facts: facts(preview),
        reason: goingBack && !change.reason ? { label: t('moveReason') } : null
      });
      if (!answer) return;
      await api(`/api/procedures/${enc(code)}/stage`, json('PUT', {
        stage: change.stage, provinces: change.provinces, reason: answer.reason || change.reason || null,
        version: state.history.version
      }));
      state.message = t('moved', stageName(change.stage));
      await load();
    } catch (e) {
      if (!errors.show(e, $('error'))) showError(e);
    }
  });
}

async function load() {
  const [history, report] = await Promise.all([api(`/api/procedures/${enc(code)}/stage`), api(`/api/procedures/${enc(code)}/pilot`)]);
  Object.assign(state, { history, report });
  const link = $('pl-procedure');
  link.href = '/procedure.html?code=' + enc(code);
  link.textContent = `${code} — ${history.procedureName}`;
  render();
}

function render() {
  renderStage();
  renderComparison();
  renderMove();
  renderHistory();
  document.body.dataset.ready = 'true';
}

async function start() {
  const [user, localities] = await Promise.all([currentUser().catch(() => null), api('/api/localities')]);
  state.user = user;
  state.localities = localities.filter((l) => l.kind === 'PROVINCE' || l.kind === 'CITY');
  await load();
}

onLanguage(() => { if (state.history) render(); });
start().catch(showError);

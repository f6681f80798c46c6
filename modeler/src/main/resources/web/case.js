// A case (one dossier): its summary with the legal due date, its open tasks, its history as a timeline and the
// data received, labelled from the procedure's start form.
import { api, currentUser, params } from './kit/api.js';
import { confirmAction } from './kit/confirm.js';
import { nameOf } from './kit/names.js';
import { mayWorkCases } from './kit/roles.js';
import { $, el, showError } from './kit/dom.js';
import { date, number } from './kit/format.js';
import { onLanguage, showMissing, showPage, texts } from './kit/i18n.js';
import { table } from './kit/table.js';
import * as W from './workflow/common.js';
import { caseSection } from './digitisation/media.js';

const t = texts('case', {
  csTitle: ['Hồ sơ', 'Case'],
  csProcedure: ['Thủ tục', 'Procedure'],
  csLocality: ['Địa phương', 'Locality'],
  csChannel: ['Kênh nộp', 'Channel'],
  csState: ['Trạng thái', 'State'],
  csVersion: ['Phiên bản quy trình', 'Workflow version'],
  csStarted: ['Tiếp nhận lúc', 'Received'],
  csDue: ['Hạn giải quyết', 'Due'],
  csEnded: ['Kết thúc lúc', 'Ended'],
  csEndName: ['Kết thúc tại bước', 'Ended at'],
  csCycle: ['Thời gian giải quyết', 'Cycle time'],
  csOpenTasks: ['Công việc đang mở', 'Open tasks'],
  csNoOpen: ['Không còn công việc nào đang mở.', 'No open task.'],
  csTaskList: ['Xem trong danh sách công việc', 'Show in the task list'],
  csTask: ['Công việc', 'Task'],
  csGroups: ['Nhóm xử lý', 'Groups'],
  csAssignee: ['Người xử lý', 'Assignee'],
  csTaskDue: ['Hạn xử lý', 'Due'],
  csHistory: ['Quá trình xử lý', 'History'],
  csStep: ['Bước', 'Step'],
  csType: ['Loại', 'Type'],
  csBegan: ['Bắt đầu', 'Started'],
  csFinished: ['Kết thúc', 'Ended'],
  csBy: ['Người thực hiện', 'By'],
  csTook: ['Thời gian', 'Took'],
  csData: ['Thông tin đã kê khai', 'Data received'],
  csField: ['Trường', 'Field'],
  csValue: ['Giá trị', 'Value'],
  csNoData: ['Không có dữ liệu.', 'No data.'],
  csRunning: ['đang thực hiện', 'running'],
  csRefresh: ['Làm mới', 'Refresh'],
  csStartAnother: ['Tiếp nhận hồ sơ khác', 'Receive another dossier'],
  csUnassigned: ['chưa ai nhận', 'unassigned'],
  csNumber: ['Số hồ sơ', 'Dossier number'],
  csApplicant: ['Người nộp hồ sơ', 'Applicant'],
  csReceiver: ['Người tiếp nhận', 'Received by'],
  csReceipt: ['In giấy tiếp nhận và hẹn trả kết quả', 'Print the receipt and appointment slip'],
  csMark: ['Loại hồ sơ', 'Kind of dossier'],
  csNotCounted: ['không tính vào số liệu sử dụng, chỉ số và báo cáo', 'counts in no usage figure, KPI or report'],
  csOutcome: ['Kết quả giải quyết', 'Outcome'],
  csReason: ['Lý do', 'Reason'],
  csPaused: ['Tạm dừng tính thời hạn', 'Clock paused'],
  csPausedDays: [(n) => `${n} ngày làm việc chờ người nộp (hạn giải quyết đã lùi tương ứng)`,
    (n) => `${n} working day(s) waiting for the applicant (the due date moved as much)`],
  csWithdraw: ['Rút hồ sơ', 'Withdraw'],
  csCancel: ['Huỷ hồ sơ', 'Cancel the dossier'],
  csWithdrawQ: ['Rút hồ sơ này theo đề nghị của người nộp? Hồ sơ dừng giải quyết, các công việc đang mở bị đóng.',
    "Withdraw this dossier at the applicant's request? It stops, and its open tasks close."],
  csCancelQ: ['Huỷ hồ sơ này? Hồ sơ dừng giải quyết, các công việc đang mở bị đóng.',
    'Cancel this dossier? It stops, and its open tasks close.'],
  csWithdrawWhy: ['Lý do rút hồ sơ', 'Why it is withdrawn'],
  csCancelWhy: ['Lý do huỷ hồ sơ', 'Why it is cancelled'],
  csApplicantStep: ['Bước của người nộp hồ sơ', "The applicant's step"],
  csOnBehalf: ['Ghi nhận thay người nộp', 'Record for the applicant'],
  csOnBehalfOf: ['thay mặt người nộp', 'for the applicant']
});
showPage(t);
const enc = encodeURIComponent;
const id = params.get('id');
const state = { view: null, procedure: null, labels: {} };

const hoursBetween = (a, b) => (a && b) ? (new Date(b) - new Date(a)) / 3600000 : null;

const tableOf = (keys, rows, attrs) => table(keys, rows, { label: t, attrs });

/** A training or simulated case's mark, saying it counts nowhere; null for a real dossier. */
function markOf(s) {
  const mark = s.training ? 'TRAINING' : s.simulated ? 'SIMULATED' : null;
  if (!mark) return null;
  return el('span', { className: 'case-mark ' + mark.toLowerCase(), id: 'case-mark', dataset: { mark } },
    nameOf('caseMark', mark) + ' — ' + t('csNotCounted'));
}

function renderSummary() {
  const s = state.view.summary;
  const p = state.procedure;
  $('case-id').textContent = s.dossierNumber || s.id;
  document.title = 'Procedo — ' + t('csTitle') + ' ' + (s.dossierNumber || W.shortId(s.id));
  const received = (state.view.history || []).find((e) => e.type === 'startEvent');
  const facts = [
    ['dossierNumber', 'csNumber', s.dossierNumber ? el('span', { id: 'dossier-number', translate: false }, s.dossierNumber) : null],
    ['applicant', 'csApplicant', s.applicantName ? el('span', { id: 'applicant-name', translate: false }, s.applicantName) : null],
    ['receiver', 'csReceiver', received && received.user ? el('span', { id: 'received-by', translate: false }, received.user) : null],
    ['procedure', 'csProcedure', [el('a', { href: '/procedure.html?code=' + enc(s.procedureCode) }, s.procedureCode),
      p ? ' — ' : '', p ? el('span', { translate: false }, p.name) : '']],
    ['locality', 'csLocality', W.locality(s.locality)],
    ['channel', 'csChannel', W.channelName(s.channel)],
    ['state', 'csState', [el('span', { className: 'wf-state ' + s.state.toLowerCase() + (s.outcome ? ' ' + s.outcome.toLowerCase() : ''),
      id: 'case-state', dataset: { state: s.state } },
      W.caseStateName(s)), ...W.badges(s)]],
    ['mark', 'csMark', markOf(s)],
    ['outcome', 'csOutcome', s.outcome ? el('span', { className: 'wf-outcome ' + s.outcome.toLowerCase(), id: 'case-outcome',
      dataset: { outcome: s.outcome } }, nameOf('caseOutcome', s.outcome)) : null],
    ['outcomeReason', 'csReason', s.outcomeReason ? el('span', { className: 'cs-reason', id: 'outcome-reason', translate: false },
      s.outcomeReason) : null],
    ['paused', 'csPaused', s.pausedWorkingDays ? t('csPausedDays', s.pausedWorkingDays) : null],
    ['version', 'csVersion', 'v' + s.workflowVersion],
    ['started', 'csStarted', W.when(s.startedAt)],
    ['due', 'csDue', [el('span', { className: 'when', id: 'due-at' }, W.when(s.dueAt)), ` (${W.t('wfWorkingDays', s.processingDays)})`]],
    ['ended', 'csEnded', s.endedAt ? W.when(s.endedAt) : null],
    ['cycle', 'csCycle', s.endedAt ? W.hoursAndDays(hoursBetween(s.startedAt, s.endedAt)) : null],
    ['endName', 'csEndName', s.endName ? el('span', { translate: false }, s.endName) : null]
  ].filter(([, , v]) => v !== null && v !== '');
  $('summary').replaceChildren(el('dl', { className: 'facts' },
    facts.flatMap(([k, label, v]) => [el('dt', {}, t(label)), el('dd', { dataset: { fact: k } }, v)])),
  el('p', { className: 'cs-actions' },
    el('button', { type: 'button', className: 'secondary', id: 'refresh', onclick: load }, t('csRefresh')), ' ',
    mayWorkCases(state.user) ? el('a', { className: 'button secondary', id: 'start-another',
      href: '/start.html?code=' + enc(s.procedureCode) + '&locality=' + enc(s.locality || '') }, t('csStartAnother')) : null,
    s.dossierNumber && mayWorkCases(state.user) ? [' ', el('a', { className: 'button secondary', id: 'receipt-link',
      href: '/receipt.html?case=' + enc(s.id) }, t('csReceipt'))] : null,
    ...(s.state === 'ACTIVE' && mayWorkCases(state.user) ? [' ',
      el('button', { type: 'button', className: 'secondary', id: 'withdraw', onclick: () => end('withdraw') }, t('csWithdraw')), ' ',
      el('button', { type: 'button', className: 'secondary', id: 'cancel-case', onclick: () => end('cancel') }, t('csCancel'))] : [])));
}

/** Withdraws or cancels the running case, asking first and with the reason written. */
async function end(action) {
  const withdraw = action === 'withdraw';
  const answer = await confirmAction({ question: t(withdraw ? 'csWithdrawQ' : 'csCancelQ'),
    reason: { label: t(withdraw ? 'csWithdrawWhy' : 'csCancelWhy') } });
  if (!answer) return;
  try {
    state.view = await W.act(`/api/cases/${enc(id)}/${action}`, { json: { reason: answer.reason } });
    showError(null);
    render();
  } catch (e) { showError(e); }
}

function renderOpenTasks() {
  const v = state.view;
  const list = v.openTasks || [];
  const link = el('a', { id: 'task-list-link', className: 'button secondary',
    href: `/tasks.html?procedureCode=${enc(v.summary.procedureCode)}&case=${enc(v.summary.id)}` }, t('csTaskList'));
  $('open-tasks').replaceChildren(el('h3', {}, t('csOpenTasks')), list.length
    ? tableOf(['csTask', 'csGroups', 'csAssignee', 'csTaskDue'], list.map((task) => el('tr', { dataset: { task: task.id, activity: task.activityId } },
      el('td', {}, el('span', { translate: false }, task.name || task.activityId),
        task.applicant ? [el('span', { className: 'wf-badge applicant-step' }, t('csApplicantStep')), ' ',
          el('a', { className: 'on-behalf', href: `/tasks.html?procedureCode=${enc(v.summary.procedureCode)}&case=${enc(v.summary.id)}` },
            t('csOnBehalf'))] : null),
      el('td', {}, (task.candidateGroups || []).map(W.groupName).join(', ')),
      task.assignee ? el('td', { translate: false }, task.assignee) : el('td', {}, el('span', { className: 'note' }, t('csUnassigned'))),
      el('td', {}, W.when(task.dueAt), ...W.badges(task)))), { id: 'open-task-table' })
    : el('p', { className: 'note' }, t('csNoOpen')),
  ...(list.length ? [el('p', {}, link)] : []));
}

function renderHistory() {
  const rows = (state.view.history || []).map((e) => el('tr', { className: 'step ' + (e.endedAt ? 'ended' : 'running'),
    dataset: { activity: e.activityId, type: e.type } },
  el('td', { className: 'tl' }, el('span', { className: 'tl-dot' }),
    e.name ? el('span', { translate: false }, e.name) : el('code', { className: 'note' }, e.activityId)),
  el('td', {}, W.typeName(e.type)),
  el('td', {}, W.when(e.startedAt)),
  el('td', {}, e.endedAt ? W.when(e.endedAt) : el('span', { className: 'note' }, t('csRunning'))),
  el('td', { className: 'num' }, e.endedAt ? W.duration(hoursBetween(e.startedAt, e.endedAt)) : ''),
  el('td', {}, el('span', { translate: false }, e.user || ''),
    e.onBehalfOfApplicant ? el('span', { className: 'note on-behalf-of' }, ' (' + t('csOnBehalfOf') + ')') : null)));
  $('history').replaceChildren(el('h3', {}, t('csHistory')),
    tableOf(['csStep', 'csType', 'csBegan', 'csFinished', 'csTook', 'csBy'], rows, { id: 'history-table' }));
}

// ---- the data, labelled from the start form
/** Each keyed field of the start form by its data path: label (with its group's), options, section, order. */
function indexLabels(components, prefix, groupLabel, section, out) {
  (components || []).forEach((c) => {
    const path = c.path ? [...prefix, ...c.path.split('.')] : prefix;
    const label = c.label || c.dateLabel || c.key;
    if (c.key) {
      const options = c.values ? Object.fromEntries(c.values.map((v) => [String(v.value), v.label])) : null;
      out[[...prefix, ...c.key.split('.')].join('.')] = { label: groupLabel ? `${groupLabel} — ${label}` : label, options,
        section, order: Object.keys(out).length };
    }
    if (c.components) {
      indexLabels(c.components, path, c.path ? (c.label || c.path) : groupLabel,
        c.type === 'group' && !c.path ? (c.label || section) : section, out);
    }
  });
  return out;
}

/** Nested values (an address may come back as its JSON text) become one row per leaf: "group.key". */
function flatten(value, prefix, out) {
  if (typeof value === 'string' && /^\s*\{/.test(value)) {
    try { value = JSON.parse(value); } catch { /* shown as text */ }
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    Object.entries(value).forEach(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k, out));
  } else {
    out.push([prefix, value]);
  }
  return out;
}

function shown(value, options) {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? W.t('wfYes') : W.t('wfNo');
  if (Array.isArray(value)) return value.map((v) => shown(v, options)).join(', ');
  if (options && options[String(value)] !== undefined) return options[String(value)];
  if (typeof value === 'number') return number(value, 6);
  return /^\d{4}-\d{2}-\d{2}$/.test(String(value)) ? date(String(value)) : String(value);
}

function renderData() {
  const order = (k) => (state.labels[k] ? state.labels[k].order : Number.MAX_SAFE_INTEGER);
  const entries = flatten(state.view.data || {}, '', []).filter(([k]) => k)
    .sort((a, b) => order(a[0]) - order(b[0]) || a[0].localeCompare(b[0]));
  const rows = [];
  let section = null;
  entries.forEach(([k, v]) => {
    const info = state.labels[k];
    const here = info ? info.section : null;
    if (here && here !== section) rows.push(el('tr', { className: 'section' }, el('th', { colSpan: 2, translate: false }, here)));
    section = here;
    rows.push(el('tr', { dataset: { field: k } }, el('td', {}, info ? el('span', { translate: false }, info.label) : null, ' ', el('code', { className: 'note' }, k)),
      el('td', { className: 'value', translate: false }, shown(v, info && info.options))));
  });
  $('data').replaceChildren(el('h3', {}, t('csData')), entries.length
    ? tableOf(['csField', 'csValue'], rows, { id: 'data-table' })
    : el('p', { className: 'note' }, t('csNoData')));
}

function render() {
  if (!state.view) return;
  renderSummary();
  renderOpenTasks();
  $('digitisation').replaceChildren(caseSection(state.view, mayWorkCases(state.user), load));
  renderHistory();
  renderData();
}

async function load() {
  try {
    state.view = await api('/api/cases/' + enc(id));
    const code = state.view.summary.procedureCode;
    if (!state.procedure) {
      const [procedure, startForm] = await Promise.all([api('/api/procedures/' + enc(code)).catch(() => null),
        api(`/api/procedures/${enc(code)}/start-form`).catch(() => null)]);
      state.procedure = procedure;
      state.labels = startForm ? indexLabels(startForm.schema.components, [], null, null, {}) : {};
    }
    await W.localities().catch(() => []);
    state.user = await currentUser().catch(() => null);
    showError(null);
    render();
  } catch (e) { showError(e); }
}

document.addEventListener('DOMContentLoaded', () => {
  if (id) load();
  else showMissing($('error'), 'case');
});
onLanguage(render);

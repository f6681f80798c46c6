// The simplification plan editor of the procedure page (#plan): measures, live before/after figures from the
// plan's preview, the status workflow with who, and the measures the procedure's data supports. The person acting
// is the signed-in one; only central staff are offered changes, and a plan's proposer is not offered its approval.
import { api, currentUser } from '../kit/api.js';
import { whileBusy } from '../kit/busy.js';
import { confirmAction } from '../kit/confirm.js';
import { longTable } from '../kit/datatable.js';
import { isCentral } from '../kit/roles.js';
import { el, withNames } from '../kit/dom.js';
import { dateTime, hours as hoursText, money, number, percent, vnd, workingDays } from '../kit/format.js';
import { language, onLanguage, texts } from '../kit/i18n.js';
import { nameOf } from '../kit/names.js';

const t = texts('plan', {
  planTitle: ['Phương án đơn giản hóa', 'Simplification plan'],
  planNone: ['Chưa có phương án.', 'No plan yet.'],
  planCreate: ['Tạo phương án', 'Create a plan'],
  planName: ['Tên phương án', 'Plan title'],
  planBy: ['Người thực hiện:', 'Acting:'],
  approveByOther: ['Phương án do bạn đề xuất: người khác phê duyệt.', 'You proposed this plan: someone else approves it.'],
  planPick: ['Phương án', 'Plan'],
  measures: ['Biện pháp', 'Measures'],
  measureAdd: ['Thêm biện pháp', 'Add measure'],
  measureRemove: ['Bỏ', 'Remove'],
  component: ['Thành phần hồ sơ', 'Dossier component'],
  database: ['CSDL', 'Database'],
  days: ['Ngày làm việc', 'Working days'],
  percent: ['% cắt giảm', '% cut'],
  linked: ['Mã thủ tục liên thông (cách nhau bởi dấu phẩy)', 'Linked procedure codes (comma-separated)'],
  service: ['Tên dịch vụ liên thông', 'Inter-agency service name'],
  before: ['Trước (đ/năm)', 'Before (VND/year)'],
  after: ['Sau (đ/năm)', 'After (VND/year)'],
  saving: ['Tiết kiệm (đ/năm)', 'Saving (VND/year)'],
  savingPct: ['Tiết kiệm %', 'Saving %'],
  perDossier: ['Chi phí/hồ sơ', 'Cost per dossier'],
  perYear: ['Chi phí/năm', 'Per year'],
  beforeRow: ['Trước', 'Before'],
  afterRow: ['Sau', 'After'],
  status: ['Trạng thái', 'Status'],
  history: ['Lịch sử', 'History'],
  historyAt: ['Thời điểm', 'When'],
  historyFrom: ['Trạng thái trước', 'Status before'],
  historyTo: ['Trạng thái sau', 'Status after'],
  historyBy: ['Người thực hiện', 'By'],
  historyNoun: ['lần chuyển trạng thái', 'status changes'],
  toPROPOSED: ['Đề xuất', 'Propose'],
  toAPPROVED: ['Phê duyệt', 'Approve'],
  toIMPLEMENTED: ['Đã thực hiện', 'Mark implemented'],
  toDRAFT: ['Trả về dự thảo', 'Back to draft'],
  askApprove: ['Phê duyệt phương án này? Phương án đã phê duyệt không sửa được nữa và được dùng trong báo cáo cắt giảm chi phí.', 'Approve this plan? An approved plan can no longer be edited and counts in the cost-reduction report.'],
  askProcedure: ['Thủ tục', 'Procedure'],
  askMeasures: ['Số biện pháp', 'Measures'],
  suggestions: ['Gợi ý từ dữ liệu', 'Suggested by the data'],
  suggestionAdd: ['Thêm', 'Add'],
  toBe: ['Hoạt động sau đơn giản hóa', 'To-be activities'],
  activity: ['Hoạt động', 'Activity'],
  hours: ['Giờ', 'Hours'],
  outOfPocket: ['Chi phí tiền', 'Out-of-pocket'],
  share: ['Tỷ lệ', 'Share'],
  changedBy: ['Thay đổi bởi', 'Changed by'],
  removed: ['Đã bỏ', 'Removed'],
  editSave: ['Sửa tay', 'Save edit'],
  editRemove: ['Bỏ hoạt động', 'Remove activity'],
  processing: ['Thời hạn giải quyết', 'Processing time'],
  'kinds.REMOVE_COMPONENT': ['Bỏ thành phần hồ sơ', 'Remove a dossier component'],
  'kinds.ONCE_ONLY': ['Khai thác dữ liệu sẵn có (một lần)', 'Reuse data (once-only)'],
  'kinds.ONLINE': ['Nộp và trả kết quả trực tuyến', 'Online submission and delivery'],
  'kinds.CUT_PROCESSING_TIME': ['Rút ngắn thời hạn', 'Cut processing time'],
  'kinds.CUT_FEE': ['Giảm/miễn phí, lệ phí', 'Cut or waive fees'],
  'kinds.MERGE': ['Liên thông với thủ tục khác', 'Merge with linked procedures']
});
const section = document.getElementById('plan');
let procedure = null;
let plans = [];
let plan = null;
let preview = null;
let suggestions = [];
let message = '';

const KINDS = ['REMOVE_COMPONENT', 'ONCE_ONLY', 'ONLINE', 'CUT_PROCESSING_TIME', 'CUT_FEE', 'MERGE'];
const kindName = (k) => t.of('kinds', k);

// The server explains a derived activity with each measure's label and a suggestion with its reason, in English.
// In Vietnamese they are said again from their known shapes; anything else is shown as it came.
const VI_CHANGES = [
  [/^edited by hand$/, () => 'sửa tay'],
  [/^once-only: reuse '(.*)' from (.*)$/, (c, db) => `khai thác một lần: '${c}' từ ${t(db)}`],
  [/^remove component '(.*)'$/, (c) => `bỏ thành phần hồ sơ '${c}'`],
  [/^online submission and delivery$/, () => 'nộp và trả kết quả trực tuyến'],
  [/^processing time cut to (\d+) working days$/, (d) => `rút thời hạn còn ${d} ngày làm việc`],
  [/^fees waived$/, () => 'miễn phí, lệ phí'],
  [/^fees cut by (.*)%$/, (p) => `giảm phí, lệ phí ${percent(p, 2)}`],
  [/^inter-agency service '(.*)' with (.*)$/, (n, codes) => `liên thông '${n}' với ${codes}`]
];
const VI_REASONS = [
  [/^the data can be reused from (.*)$/, (db) => `dữ liệu có thể khai thác từ ${t(db)}`],
  [/^applicants still travel to or wait at the counter \(online level (.*)\)$/,
    (level) => `người nộp vẫn phải đi lại, chờ tại quầy (mức trực tuyến: ${nameOf('onlineLevel', level)})`],
  [/^fees of (\d+(?:\.\d+)?) VND per dossier are charged$/, (v) => `đang thu ${money(v)} đ phí, lệ phí mỗi hồ sơ`]
];
// In English the server's words stay, with their figures and codes written as everywhere else.
const EN_FIGURES = [
  [/^the data can be reused from (.*)$/, (db) => `the data can be reused from ${t(db)}`],
  [/^applicants still travel to or wait at the counter \(online level (.*)\)$/,
    (level) => `applicants still travel to or wait at the counter (online level: ${nameOf('onlineLevel', level)})`],
  [/^once-only: reuse '(.*)' from (.*)$/, (c, db) => `once-only: reuse '${c}' from ${t(db)}`],
  [/^fees of (\d+(?:\.\d+)?) VND per dossier are charged$/, (v) => `fees of ${vnd(v)} per dossier are charged`],
  [/^fees cut by (.*)%$/, (p) => `fees cut by ${percent(p, 2)}`]
];
function said(text, table) {
  if (!text) return text;
  for (const [pattern, say] of language() === 'vi' ? table : EN_FIGURES) {
    const m = text.match(pattern);
    if (m) return say(...m.slice(1));
  }
  return text;
}
const changeText = (labels) => labels.flatMap((l, i) => [i ? '; ' : '', ...withNames(said(l, VI_CHANGES))]);
let user = null;

function describe(m) {
  const named = (text) => el('span', { translate: false }, text);
  switch (m.kind) {
    case 'REMOVE_COMPONENT': return [`${kindName(m.kind)}: `, named(m.component)];
    case 'ONCE_ONLY': return [`${kindName(m.kind)}: `, named(m.component), ` ← ${t(m.database)}`];
    case 'CUT_PROCESSING_TIME': return `${kindName(m.kind)}: ${workingDays(m.days)}`;
    case 'CUT_FEE': return `${kindName(m.kind)}: ${percent(m.percent, 2)}`;
    case 'MERGE': return [`${kindName(m.kind)}: `, named(m.serviceName), ` (${(m.linkedCodes || []).join(', ')})`];
    default: return kindName(m.kind);
  }
}

async function load(selectId) {
  user = await currentUser();
  plans = await api(`/api/procedures/${encodeURIComponent(procedure.code)}/plans`);
  plan = plans.find((p) => p.id === selectId) || plans[0] || null;
  suggestions = await api(`/api/procedures/${encodeURIComponent(procedure.code)}/suggestions`);
  preview = plan ? await api(`/api/plans/${plan.id}/preview`) : null;
  render();
}

async function run(action, control) {
  message = '';
  try {
    await whileBusy(control, action);
  } catch (e) {
    message = e.message;
    render();
  }
}

/** A click handler that runs action with the clicked button busy until the plan and its preview are read again. */
const busyRun = (action) => (event) => run(action, event.currentTarget);

async function save(measures) {
  const updated = await api(`/api/plans/${plan.id}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ title: plan.title, note: plan.note, measures, edits: plan.edits, version: plan.version }) });
  await load(updated.id);
}

async function create(measures) {
  const title = (document.getElementById('plan-title') || {}).value || `${t('planTitle')} ${procedure.code}`;
  const created = await api(`/api/procedures/${encodeURIComponent(procedure.code)}/plans`, { method: 'POST',
    headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ title, measures: measures || [] }) });
  await load(created.id);
}

async function addMeasure(measure) {
  if (!plan) return create([measure]);
  return save([...plan.measures, measure]);
}

/** Approving asks first, saying the plan, its procedure, the status it leaves and what it saves. */
async function changeStatus(status) {
  if (status === 'APPROVED' && !await confirmAction({
    question: t('askApprove'),
    facts: [['plan', t('planPick'), el('span', { translate: false }, `#${plan.id} ${plan.title}`)],
      ['procedure', t('askProcedure'), el('span', { translate: false }, `${procedure.code} — ${procedure.name}`)],
      ['status', t('status'), `${nameOf('planStatus', plan.status)} → ${nameOf('planStatus', status)}`],
      ['measures', t('askMeasures'), number(plan.measures.length, 0)],
      ['saving', t('saving'), preview ? vnd(preview.saving.savingVnd) : '—']]
  })) return;
  await api(`/api/plans/${plan.id}/status`, { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ status, version: plan.version }) });
  await load(plan.id);
}

function measureForm() {
  const kind = el('select', { id: 'measure-kind' }, KINDS.map((k) => el('option', { value: k }, kindName(k))));
  const params = el('span', { className: 'plan-params' });
  const components = procedure.dossierComponents || [];
  function fill() {
    const k = kind.value;
    const parts = [];
    if (k === 'REMOVE_COMPONENT' || k === 'ONCE_ONLY') {
      const select = el('select', { id: 'measure-component' }, components.map((c) => el('option', { value: c.name, translate: false }, c.name)));
      parts.push(el('label', {}, t('component') + ' ', select));
      if (k === 'ONCE_ONLY') {
        const db = el('input', { id: 'measure-database', size: 14 });
        const sync = () => { const c = components.find((x) => x.name === select.value); db.value = (c && c.reusableFrom) || ''; };
        select.addEventListener('change', sync);
        sync();
        parts.push(el('label', {}, t('database') + ' ', db));
      }
    } else if (k === 'CUT_PROCESSING_TIME') {
      parts.push(el('label', {}, t('days') + ' ', el('input', { id: 'measure-days', type: 'number', min: 0, size: 4 })));
    } else if (k === 'CUT_FEE') {
      parts.push(el('label', {}, t('percent') + ' ', el('input', { id: 'measure-percent', type: 'number', min: 0, max: 100, value: 100, size: 4 })));
    } else if (k === 'MERGE') {
      parts.push(el('label', {}, t('linked') + ' ', el('input', { id: 'measure-linked', size: 24 })));
      parts.push(el('label', {}, t('service') + ' ', el('input', { id: 'measure-service', size: 24 })));
    }
    params.replaceChildren(...parts);
  }
  kind.addEventListener('change', fill);
  fill();
  const value = (id) => (document.getElementById(id) || {}).value;
  const add = el('button', { id: 'measure-add', type: 'button', onclick: busyRun(() => {
    const k = kind.value;
    const m = { kind: k };
    if (k === 'REMOVE_COMPONENT' || k === 'ONCE_ONLY') m.component = value('measure-component');
    if (k === 'ONCE_ONLY') m.database = value('measure-database');
    if (k === 'CUT_PROCESSING_TIME') m.days = Number(value('measure-days'));
    if (k === 'CUT_FEE') m.percent = Number(value('measure-percent'));
    if (k === 'MERGE') { m.linkedCodes = value('measure-linked').split(',').map((s) => s.trim()).filter(Boolean); m.serviceName = value('measure-service'); }
    return addMeasure(m);
  }) }, t('measureAdd'));
  return el('div', { className: 'plan-add' }, kind, params, add);
}

function figures() {
  if (!preview) return null;
  const s = preview.saving;
  const c = preview.comparison;
  return el('table', { className: 'plan-figures' },
    el('thead', {}, el('tr', {}, el('th', {}), el('th', { className: 'num' }, t('perDossier')), el('th', { className: 'num' }, t('perYear')))),
    el('tbody', {},
      el('tr', {}, el('th', {}, t('beforeRow')), el('td', { className: 'num' }, vnd(c.asIs.costPerDossierVnd)), el('td', { id: 'plan-before', className: 'num' }, vnd(s.beforeVnd))),
      el('tr', {}, el('th', {}, t('afterRow')), el('td', { className: 'num' }, vnd(c.toBe.costPerDossierVnd)), el('td', { id: 'plan-after', className: 'num' }, vnd(s.afterVnd))),
      el('tr', {}, el('th', {}, t('saving')), el('td', {}), el('td', { id: 'plan-saving', className: 'num' }, vnd(s.savingVnd))),
      el('tr', {}, el('th', {}, t('savingPct')), el('td', {}), el('td', { id: 'plan-percent', className: 'num' }, percent(s.savingPercent, 2))),
      el('tr', {}, el('th', {}, t('processing')), el('td', {}), el('td', { className: 'num' }, `${workingDays(preview.processingDaysBefore)} → ${workingDays(preview.processingDaysAfter)}`))));
}

/** Saves a hand edit of the to-be activity {@code name} (replacing an earlier edit of it). */
async function saveEdit(edit) {
  const edits = (plan.edits || []).filter((e) => e.name !== edit.name).concat([edit]);
  const updated = await api(`/api/plans/${plan.id}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ title: plan.title, note: plan.note, measures: plan.measures, edits, version: plan.version }) });
  await load(updated.id);
}

function toBeTable() {
  if (!preview) return null;
  const editable = isCentral(user) && (plan.status === 'DRAFT' || plan.status === 'PROPOSED');
  const rows = preview.toBe.activities.map((a, i) => {
    if (!editable) {
      return el('tr', {}, el('td', { translate: false }, a.name), el('td', { className: 'num' }, hoursText(a.hours)),
        el('td', { className: 'num' }, vnd(a.outOfPocketVnd)), el('td', { className: 'num' }, number(a.share)), el('td', {}, changeText(a.changedBy)), el('td', {}));
    }
    const input = (name, value) => el('input', { className: 'plan-edit', name, value, size: 7, dataset: { row: i } });
    const hours = input('hours', a.hours);
    const oop = input('outOfPocketVnd', a.outOfPocketVnd);
    const share = input('share', a.share);
    return el('tr', {}, el('td', { translate: false }, a.name), el('td', { className: 'num' }, hours), el('td', { className: 'num' }, oop),
      el('td', { className: 'num' }, share), el('td', {}, changeText(a.changedBy)),
      el('td', {}, el('button', { type: 'button', className: 'secondary', dataset: { edit: i }, onclick: busyRun(() => saveEdit({
        name: a.name, hours: Number(hours.value), outOfPocketVnd: Number(oop.value), share: Number(share.value), removed: false })) }, t('editSave')),
      ' ', el('button', { type: 'button', className: 'secondary', onclick: busyRun(() => saveEdit({ name: a.name, removed: true })) }, t('editRemove'))));
  });
  const removed = preview.toBe.removedActivities.map((r) => el('tr', { className: 'plan-removed' }, el('td', { translate: false }, r.name),
    el('td', { colSpan: 3 }, t('removed')), el('td', {}, said(r.by, VI_CHANGES)), el('td', {})));
  return el('details', { open: true }, el('summary', {}, t('toBe')), el('table', { id: 'plan-tobe' },
    el('thead', {}, el('tr', {}, ['activity', 'hours', 'outOfPocket', 'share', 'changedBy'].map((k) => el('th', {}, t(k))), el('th', {}))),
    el('tbody', {}, rows, removed)));
}

/** The plan's status changes as a long table, oldest first, sorted by when they happened (not by how that reads). */
function historyTable() {
  const rows = plan.history.map((h) => el('tr', {},
    el('td', { dataset: { sort: String(Date.parse(h.at)) } }, dateTime(h.at)),
    el('td', {}, nameOf('planStatus', h.from) || '—'),
    el('td', {}, nameOf('planStatus', h.to)),
    el('td', { translate: false }, h.by)));
  const history = el('table', { id: 'plan-history', className: 'data' },
    el('thead', {}, el('tr', {}, ['historyAt', 'historyFrom', 'historyTo', 'historyBy'].map((k) => el('th', {}, t(k))))),
    el('tbody', {}, rows));
  return el('details', { id: 'plan-history-box' }, el('summary', {}, t('history')),
    longTable(history, { title: `${t('history')} ${t('planTitle').toLowerCase()} ${plan.id}`, noun: () => t('historyNoun'), pageSize: 10 }));
}

function render() {
  const parts = [el('h3', {}, t('planTitle'))];
  const central = isCentral(user);
  if (central) {
    parts.push(el('div', { className: 'plan-who' }, t('planBy') + ' ',
      el('strong', { id: 'plan-by', title: user.username, translate: false }, user.displayName || user.username)));
  }
  if (!plan) {
    parts.push(el('p', {}, t('planNone')));
    if (central) {
      parts.push(el('div', { className: 'plan-add' },
        el('label', {}, t('planName') + ' ', el('input', { id: 'plan-title', size: 30 })),
        el('button', { id: 'plan-create', type: 'button', onclick: busyRun(() => create([])) }, t('planCreate'))));
    }
  } else {
    if (plans.length > 1) {
      parts.push(el('label', {}, t('planPick') + ' ', el('select', { id: 'plan-pick', onchange: (e) => run(() => load(Number(e.target.value))) },
        // a plan's title is data; its status is named in the page's language
        plans.map((p) => el('option', { value: p.id, selected: p.id === plan.id, translate: false }, `#${p.id} ${p.title} (${nameOf('planStatus', p.status)})`)))));
    }
    const editable = central && (plan.status === 'DRAFT' || plan.status === 'PROPOSED');
    parts.push(el('p', {}, el('strong', { translate: false }, plan.title), ' — ', t('status') + ': ', el('span', { id: 'plan-status', className: 'badge', dataset: { status: plan.status } },
      nameOf('planStatus', plan.status))));
    parts.push(el('h4', {}, t('measures')), el('ul', { id: 'plan-measures' }, plan.measures.map((m, i) => el('li', {}, describe(m), ' ',
      editable ? el('button', { type: 'button', className: 'secondary', onclick: busyRun(() => save(plan.measures.filter((_, j) => j !== i))) }, t('measureRemove')) : null))));
    if (editable) parts.push(measureForm());
    parts.push(figures(), toBeTable());
    const proposedByMe = plan.status === 'PROPOSED' && proposer(plan) === user.username;
    const next = central ? { DRAFT: ['PROPOSED'], PROPOSED: ['APPROVED', 'DRAFT'], APPROVED: ['IMPLEMENTED'], IMPLEMENTED: [] }[plan.status]
      .filter((s) => !(s === 'APPROVED' && proposedByMe)) : [];
    parts.push(el('div', { className: 'plan-status' }, next.map((s) => el('button', { type: 'button', dataset: { status: s },
      onclick: busyRun(() => changeStatus(s)) }, t('to' + s))),
    central && proposedByMe ? el('span', { className: 'note', id: 'plan-approve-by-other' }, ' ' + t('approveByOther')) : null));
    parts.push(historyTable());
  }
  if (suggestions.length) {
    const editable = central && (!plan || plan.status === 'DRAFT' || plan.status === 'PROPOSED');
    parts.push(el('h4', {}, t('suggestions')), el('ul', { id: 'plan-suggestions' }, suggestions.map((s) => el('li', {},
      describe(s.measure), ' — ', withNames(said(s.reason, VI_REASONS)), `; ${t('saving')}: ${vnd(s.savingVnd)} `,
      editable ? el('button', { type: 'button', className: 'secondary', dataset: { suggestion: s.measure.kind },
        onclick: busyRun(() => addMeasure(s.measure)) }, t('suggestionAdd')) : null))));
  }
  if (message) parts.push(el('p', { className: 'error', role: 'alert', id: 'plan-error' }, message));
  section.replaceChildren(...parts.filter(Boolean));
}

/** Who moved the plan to PROPOSED last (whoever approves it must be someone else). */
function proposer(p) {
  const proposed = (p.history || []).filter((h) => h.to === 'PROPOSED');
  return proposed.length ? proposed[proposed.length - 1].by : null;
}

/** Shows the plan editor of this procedure in #plan. */
export function showPlans(shown) {
  procedure = shown;
  run(() => load());
}
onLanguage(() => procedure && render());

// The officer's task list: the signed-in officer, filters (group, procedure, own tasks, one case), the open tasks
// most urgent first with their legal due time, and claim / unclaim / complete (offered on the tasks the officer's
// roles let them work), the task's form opening inline with its errors shown at each field.
import { api, currentUser, params } from './kit/api.js';
import { datePicker, dayProblem, readDay } from './kit/dates.js';
import { date } from './kit/format.js';
import { longTable } from './kit/datatable.js';
import { $, el, showError } from './kit/dom.js';
import { onLanguage, showPage, texts } from './kit/i18n.js';
import { mayWorkTask } from './kit/roles.js';
import * as W from './workflow/common.js';

const t = texts('tasks', {
  tkListTitle: ['Danh sách công việc', 'Task list'],
  tkNoun: ['công việc', 'tasks'],
  tkTitle: ['Công việc cần xử lý', 'Tasks to work'],
  tkGroup: ['Nhóm xử lý', 'Group'],
  tkProcedure: ['Thủ tục', 'Procedure'],
  tkMine: ['Việc của tôi', 'My tasks'],
  tkRefresh: ['Làm mới', 'Refresh'],
  tkTask: ['Công việc', 'Task'],
  tkCase: ['Hồ sơ', 'Case'],
  tkLocality: ['Địa phương', 'Locality'],
  tkReceived: ['Nhận lúc', 'Received'],
  tkDue: ['Hạn xử lý', 'Due'],
  tkGroups: ['Nhóm', 'Groups'],
  tkAssignee: ['Người xử lý', 'Assignee'],
  tkNone: ['Không có công việc nào phù hợp.', 'No matching task.'],
  tkYouAre: ['Cán bộ:', 'Officer:'],
  tkNotYours: ['không thuộc nhóm hoặc địa phương của bạn', 'not your group or province'],
  tkClaim: ['Nhận việc', 'Claim'],
  tkUnclaim: ['Trả lại', 'Unclaim'],
  tkComplete: ['Xử lý', 'Complete'],
  tkDone: ['Hoàn thành', 'Done'],
  tkCancel: ['Hủy', 'Cancel'],
  tkComment: ['Ý kiến xử lý', 'Comment'],
  tkRequired: ['Bắt buộc nhập.', 'Required.'],
  tkNotNumber: ['Phải là số nguyên.', 'Must be a whole number.'],
  tkByOther: [(n) => `đang do ${n} xử lý`, (n) => `claimed by ${n}`],
  tkOnlyCase: [(id) => `Chỉ hồ sơ ${id}`, (id) => `Case ${id} only`],
  tkShowAll: ['bỏ lọc', 'clear'],
  tkCompleted: [(name) => `Đã hoàn thành “${name}”.`, (name) => `Completed “${name}”.`],
  tkCaseNow: ['Hồ sơ', 'Case'],
  tkNext: [(n) => `còn ${n} việc đang mở`, (n) => `${n} task(s) still open`],
  tkFormErrors: ['Chưa hoàn thành được: sửa các trường được đánh dấu.', 'Not completed: correct the marked fields.'],
  tkNoFields: ['Công việc này không có trường cần nhập.', 'This task has no field to fill in.'],
  tkUnassigned: ['chưa ai nhận', 'unassigned'],
  tkChoose: ['— chọn —', '— choose —'],
  tkSearch: ['Tìm hồ sơ', 'Find a dossier'],
  tkSearchHint: ['Số hồ sơ hoặc tên người nộp', 'Dossier number or applicant'],
  tkReason: ['Lý do (bắt buộc khi từ chối hồ sơ; người nộp được thông báo)',
    'Reason (required when the dossier is refused; the applicant is told)'],
  tkApplicantStep: ['Bước của người nộp hồ sơ', "The applicant's step"],
  tkOnBehalf: ['Ghi nhận thay người nộp', 'Record for the applicant']
});
showPage(t);
longTable($('task-list'), { title: t('tkListTitle'), noun: () => t('tkNoun') });
const enc = encodeURIComponent;
const state = { tasks: [], workflows: [], open: null, errors: {}, message: null, user: null,
  caseId: params.get('case') || '', group: params.get('group') || '',
  procedure: params.get('procedureCode') || '', mine: params.get('mine') === '1', search: params.get('q') || '' };

// ---- who the officer is: the signed-in person
function renderOfficer() {
  const u = state.user;
  $('officer').replaceChildren(el('p', { className: 'tk-officer' }, t('tkYouAre') + ' ',
    el('strong', { id: 'officer-current', title: u ? u.username : '', translate: false }, u ? (u.displayName || u.username) : '')));
}

// ---- filters
function renderFilters() {
  $('group').replaceChildren(el('option', { value: '' }, W.t('wfAll')),
    ...W.GROUPS.map((g) => el('option', { value: g }, W.groupName(g))));
  $('group').value = state.group;
  const procedure = state.procedure;
  const codes = new Map();
  state.workflows.forEach((w) => codes.set(w.procedureCode, w.procedureName || w.name || ''));
  if (procedure && !codes.has(procedure)) codes.set(procedure, '');
  $('procedure').replaceChildren(el('option', { value: '' }, W.t('wfAll')),
    ...[...codes].map(([c, n]) => el('option', { value: c, translate: false }, n ? `${c} — ${n}` : c)));
  $('procedure').value = procedure;
  $('mine').checked = state.mine;
  $('case-filter').replaceChildren(...(state.caseId ? [el('span', { className: 'wf-chip', id: 'case-chip' },
    t('tkOnlyCase', W.shortId(state.caseId)), ' ',
    el('button', { type: 'button', className: 'link', onclick: () => { state.caseId = ''; remember(); load(); } }, t('tkShowAll')))] : []));
}

function remember() {
  const q = new URLSearchParams();
  if (state.group) q.set('group', state.group);
  if (state.procedure) q.set('procedureCode', state.procedure);
  if (state.mine) q.set('mine', '1');
  if (state.caseId) q.set('case', state.caseId);
  if (state.search) q.set('q', state.search);
  history.replaceState(null, '', '?' + q.toString());
  renderFilters();
}

async function load() {
  showError(null);
  const q = new URLSearchParams({ limit: '200' });
  if (state.group) q.set('group', state.group);
  if (state.procedure) q.set('procedureCode', state.procedure);
  if (state.mine && state.user) q.set('assignee', state.user.username);
  if (state.caseId) q.set('caseId', state.caseId);
  if (state.search) q.set('q', state.search);
  try {
    state.tasks = await api('/api/tasks?' + q.toString());
    if (state.open && !state.tasks.some((x) => x.id === state.open)) state.open = null;
    render();
  } catch (e) { showError(e); }
}

// ---- the list
function render() {
  const me = state.user ? state.user.username : null;
  $('no-tasks').hidden = state.tasks.length > 0;
  const rows = [];
  state.tasks.forEach((task) => {
    const mine = task.assignee && task.assignee === me;
    const actions = [];
    const workable = mayWorkTask(state.user, task.locality, task.candidateGroups);
    const completeLabel = task.applicant ? t('tkOnBehalf') : t('tkComplete');
    if (!workable) {
      actions.push(el('span', { className: 'note' }, task.assignee ? byOther(task.assignee) : t('tkNotYours')));
    } else if (!task.assignee) {
      actions.push(el('button', { type: 'button', className: 'claim', onclick: () => claim(task, true) }, t('tkClaim')), ' ',
        el('button', { type: 'button', className: 'secondary complete', onclick: () => openForm(task) }, completeLabel));
    } else if (mine) {
      actions.push(el('button', { type: 'button', className: 'complete', onclick: () => openForm(task) }, completeLabel), ' ',
        el('button', { type: 'button', className: 'secondary unclaim', onclick: () => claim(task, false) }, t('tkUnclaim')));
    }
    rows.push(el('tr', { className: 'task' + (task.overdue ? ' overdue' : '') + (state.open === task.id ? ' open' : ''),
      dataset: { task: task.id, case: task.caseId, activity: task.activityId } },
    el('td', { className: 'name' }, el('span', { translate: false }, task.name || task.activityId),
      task.applicant ? el('span', { className: 'wf-badge applicant-step' }, t('tkApplicantStep')) : null),
    el('td', {}, el('a', { href: '/procedure.html?code=' + enc(task.procedureCode) }, task.procedureCode)),
    el('td', { className: 'case' }, task.dossierNumber ? el('a', { href: '/case.html?id=' + enc(task.caseId), className: 'dossier-number',
      translate: false }, task.dossierNumber) : W.caseLink(task.caseId),
    task.applicantName ? [el('br'), el('span', { className: 'applicant', translate: false }, task.applicantName)] : null),
    el('td', {}, W.locality(task.locality)),
    el('td', {}, W.when(task.createdAt)),
    el('td', { className: 'due' }, el('span', { className: 'when' }, W.when(task.dueAt)), ...W.badges(task)),
    el('td', {}, (task.candidateGroups || []).map(W.groupName).join(', ')),
    el('td', { className: 'assignee', title: task.assignee || '', translate: task.assignee ? false : true },
      mine ? (state.user.displayName || me) : task.assignee || el('span', { className: 'note' }, t('tkUnassigned'))),
    el('td', { className: 'actions' }, actions.length ? actions : el('span', { className: 'note' }, byOther(task.assignee)))));
    if (state.open === task.id) rows.push(formRow(task));
  });
  $('task-list').tBodies[0].replaceChildren(...rows);
  renderMessage();
}

function renderMessage() {
  const m = state.message;
  if (!m) { $('task-message').replaceChildren(); return; }
  $('task-message').replaceChildren(el('p', { className: 'notice ok', id: 'completed' }, t('tkCompleted', m.task), ' ',
    t('tkCaseNow'), ' ', W.caseLink(m.caseId), ': ', el('span', { className: 'case-state',
      dataset: { state: m.caseState, outcome: m.outcome || '' } },
    W.caseStateName({ state: m.caseState, outcome: m.outcome })), m.open ? ' — ' + t('tkNext', m.open) : ''));
}

/** "đang do <người> xử lý": who holds a task, the name marked as data. */
function byOther(username) {
  const [before, after] = t('tkByOther', '\u0000').split('\u0000');
  return [before, el('span', { translate: false }, username), after];
}

async function claim(task, take) {
  showError(null);
  try {
    await W.act(`/api/tasks/${enc(task.id)}/${take ? 'claim' : 'unclaim'}`);
    if (!take && state.open === task.id) state.open = null;
    await load();
  } catch (e) {
    // the list is reloaded first (showing who holds the task now): loading clears the page's error
    await load();
    showError(e);
  }
}

function openForm(task) {
  state.open = state.open === task.id ? null : task.id;
  state.errors = {};
  render();
  const first = document.querySelector('tr.task-form-row input, tr.task-form-row select, tr.task-form-row textarea');
  if (first) first.focus();
}

// ---- the task's form: one input per declared field, by type, and a comment
function input(task, f) {
  const name = `f-${task.id}-${f.id}`;
  const def = f.defaultValue;
  switch (f.type) {
    case 'boolean':
      return el('span', { className: 'tk-yesno', role: 'radiogroup' },
        ...[true, false].map((v) => el('label', {}, el('input', { type: 'radio', name, value: String(v),
          checked: def === v || def === String(v), dataset: { value: String(v) } }), ' ', v ? W.t('wfYes') : W.t('wfNo'))));
    case 'long':
      return el('input', { type: 'number', step: '1', name, value: def ?? '' });
    case 'date': {
      // typed or picked as dd/MM/yyyy; the calendar opens inside the box, beside the input
      const box = el('span', { className: 'tk-date' }, el('input', { type: 'text', name, inputMode: 'numeric',
        value: typeof def === 'string' ? date(def) : '', dataset: { date: 'dd/MM/yyyy' } }));
      datePicker(box.firstChild);
      return box;
    }
    case 'enum':
      return el('select', { name }, el('option', { value: '' }, t('tkChoose')),
        ...Object.entries(f.options || {}).map(([value, label]) => el('option', { value, selected: def === value }, label || value)));
    default:
      return el('input', { type: 'text', name, value: def ?? '' });
  }
}

function formRow(task) {
  const fields = (task.form || []).map((f) => el('div', { className: 'tk-field' + (state.errors[f.id] ? ' invalid' : ''),
    dataset: { field: f.id, type: f.type } },
  el('span', { className: 'tk-label' }, f.label || f.id, f.required ? el('span', { className: 'required' }, ' *') : null),
  input(task, f),
  el('span', { className: 'field-error' }, state.errors[f.id] || '')));
  const comment = el('div', { className: 'tk-field' + (state.errors.comment ? ' invalid' : ''), dataset: { field: 'comment' } },
    el('span', { className: 'tk-label' }, t('tkComment')), el('textarea', { name: `f-${task.id}-comment`, rows: 2 }),
    el('span', { className: 'field-error' }, state.errors.comment || ''));
  const reason = task.applicant ? null : el('div', { className: 'tk-field' + (state.errors.reason ? ' invalid' : ''),
    dataset: { field: 'reason' } },
  el('span', { className: 'tk-label' }, t('tkReason')), el('textarea', { name: `f-${task.id}-reason`, rows: 2, maxLength: 4000 }),
  el('span', { className: 'field-error' }, state.errors.reason || ''));
  const other = Object.entries(state.errors).filter(([k]) => k !== 'comment' && k !== 'reason'
    && !(task.form || []).some((f) => f.id === k));
  const form = el('form', { className: 'tk-form', id: 'complete-form', dataset: { task: task.id },
    onsubmit: (e) => { e.preventDefault(); complete(task, e.target); }, oninput: fixed, onchange: fixed,
    'ondate-checked': (e) => refusedDay(task, e) },
  fields.length ? fields : el('p', { className: 'note' }, t('tkNoFields')), reason, comment,
  Object.keys(state.errors).length ? el('p', { className: 'error', id: 'complete-errors' }, t('tkFormErrors'),
    other.length ? el('ul', {}, other.map(([k, m]) => el('li', {}, (k ? k + ': ' : '') + m))) : null) : null,
  el('div', { className: 'tk-buttons' }, el('button', { type: 'submit', className: 'done' }, t('tkDone')), ' ',
    el('button', { type: 'button', className: 'secondary', onclick: () => { state.open = null; state.errors = {}; render(); } }, t('tkCancel'))));
  return el('tr', { className: 'task-form-row attached' }, el('td', { colSpan: 9 }, form));
}

/** A day the calendar does not have is refused at its field as soon as it is entered; a corrected one is taken. */
function refusedDay(task, event) {
  const box = event.target.closest('.tk-field');
  const f = box && (task.form || []).find((x) => x.id === box.dataset.field);
  if (!f) return;
  box.classList.toggle('invalid', event.detail !== null);
  box.querySelector('.field-error').textContent = event.detail ? dayProblem(f.label || f.id, event.detail) : '';
  if (event.detail) state.errors[f.id] = dayProblem(f.label || f.id, event.detail);
  else delete state.errors[f.id];
}

/** A field the officer touches again loses its error mark. */
function fixed(event) {
  const box = event.target.closest('.tk-field');
  if (!box || !box.classList.contains('invalid')) return;
  box.classList.remove('invalid');
  box.querySelector('.field-error').textContent = '';
  delete state.errors[box.dataset.field];
}

/** The form's data by field type; errors for required fields left empty and numbers that are not. */
function read(task, form) {
  const data = {};
  const errors = {};
  (task.form || []).forEach((f) => {
    const name = `f-${task.id}-${f.id}`;
    let value;
    if (f.type === 'boolean') {
      const checked = form.querySelector(`input[name="${CSS.escape(name)}"]:checked`);
      value = checked ? checked.value === 'true' : null;
    } else if (f.type === 'date') {
      // a day travels as ISO yyyy-MM-dd; one the calendar does not have is refused here, naming the field
      const day = readDay(form.elements[name].value);
      if (day.problem) {
        errors[f.id] = dayProblem(f.label || f.id, day);
        return;
      }
      value = day.iso || null;
    } else {
      const raw = form.elements[name].value.trim();
      value = raw === '' ? null : raw;
      // Whole numbers travel as their digits: the server checks their range without a double's rounding.
      if (value !== null && f.type === 'long' && !/^-?\d+$/.test(value)) errors[f.id] = t('tkNotNumber');
    }
    if (value === null) {
      if (f.required) errors[f.id] = t('tkRequired');
    } else {
      data[f.id] = value;
    }
  });
  const comment = form.elements[`f-${task.id}-comment`].value.trim();
  if (comment) data.comment = comment;
  const reason = form.elements[`f-${task.id}-reason`];
  if (reason && reason.value.trim()) data.reason = reason.value.trim();
  return { data, errors };
}

async function complete(task, form) {
  showError(null);
  const { data, errors } = read(task, form);
  if (Object.keys(errors).length) { state.errors = errors; keepInputs(form, () => render()); return; }
  try {
    const view = await W.act(`/api/tasks/${enc(task.id)}/complete`, { json: { data } });
    state.open = null;
    state.errors = {};
    state.message = { task: task.name || task.activityId, caseId: view.summary.id, caseState: view.summary.state,
      outcome: view.summary.outcome, open: (view.openTasks || []).length };
    await load();
  } catch (e) {
    if (e.status === 400 && e.errors.length) {
      state.errors = Object.fromEntries(e.errors.map((x) => [(x.field || '').replace(/^data\./, ''), W.said(x.message)]));
      keepInputs(form, () => render());
    } else { showError(e); }
  }
}

/** Re-renders while keeping what was typed into the open form. */
function keepInputs(form, rerender) {
  const values = [...form.elements].filter((x) => x.name).map((x) => [x.name, x.type === 'radio' ? x.checked : x.value, x.value]);
  rerender();
  const again = $('complete-form');
  if (!again) return;
  values.forEach(([name, v, raw]) => {
    const node = [...again.elements].find((x) => x.name === name && (x.type !== 'radio' || x.value === raw));
    if (!node) return;
    if (node.type === 'radio') node.checked = v; else node.value = v;
  });
}

async function init() {
  try { state.user = await currentUser(); } catch (e) { showError(e); }
  renderOfficer();
  try { state.workflows = await api('/api/workflows'); } catch { state.workflows = []; }
  await W.localities().catch(() => []);
  renderFilters();
  ['group', 'procedure', 'mine'].forEach((id) => $(id).addEventListener('change', () => {
    Object.assign(state, { group: $('group').value, procedure: $('procedure').value, mine: $('mine').checked });
    remember();
    load();
  }));
  $('refresh').addEventListener('click', load);
  $('task-filters').addEventListener('submit', (e) => e.preventDefault());
  $('task-search').value = state.search;
  $('task-search').addEventListener('change', () => {
    state.search = $('task-search').value.trim();
    remember();
    load();
  });
  await load();
}

document.addEventListener('DOMContentLoaded', init);
onLanguage(() => { renderOfficer(); renderFilters(); render(); });

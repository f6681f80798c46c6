// Receiving a dossier: the procedure's start form (form-js), the locality and channel of receipt; on success the
// new case's page. Field errors, the browser's or the server's, are shown at the field and in a list.
import { api, currentUser, params } from './kit/api.js';
import { $, el, showError } from './kit/dom.js';
import { formViewer, markSchemaTexts, refusedDays } from './kit/forms.js';
import { onLanguage, showMissing, showPage, texts } from './kit/i18n.js';
import { isAdmin, localitiesOf, mayWorkCases } from './kit/roles.js';
import * as W from './workflow/common.js';
import { chosenMedia, mediaPanel } from './digitisation/media.js';

const t = texts('start', {
  stTitle: ['Tiếp nhận hồ sơ', 'Receive a dossier'],
  stCode: ['Mã thủ tục', 'Procedure code'],
  stProcessing: ['Thời hạn giải quyết', 'Processing time'],
  stWorkflow: ['Quy trình', 'Workflow'],
  stLocality: ['Địa phương tiếp nhận', 'Receiving locality'],
  stChannel: ['Kênh nộp', 'Channel'],
  stTraining: ['Hồ sơ tập huấn', 'Training dossier'],
  stTrainingHelp: ['Hồ sơ tập huấn chạy như hồ sơ thật nhưng không được tính vào số liệu sử dụng, chỉ số và báo cáo.',
    'A training dossier runs like a real one but counts in no usage figure, KPI or report.'],
  stSubmit: ['Tiếp nhận hồ sơ', 'Receive the dossier'],
  stNeedLocality: ['Chọn địa phương tiếp nhận.', 'Choose the receiving locality.'],
  stSourceTEMPLATE: ['Tờ khai theo biểu mẫu chuẩn của thủ tục.', 'The declaration form of the procedure’s standard template.'],
  stSourceDOSSIER: ['Thủ tục chưa có biểu mẫu chuẩn: danh sách thành phần hồ sơ cần kiểm tra.', 'The procedure has no standard form: the list of dossier components to check.'],
  stErrors: [(n) => `Hồ sơ chưa được tiếp nhận: ${n} trường cần sửa.`, (n) => `The dossier was not received: ${n} field(s) to correct.`],
  stNoWorkflow: ['Thủ tục chưa có quy trình đang hoạt động cho địa phương này.', 'The procedure has no running workflow for this locality.'],
  stDeployLink: ['Triển khai tại trang Vận hành', 'Deploy it on the Operations page'],
  stUses: [(v, l) => `Phiên bản ${v} (${l})`, (v, l) => `Version ${v} (${l})`],
  stSuspended: ['đang tạm dừng, không tiếp nhận hồ sơ mới.', 'suspended: no new dossier can be received.'],
  stResumeLink: ['Tiếp tục tại trang Vận hành', 'Resume it on the Operations page'],
  stInvalid: ['Giá trị không hợp lệ', 'Invalid value']
});
showPage(t);
const enc = encodeURIComponent;
const code = params.get('code');
const state = { procedure: null, startForm: null, deployments: [], form: null, fields: {}, errors: [], listed: null,
  days: null };

/** Every keyed component of a form-js schema by its data path ("group.key") and by its bare key. */
function indexFields(components, prefix, out) {
  (components || []).forEach((c) => {
    const path = c.path ? [...prefix, ...c.path.split('.')] : prefix;
    if (c.path && !(path.join('.') in out)) {
      out[path.join('.')] = { component: c, path: path.join('.'), label: c.label || c.path, parent: prefix.join('.') };
    }
    if (c.key) {
      const full = [...prefix, ...c.key.split('.')].join('.');
      const entry = { component: c, path: full, label: c.label || c.dateLabel || c.key, parent: prefix.join('.') };
      out[full] = entry;
      if (!(c.key in out)) out[c.key] = entry;
    }
    if (c.components) indexFields(c.components, path, out);
  });
  return out;
}

function renderFacts() {
  const p = state.procedure;
  $('procedure-name').textContent = p.name;
  $('procedure-name').translate = false;
  document.title = 'Procedo — ' + t('stTitle') + ' — ' + p.code;
  $('procedure-code').replaceChildren(el('a', { href: '/procedure.html?code=' + enc(p.code) }, p.code));
  $('processing-days').textContent = W.t('wfWorkingDays', p.processingDays);
  const options = $('channel').options;
  ['ONLINE', 'COUNTER', 'POST'].forEach((c, i) => { options[i].textContent = W.channelName(c); });
  renderWorkflow();
  if (state.startForm) {
    $('form-title').textContent = state.startForm.title || '';
    $('form-title').translate = false;
    $('form-source').textContent = t('stSource' + state.startForm.source);
  }
}

/** The version a case would start on: the locality's latest running one, else the national one. */
function renderWorkflow() {
  const locality = $('locality').value;
  const running = state.deployments.filter((d) => !d.suspended);
  const local = locality ? running.find((d) => d.locality === locality) : null;
  const chosen = local || running.find((d) => !d.locality);
  const suspended = state.deployments.find((d) => d.suspended && (!d.locality || d.locality === locality));
  if (chosen) {
    $('workflow-info').replaceChildren(t('stUses', chosen.version, W.localityName(chosen.locality)));
  } else if (suspended) {
    $('workflow-info').replaceChildren(el('span', { className: 'error' },
      t('stUses', suspended.version, W.localityName(suspended.locality)) + ' — ' + t('stSuspended')), ' ',
    el('a', { href: '/workflows.html' }, t('stResumeLink')));
  } else {
    $('workflow-info').replaceChildren(el('span', { className: 'error' }, t('stNoWorkflow')), ' ',
      el('a', { href: '/workflows.html?code=' + enc(code) }, t('stDeployLink')));
  }
}

async function renderForm(data) {
  const container = $('start-form');
  if (state.form) state.form.destroy();
  container.replaceChildren();
  state.fields = indexFields(state.startForm.schema.components, [], {});
  state.form = await formViewer().createForm({ schema: state.startForm.schema, container, data: data || {} });
  state.days = refusedDays(state.form, container, dateField, followCorrections);
  W.translateFormErrors(container);
  markSchemaTexts(container);
  state.form.on('changed', followCorrections);
}

const startFormUrl = () => `/api/procedures/${enc(code)}/start-form`
  + ($('locality').value ? '?locality=' + enc($('locality').value) : '');

/** A locality may have adopted its own version of the form: it replaces the form, keeping what was typed. */
async function localityChanged() {
  $('locality-error').textContent = '';
  renderWorkflow();
  followCorrections();
  try {
    const startForm = await api(startFormUrl());
    const same = JSON.stringify(startForm.schema) === JSON.stringify(state.startForm.schema);
    const data = state.form && !same ? state.form._getState().data : null;
    state.startForm = startForm;
    renderFacts();
    if (!same) await renderForm(data);
  } catch (e) { showError(e); }
}

/** Errors at their fields (through the form's own error display) and all of them in a list. */
function showFieldErrors(all, fromServer) {
  state.listed = all.length ? (fromServer ? 'server' : 'browser') : null;
  // The server names start-form fields "data.<id>" and the receipt's own fields by their names.
  const list = all.map((x) => ({ field: (x.field || '').replace(/^data\./, ''), message: x.message }));
  const shown = (m) => W.said(m);
  state.errors = list;
  const locality = list.find((x) => x.field === 'locality');
  if (locality) $('locality-error').textContent = shown(locality.message);
  const box = $('start-errors');
  box.hidden = list.length === 0;
  if (!list.length) { box.replaceChildren(); return; }
  const formErrors = {};
  list.forEach((x) => {
    const f = state.fields[x.field];
    if (f) formErrors[f.component.id] = [shown(x.message)];
  });
  if (fromServer && state.form && Object.keys(formErrors).length && typeof state.form._setState === 'function') {
    state.form._setState({ errors: Object.assign({}, state.form._getState().errors, formErrors) });
  }
  box.replaceChildren(el('p', { className: 'error' }, t('stErrors', list.length)),
    el('ul', { className: 'field-errors', id: 'start-error-list' }, list.map((x) => {
      const f = state.fields[x.field];
      const where = f ? labelOf(f) : x.field === 'locality' ? t('stLocality') : x.field;
      return el('li', { dataset: { field: x.field || '' } }, where ? el('strong', {}, where + ': ') : null, shown(x.message));
    })));
}

/** A field's label, with the label of the group it sits in ("Nơi sinh — Tỉnh/thành phố"). */
function labelOf(f) {
  const group = f.parent ? findGroup(state.startForm.schema.components, f.parent.split('.'), []) : null;
  return (group ? group + ' — ' : '') + f.label;
}

function findGroup(components, path, prefix) {
  for (const c of components || []) {
    if (!c.components) continue;
    const here = c.path ? [...prefix, ...c.path.split('.')] : prefix;
    if (c.path && here.join('.') === path.join('.')) return c.label || c.path;
    const inner = findGroup(c.components, path, here);
    if (inner) return inner;
  }
  return null;
}

/**
 * The date field whose day input has the DOM id inputId ("…-<component id>-date", in a list's row
 * "…-<component id>_<row>-date"): its component id, label and row indexes.
 */
function dateField(inputId) {
  const dates = Object.values(state.fields).filter((x) => x.component.type === 'datetime');
  const id = inputId || '';
  const whole = dates.find((x) => id.endsWith('-' + x.component.id + '-date'));
  if (whole) return { id: whole.component.id, label: labelOf(whole), rows: [] };
  for (const f of dates) {
    const m = id.match(new RegExp('-' + f.component.id.replace(/[^\w]/g, '\\$&') + '((?:_\\d+)+)-date$'));
    if (m) return { id: f.component.id, label: labelOf(f), rows: m[1].slice(1).split('_').map(Number) };
  }
  return null;
}

/** form-js error ids name components; the list says which field by its path and label. */
function clientErrors(errors) {
  const byId = {};
  Object.values(state.fields).forEach((f) => { byId[f.component.id] = f; });
  return Object.entries(errors).map(([id, messages]) => {
    const f = byId[id];
    const refused = state.days && state.days.listed(id);
    return { field: f ? f.path : id, message: refused || [].concat(messages).flat().join('; ') || t('stInvalid') };
  });
}

/** What the browser finds wrong: the locality, then the form's fields in the form's own checks. */
function browserProblems(errors) {
  const problems = clientErrors(errors);
  $('locality-error').textContent = $('locality').value ? '' : t('stNeedLocality');
  if (!$('locality').value) problems.unshift({ field: 'locality', message: t('stNeedLocality') });
  return problems;
}

/** Once the list shows the browser's findings, it follows the corrections as they are typed. */
function followCorrections() {
  if (state.listed === 'browser') showFieldErrors(browserProblems(state.form._getState().errors));
}

async function submit() {
  showError(null);
  const locality = $('locality').value;
  const { data, errors } = state.form.submit();
  // a day refused at its field is not in the form's data: its refusal stands in for what the form found there
  const problems = browserProblems(state.days.over(errors));
  if (problems.length) { showFieldErrors(problems); return; }
  showFieldErrors([]);
  const button = $('start-submit');
  button.disabled = true;
  try {
    const request = { procedureCode: code, locality, channel: $('channel').value, data };
    if ($('training').checked) request.training = true;
    request.components = chosenMedia($('media'), data);
    const created = await W.act('/api/cases', { json: request });
    location.href = '/case.html?id=' + enc(created.summary.id);
  } catch (e) {
    if (e.status === 400 && e.errors.length) showFieldErrors(e.errors, true);
    else showError(e);
  } finally {
    button.disabled = false;
  }
}

/** The components' media to choose, drawn again in the page's language with the choices kept. */
function renderMedia() {
  const kept = chosenMedia($('media'), {});
  $('media').replaceChildren(mediaPanel(state.procedure, state.startForm.source === 'DOSSIER'));
  kept.forEach((m) => { const s = $('medium-' + m.component); if (s) s.value = m.medium; });
}

/**
 * The provinces where the signed-in person receives dossiers: every one for an administrator, their own for a
 * case officer; without either role, the page offers no receipt.
 */
async function localityChoices() {
  const user = await currentUser();
  await W.localityOptions($('locality'), W.t('wfChoose'));
  $('start-submit').hidden = !mayWorkCases(user);
  if (isAdmin(user)) return;
  const own = localitiesOf(user, 'CASE_OFFICER');
  [...$('locality').options].filter((o) => o.value && !own.includes(o.value)).forEach((o) => o.remove());
}

async function load() {
  try {
    await localityChoices();
    if (params.get('locality')) $('locality').value = params.get('locality');
    const [procedure, startForm, deployments] = await Promise.all([api('/api/procedures/' + enc(code)),
      api(startFormUrl()), api(`/api/procedures/${enc(code)}/deployments`).catch(() => [])]);
    Object.assign(state, { procedure, startForm, deployments });
    renderFacts();
    renderMedia();
    await renderForm();
  } catch (e) { showError(e); }
}

document.addEventListener('DOMContentLoaded', () => {
  $('intake-who').replaceChildren(W.whoField('intake-user'));
  $('locality').addEventListener('change', localityChanged);
  $('start-submit').addEventListener('click', submit);
  // pressing Enter in a field of the intake form must not send the form: the button starts the case
  $('intake-form').addEventListener('submit', (e) => e.preventDefault());
  if (code) load();
  else {
    $('intake-form').hidden = true;
    showMissing($('error'), 'procedure');
  }
});
onLanguage(() => {
  if (!state.procedure) return;
  // the form's widgets and calendars are drawn again in the new language, keeping what was typed
  if (state.form) renderForm(state.form._getState().data).catch(showError);
  $('intake-who').replaceChildren(W.whoField('intake-user'));
  localityChoices().then(renderFacts).catch(showError);
  renderMedia();
  if (state.errors.length) showFieldErrors(state.errors, state.listed === 'server');
});

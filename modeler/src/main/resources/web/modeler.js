// The BPMN modeler page: bpmn-js with the Camunda 7 properties panel, our lint rules shown on the diagram, a
// minimap, import/export of .bpmn, SVG and PNG, the model's analysis, and saving as a new version with optimistic
// locking (a stale save is refused; the page offers to reload, or to save the edits as a new version anyway).
// A model without diagram interchange is laid out when it is opened (stored so only when saved). One problems panel
// lists the linter's findings and the deployment check's problems of the model on screen: the toolbar's count and the
// analysis panel read the same list. The candidate groups entry offers the groups Procedo knows (GET /api/groups).
import { markBusy } from './kit/busy.js';
import { ApiError, api, currentUser, params, request } from './kit/api.js';
import { isCentral } from './kit/roles.js';
import { $, el, withNames } from './kit/dom.js';
import { onLanguage, showMissing, showPage, texts } from './kit/i18n.js';
import { retranslate, translate, translateModule } from './bpmn/translate.js';
import { typeName } from './bpmn/types.js';
import { simulationTextsModule } from './simulation/panel-texts.js';
import { workingDays } from './kit/format.js';

const t = texts('modeler', {
  importFile: ['Nhập tệp .bpmn', 'Import .bpmn'],
  exportBpmn: ['Tải .bpmn', 'Download .bpmn'],
  exportSvg: ['Tải SVG', 'Download SVG'],
  exportPng: ['Tải PNG', 'Download PNG'],
  save: ['Lưu phiên bản mới', 'Save a new version'],
  author: ['Người lưu:', 'Saved by:'],
  readOnly: ['Chỉ xem: vai trò của bạn không cho phép lưu mô hình.', 'Read only: your roles do not allow saving models.'],
  commentPlaceholder: ['Ghi chú cho phiên bản này', 'Comment for this version'],
  conflictReload: ['Tải lại bản mới nhất (bỏ thay đổi của tôi)', 'Reload the latest (discard my changes)'],
  conflictCopy: ['Lưu bản của tôi thành một phiên bản mới', 'Save my edits as a new version'],
  conflictDownload: ['Tải bản của tôi về máy (.bpmn)', 'Download my edits (.bpmn)'],
  conflict: [(mine, current) => `Không lưu được: mô hình đã được người khác lưu (phiên bản ${current}) sau phiên bản ${mine} mà bạn đang sửa. Bản của bạn vẫn còn trên màn hình.`, (mine, current) => `Not saved: someone saved the model (version ${current}) after version ${mine} that you are editing. Your edits are still on the screen.`],
  saved: [(v) => `Đã lưu phiên bản ${v}.`, (v) => `Saved version ${v}.`],
  savedCopy: [(v) => `Đã lưu bản của bạn thành phiên bản ${v}.`, (v) => `Saved your edits as version ${v}.`],
  loaded: [(v) => `Đang sửa phiên bản ${v}.`, (v) => `Editing version ${v}.`],
  loadedOld: [(v, latest) => `Đang xem phiên bản ${v}; lưu sẽ tạo phiên bản mới sau phiên bản ${latest}.`, (v, latest) => `Viewing version ${v}; saving creates a new version after version ${latest}.`],
  newModel: ['Mô hình mới — chưa lưu.', 'New model — not saved.'],
  fromAsIs: ['Bắt đầu từ mô hình hiện trạng — chưa lưu.', 'Started from the as-is model — not saved.'],
  unsaved: ['Có thay đổi chưa lưu.', 'Unsaved changes.'],
  imported: [(f) => `Đã nhập ${f} — chưa lưu.`, (f) => `Imported ${f} — not saved.`],
  lintOn: [(n) => `Kiểm tra: ${n} vấn đề`, (n) => `Lint: ${n} issues`],
  lintOff: ['Bật kiểm tra mô hình', 'Turn model checks on'],
  AS_IS: ['Hiện trạng', 'As-is'],
  TO_BE: ['Sau đơn giản hóa', 'To-be'],
  analysisTitle: ['Phân tích mô hình', 'Model analysis'],
  problemsTitle: [(n) => `Vấn đề của mô hình (${n})`, (n) => `Model problems (${n})`],
  problemsSummary: [(n) => n ? `${n} vấn đề — xem bảng «Vấn đề của mô hình».` : 'Không có vấn đề.',
    (n) => n ? `${n} problems — see «Model problems».` : 'No problems.'],
  noProblems: ['Không có vấn đề: mô hình qua kiểm tra theo bộ quy tắc và kiểm tra triển khai.',
    'No problems: the model passes the rule checks and the deployment check.'],
  error: ['Lỗi', 'Error'],
  warning: ['Cảnh báo', 'Warning'],
  fromLint: ['Kiểm tra mô hình', 'Model check'],
  fromDeploy: ['Kiểm tra triển khai', 'Deployment check'],
  wholeModel: ['Toàn bộ mô hình', 'The whole model'],
  deployUnchecked: [(m) => `Chưa kiểm tra triển khai được: ${m}`, (m) => `The deployment check could not run: ${m}`],
  notLaidOut: ['Mô hình này không có bố cục sơ đồ và Procedo không tự sắp xếp được: hãy mở bằng công cụ đã tạo ra nó và xuất lại kèm sơ đồ.',
    'This model has no diagram layout (BPMNDI) and Procedo could not arrange it: open it in the tool that made it and export it again with its diagram.'],
  laidOut: ['Mô hình này không có bố cục sơ đồ: Procedo đã tự sắp xếp các phần tử. Bố cục chỉ được lưu khi bạn lưu phiên bản mới.',
    'This model has no diagram layout (BPMNDI): Procedo arranged its elements. The layout is stored only when you save a new version.'],
  leave: ['Có thay đổi chưa lưu. Rời trang?', 'There are unsaved changes. Leave the page?'],
  invalid: ['Tệp không phải BPMN 2.0 hợp lệ: ', 'Not a valid BPMN 2.0 file: '],
  shortcutsTitle: ['Phím tắt (bấm vào sơ đồ trước)', 'Keyboard shortcuts (click the diagram first)'],
  kUndo: ['Hoàn tác / làm lại', 'Undo / redo'],
  kCopy: ['Sao chép / dán', 'Copy / paste'],
  kSelectAll: ['Chọn tất cả', 'Select all'],
  kDelete: ['Xóa phần tử đang chọn', 'Delete the selection'],
  kEdit: ['Sửa tên', 'Edit the label'],
  kTools: ['Kéo màn hình / chọn vùng / chèn khoảng trống / nối', 'Hand / lasso / space / connect tool'],
  kFind: ['Tìm phần tử', 'Find an element'],
  kZoom: ['Phóng to / thu nhỏ / về 100 %', 'Zoom in / out / 100 %'],
  simulate: ['Chạy mô phỏng', 'Run a simulation'],
  fromSimulation: ['Mô phỏng', 'Simulation'],
  simulateUnsaved: ['Hãy lưu mô hình trước: mô phỏng chạy trên phiên bản đã lưu.', 'Save the model first: a simulation runs on a saved version.'],
  simulated: [(v, cases, mean, p90) => `Đã mô phỏng phiên bản ${v}: ${cases} hồ sơ, thời gian giải quyết trung bình ${mean}, 90 % hồ sơ xong trong ${p90}.`,
    (v, cases, mean, p90) => `Simulated version ${v}: ${cases} cases, mean cycle time ${mean}, 90 % of cases done within ${p90}.`],
  compareLink: ['So sánh hiện trạng và sau đơn giản hóa', 'Compare as-is and to-be']
});
showPage(t);
const code = params.get('code');
const kind = (params.get('kind') || 'TO_BE').toUpperCase();
const wantedVersion = params.get('version');
const base = `/api/procedures/${encodeURIComponent(code)}/models/${kind}`;
const state = { version: null, dirty: false, procedureName: code, status: null, lint: [], deploy: [],
  deployError: null, layout: null, simulation: [], simulationDefaults: undefined };

const modeler = ProcedoBpmn.createModeler($('canvas'), $('properties'),
  [translateModule, simulationTextsModule(() => state.simulationDefaults)]);
const linting = modeler.get('linting');

function status(key, ...args) {
  state.status = [key, args];
  $('status').textContent = key ? t(key, ...args) : '';
}

function renderTitle() {
  if (!code) return;
  $('back').textContent = code;
  $('back').href = '/procedure.html?code=' + encodeURIComponent(code);
  $('model-title').replaceChildren(el('span', { translate: false }, state.procedureName), ` — ${t(kind)}`);
  $('model-version').textContent = state.version ? 'v' + state.version : '';
  $('toggle-lint').textContent = linting.isActive() ? t('lintOn', problems().length) : t('lintOff');
  $('toggle-lint').dataset.problems = problems().length;
  if (state.status) status(state.status[0], ...state.status[1]);
}

function blankDiagram(name) {
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_1" targetNamespace="http://procedo/bpmn">
<bpmn:collaboration id="Collaboration_1"><bpmn:participant id="Participant_1" name="${esc(name)}" processRef="Process_1"/></bpmn:collaboration>
<bpmn:process id="Process_1" isExecutable="${kind === 'TO_BE'}" camunda:historyTimeToLive="P180D">
  <bpmn:laneSet id="LaneSet_1">
    <bpmn:lane id="Lane_Applicant" name="Người dân"><bpmn:flowNodeRef>StartEvent_1</bpmn:flowNodeRef><bpmn:flowNodeRef>EndEvent_1</bpmn:flowNodeRef></bpmn:lane>
    <bpmn:lane id="Lane_Agency" name="Cơ quan giải quyết"><bpmn:flowNodeRef>Task_Process</bpmn:flowNodeRef></bpmn:lane>
  </bpmn:laneSet>
  <bpmn:startEvent id="StartEvent_1" name="Nộp hồ sơ"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
  <bpmn:userTask id="Task_Process" name="Giải quyết hồ sơ" camunda:candidateGroups="mot-cua"><bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:userTask>
  <bpmn:endEvent id="EndEvent_1" name="Nhận kết quả"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>
  <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Task_Process"/>
  <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Process" targetRef="EndEvent_1"/>
</bpmn:process>
<bpmndi:BPMNDiagram id="BPMNDiagram_1"><bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="Collaboration_1">
  <bpmndi:BPMNShape id="Participant_1_di" bpmnElement="Participant_1" isHorizontal="true"><dc:Bounds x="120" y="60" width="700" height="300"/></bpmndi:BPMNShape>
  <bpmndi:BPMNShape id="Lane_Applicant_di" bpmnElement="Lane_Applicant" isHorizontal="true"><dc:Bounds x="150" y="60" width="670" height="150"/></bpmndi:BPMNShape>
  <bpmndi:BPMNShape id="Lane_Agency_di" bpmnElement="Lane_Agency" isHorizontal="true"><dc:Bounds x="150" y="210" width="670" height="150"/></bpmndi:BPMNShape>
  <bpmndi:BPMNShape id="StartEvent_1_di" bpmnElement="StartEvent_1"><dc:Bounds x="212" y="117" width="36" height="36"/></bpmndi:BPMNShape>
  <bpmndi:BPMNShape id="Task_Process_di" bpmnElement="Task_Process"><dc:Bounds x="400" y="245" width="100" height="80"/></bpmndi:BPMNShape>
  <bpmndi:BPMNShape id="EndEvent_1_di" bpmnElement="EndEvent_1"><dc:Bounds x="652" y="117" width="36" height="36"/></bpmndi:BPMNShape>
  <bpmndi:BPMNEdge id="Flow_1_di" bpmnElement="Flow_1"><di:waypoint x="248" y="135"/><di:waypoint x="324" y="135"/><di:waypoint x="324" y="285"/><di:waypoint x="400" y="285"/></bpmndi:BPMNEdge>
  <bpmndi:BPMNEdge id="Flow_2_di" bpmnElement="Flow_2"><di:waypoint x="500" y="285"/><di:waypoint x="576" y="285"/><di:waypoint x="576" y="135"/><di:waypoint x="652" y="135"/></bpmndi:BPMNEdge>
</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;
}

/** Draws a model, laid out first when it has no diagram interchange; saving stores that layout, viewing does not. */
async function show(xml) {
  const drawn = await ProcedoBpmn.withLayout(xml);
  const result = await modeler.importXML(drawn.xml);
  modeler.get('canvas').zoom('fit-viewport');
  state.dirty = false;
  state.layout = drawn;
  if (drawn.failed) console.warn('No layout could be made for the model', drawn.failed);
  renderLayoutNote();
  if (result.warnings && result.warnings.length) console.warn('BPMN import warnings', result.warnings);
}

/** Says that the model on screen was laid out here (not stored yet), or why it could not be. */
function renderLayoutNote() {
  const layout = state.layout;
  $('laid-out').hidden = !layout || (!layout.laidOut && !layout.failed);
  $('laid-out').textContent = !layout ? '' : layout.failed ? t('notLaidOut') : t('laidOut');
}

async function fetchXml(url) {
  const response = await request(url);
  if (response.status === 404) return null;
  const text = await response.text();
  if (!response.ok) throw new ApiError(response.status, JSON.parse(text));
  return { xml: text, version: Number((response.headers.get('ETag') || '').replace(/\D/g, '')) || null };
}

/** Loads the latest version (or the one asked for), else the as-is as a start for a to-be, else a blank model. */
async function load() {
  $('conflict').hidden = true;
  $('error').textContent = '';
  const latest = await fetchXml(base);
  if (latest) {
    state.version = latest.version;
    if (wantedVersion && Number(wantedVersion) !== latest.version) {
      const old = await fetchXml(`${base}/versions/${Number(wantedVersion)}`);
      await show(old ? old.xml : latest.xml);
      state.shownVersion = old ? Number(wantedVersion) : latest.version;
      status(old ? 'loadedOld' : 'loaded', old ? Number(wantedVersion) : latest.version, latest.version);
    } else {
      await show(latest.xml);
      state.shownVersion = latest.version;
      status('loaded', latest.version);
    }
  } else {
    state.version = null;
    state.shownVersion = null;
    const asIs = kind === 'TO_BE' ? await fetchXml(`/api/procedures/${encodeURIComponent(code)}/models/AS_IS`) : null;
    await show(asIs ? asIs.xml : blankDiagram(state.procedureName));
    status(asIs ? 'fromAsIs' : 'newModel');
  }
  renderTitle();
  loadSimulationDefaults();
}

/**
 * The parameters a run of the version on screen uses, defaults filled in: the simulation group of the properties
 * panel shows them in its empty fields. A model whose parameters a run would refuse shows the refusal as problems.
 */
function loadSimulationDefaults() {
  const version = state.shownVersion;
  if (!version) return;
  api(`${base}/simulation?version=${version}`).then((parameters) => {
    state.simulationDefaults = parameters.resolved;
    state.simulation = [];
  }, (e) => {
    state.simulationDefaults = undefined;
    state.simulation = simulationProblems(e);
  }).then(() => {
    renderProblems();
    modeler.get('eventBus').fire('propertiesPanel.providersChanged');
  });
}

/** The element a refusal of a run names: "parameters.tasks.T_check.duration" → T_check, or the field itself. */
function simulationProblems(e) {
  const errors = (e.body && e.body.errors) || [];
  if (!errors.length) return [{ source: 'simulation', severity: 'error', elementId: null, rule: '', message: e.message }];
  const registry = modeler.get('elementRegistry');
  return errors.map((error) => {
    const parts = (error.field || '').split('.');
    const id = parts[0] === 'parameters' && parts.length > 2 ? parts[2] : error.field;
    return { source: 'simulation', severity: 'error', elementId: id && (registry.get(id) || shapeOf(id)) ? id : null,
      label: error.label, rule: error.code || '', field: error.field, message: error.message };
  });
}

/** Runs the saved version on screen (unchanged since) with its parameters; the figures said in the status line, a refusal as problems. */
async function simulate() {
  if (state.dirty || !state.shownVersion) {
    $('error').textContent = t('simulateUnsaved');
    return;
  }
  $('error').textContent = '';
  const done = markBusy($('simulate'));
  try {
    const run = await api('/api/simulations', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ procedureCode: code, kind, version: state.shownVersion }) });
    state.simulation = [];
    const r = run.result;
    status('simulated', run.modelVersion, r.measuredCases, workingDays(r.cycleTime.mean), workingDays(r.cycleTime.p90));
    renderSimulationLink();
  } catch (e) {
    state.simulation = simulationProblems(e);
    status(null);
  } finally {
    done();
    renderProblems();
  }
}

/** After a run, the way to the comparison of the as-is and to-be runs. */
function renderSimulationLink() {
  const link = $('simulation-link');
  link.hidden = false;
  link.href = `/compare.html?code=${encodeURIComponent(code)}#simulation`;
  link.textContent = t('compareLink');
}

async function currentXml() {
  const { xml } = await modeler.saveXML({ format: true });
  return xml;
}

async function save(expectedVersion, copyOf) {
  $('error').textContent = '';
  const xml = await currentXml();
  const headers = { 'Content-Type': 'application/xml; charset=utf-8' };
  if (expectedVersion) headers['If-Match'] = `"${expectedVersion}"`;
  let comment = $('comment').value.trim();
  if (copyOf) comment = (comment ? comment + ' — ' : '') + `edits based on v${copyOf}`;
  if (comment) headers['X-Comment'] = encodeURIComponent(comment);
  const saved = markBusy($('save'));
  try {
    const response = await request(base, { method: 'PUT', headers, body: xml });
    const body = await response.json();
    if (response.status === 409) {
      state.conflictWith = body.currentVersion;
      $('conflict-text').textContent = t('conflict', state.version || 0, body.currentVersion);
      $('conflict').hidden = false;
      status(null);
      return;
    }
    if (!response.ok) throw new ApiError(response.status, body);
    state.version = body.version;
    state.shownVersion = body.version;
    state.dirty = false;
    state.layout = null;
    renderLayoutNote();
    $('conflict').hidden = true;
    $('comment').value = '';
    status(copyOf ? 'savedCopy' : 'saved', body.version);
    renderTitle();
    loadSimulationDefaults();
    history.replaceState(null, '', `?code=${encodeURIComponent(code)}&kind=${kind}`);
  } catch (e) {
    $('error').textContent = e.message;
  } finally {
    saved();
  }
}

function download(name, content, type) {
  const url = content instanceof Blob ? URL.createObjectURL(content) : URL.createObjectURL(new Blob([content], { type }));
  const link = el('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const fileName = (ext) => `${code}-${kind.toLowerCase().replace('_', '-')}${state.version ? '-v' + state.version : ''}.${ext}`;

async function exportPng() {
  const { svg } = await modeler.saveSVG();
  const image = new Image();
  const size = svg.match(/width="([\d.]+)" height="([\d.]+)"/);
  image.onload = () => {
    const canvas = el('canvas', { width: Math.ceil(Number(size[1]) * 2), height: Math.ceil(Number(size[2]) * 2) });
    const context = canvas.getContext('2d');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.scale(2, 2);
    context.drawImage(image, 0, 0);
    canvas.toBlob((blob) => download(fileName('png'), blob));
  };
  image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
}

let analysisTimer;
let analysisRuns = 0;
/** The analysis and, for a to-be model, the deployment check of the model on screen, a moment after each change. */
function analyse() {
  clearTimeout(analysisTimer);
  analysisTimer = setTimeout(async () => {
    const run = ++analysisRuns;
    const latest = () => run === analysisRuns; // an answer about an older model is not shown
    const xml = await currentXml();
    const post = { method: 'POST', headers: { 'Content-Type': 'application/xml' }, body: xml };
    await Promise.all([
      api('/api/bpmn/analysis', post).then((analysis) => {
        if (latest()) { state.analysis = analysis; renderAnalysis(); }
      }, (e) => {
        if (latest()) $('analysis').replaceChildren(el('h3', {}, t('analysisTitle')), el('p', { className: 'error' }, e.message));
      }),
      kind === 'TO_BE' ? api(`/api/procedures/${encodeURIComponent(code)}/deployments/check`, post)
        .then((checked) => { if (latest()) { state.deploy = checked.problems; state.deployError = null; } },
          (e) => { if (latest()) { state.deploy = []; state.deployError = e.message; } })
        .then(renderProblems) : null
    ]);
  }, 400);
}

/**
 * The one list of the model's problems, errors first: the linter's findings (on the diagram too when the linter is
 * on) and the deployment check's; the toolbar and the analysis panel count this list.
 */
function problems() {
  const deploy = state.deploy.map((p) => ({ source: 'deploy', severity: 'error', elementId: p.elementId,
    label: p.label, rule: p.code || '', message: p.message }));
  const order = { error: 0, warning: 1 };
  return [...state.lint, ...deploy, ...state.simulation].sort((a, b) => order[a.severity] - order[b.severity]);
}

/** The linter's findings, one per element and rule, as problems of the list. */
function lintProblems(issues) {
  return Object.values(issues || {}).flat().map((issue) => ({ source: 'lint',
    severity: issue.category === 'warn' || issue.category === 'info' ? 'warning' : 'error',
    elementId: issue.actualElementId || issue.id, rule: issue.rule || '', message: issue.message }));
}

function renderProblems() {
  const list = problems();
  $('problems').replaceChildren(el('h3', {}, t('problemsTitle', list.length)),
    list.length ? el('ul', { className: 'problem-list' }, list.map((p) => el('li', {
      className: 'problem ' + p.severity, dataset: { source: p.source, element: p.elementId || '', rule: p.rule } },
    el('button', { type: 'button', className: 'problem-link', onclick: () => selectElement(p.elementId) },
      el('span', { className: 'problem-badge ' + p.severity }, t(p.severity)), ' ',
      el('span', { className: 'problem-source' }, t({ lint: 'fromLint', deploy: 'fromDeploy', simulation: 'fromSimulation' }[p.source])), ' · ',
      el('em', {}, ...elementLabel(p.elementId, p.label)), ': ',
      p.source === 'lint' ? translate(p.message) : withNames(p.message)))))
      : el('p', { className: 'note' }, t('noProblems')),
    ...(state.deployError ? [el('p', { className: 'error' }, t('deployUnchecked', state.deployError))] : []));
  renderTitle();
  renderAnalysis();
}

function renderAnalysis() {
  const a = state.analysis;
  if (!a) return;
  const metrics = ['activities', 'applicantTouchpoints', 'inPersonVisits', 'handOffs', 'documentsRequested', 'waits',
    'gateways', 'events'];
  $('analysis').replaceChildren(el('h3', {}, t('analysisTitle')),
    el('dl', { className: 'facts metrics' }, metrics.flatMap((m) => [el('dt', {}, t(m)), el('dd', { dataset: { metric: m } }, a[m])])),
    el('p', { className: 'problems-summary', dataset: { problems: problems().length } },
      el('a', { href: '#problems' }, t('problemsSummary', problems().length))));
}

/** The shape that shows an element: its own, or the pool of a process. */
function shapeOf(id) {
  const registry = modeler.get('elementRegistry');
  return id && (registry.get(id) || registry.find((e) => e.type === 'bpmn:Participant'
    && e.businessObject.processRef && e.businessObject.processRef.id === id));
}

/**
 * An element as the person sees it: its type and name ("Nhiệm vụ người dùng «Giải quyết hồ sơ»"), else the label
 * the server gave, else its id; a problem of no element is one of the whole model.
 */
function elementLabel(id, serverLabel) {
  if (!id) return [t('wholeModel')];
  const element = modeler.get('elementRegistry').get(id) || shapeOf(id);
  if (!element) return serverLabel ? withNames(serverLabel) : [el('code', {}, id)];
  const name = (element.businessObject.name || '').trim();
  return [typeName(element.type) + ' ', name ? el('span', { translate: false }, `«${name}»`) : el('code', {}, id)];
}

function selectElement(id) {
  const element = shapeOf(id);
  if (element && element !== modeler.get('canvas').getRootElement()) {
    modeler.get('selection').select(element);
    modeler.get('canvas').scrollToElement(element);
  }
}

modeler.on('import.done', analyse);
modeler.on('commandStack.changed', () => {
  state.dirty = true;
  status('unsaved');
  analyse();
});
modeler.on('linting.completed', ({ issues }) => {
  state.lint = lintProblems(issues);
  renderProblems();
});
modeler.on('linting.toggle', () => renderTitle());

$('save').addEventListener('click', () => save(state.version));
$('conflict-reload').addEventListener('click', () => load().catch((e) => { $('error').textContent = e.message; }));
$('conflict-copy').addEventListener('click', () => save(state.conflictWith, state.version || 0));
$('conflict-download').addEventListener('click', async () => download(fileName('bpmn'), await currentXml(), 'application/xml'));
$('export-bpmn').addEventListener('click', async () => download(fileName('bpmn'), await currentXml(), 'application/xml'));
$('export-svg').addEventListener('click', async () => download(fileName('svg'), (await modeler.saveSVG()).svg, 'image/svg+xml'));
$('export-png').addEventListener('click', exportPng);
$('toggle-lint').addEventListener('click', () => linting.toggle());
$('simulate').addEventListener('click', simulate);
$('import-file').addEventListener('change', async (e) => {
  const file = e.target.files[0];
  if (!file) return;
  try {
    await show(await file.text());
    state.dirty = true;
    status('imported', file.name);
  } catch (err) {
    $('error').textContent = t('invalid') + err.message;
  }
  e.target.value = '';
});
window.addEventListener('beforeunload', (e) => {
  if (state.dirty) {
    e.preventDefault();
    e.returnValue = t('leave');
  }
});
onLanguage(() => {
  renderProblems();
  renderLayoutNote();
  retranslate(modeler);
  analyse();
  if (!$('simulation-link').hidden) renderSimulationLink();
});

/** The signed-in person saves; someone whose roles do not allow saving models sees the model read only. */
currentUser().then((user) => {
  const central = isCentral(user);
  $('author-name').textContent = user.displayName || user.username;
  $('author-name').translate = false;
  $('author-name').title = user.username;
  ['author', 'comment', 'save', 'conflict-copy', 'simulate'].forEach((id) => { $(id).hidden = !central; });
  $('import-file').closest('label').hidden = !central;
  $('read-only').hidden = central;
}).catch(() => {});
if (!code) {
  // opened without a procedure: nothing to edit, only the way to choose one
  document.querySelectorAll('#toolbar, .modeler-layout').forEach((node) => { node.hidden = true; });
  showMissing($('error'), 'procedure');
} else api('/api/procedures/' + encodeURIComponent(code))
  .then((p) => { state.procedureName = p.name; })
  .catch(() => {})
  .then(load)
  .then(focusElement)
  .catch((e) => { $('error').textContent = e.message; renderTitle(); });

/**
 * The candidate groups entry of the properties panel offers the groups Procedo knows (their names beside their ids);
 * a new group can still be typed.
 */
function offerKnownGroups() {
  const list = el('datalist', { id: 'known-groups' });
  document.body.append(list);
  api('/api/groups').then((groups) => list.replaceChildren(...groups.map((g) => el('option',
    { value: g.id, label: g.name || g.id, translate: false })))).catch(() => {});
  const attach = () => {
    const input = document.getElementById('bio-properties-panel-candidateGroups');
    if (input && input.getAttribute('list') !== 'known-groups') input.setAttribute('list', 'known-groups');
  };
  new MutationObserver(attach).observe($('properties'), { childList: true, subtree: true });
}
offerKnownGroups();

/** The roles the simulation group offers are lanes' and pools' names, data the person typed: not the page's words. */
function markRoleNames() {
  new MutationObserver(() => document.querySelectorAll('#bio-properties-panel-simulation-role option:not([value=""])')
    .forEach((option) => { if (option.getAttribute('translate') !== 'no') option.setAttribute('translate', 'no'); }))
    .observe($('properties'), { childList: true, subtree: true });
}
markRoleNames();

/** With ?element=ID (e.g. from a deployment problem), that element is selected and scrolled into view. */
function focusElement() {
  const id = params.get('element');
  const element = id && modeler.get('elementRegistry').get(id);
  if (!element) return;
  const selection = modeler.get('selection');
  selection.select(element);
  modeler.get('canvas').scrollToElement(element);
  // The properties panel starts listening once it has rendered the diagram: select again for it then.
  setTimeout(() => { selection.select(null); selection.select(element); }, 300);
}
$('canvas').modeler = modeler;

// The procedure editor: creates a procedure (procedure-edit.html) or edits every field of one's record
// (?code=…): the public record, the channels with their processing times, the dossier components by case, the fees
// per channel, the legal basis documents, the applicant's activities (Standard Cost Model) and the source and day
// each part was checked against. A save names the version it was read at: a stale save is refused with the
// server's message and an offer to reload; every refusal of a field is shown beside its input. Deleting asks first
// and says whether the procedure will be withdrawn (something depends on it) or deleted for good.
import { api, currentUser, json, params } from './kit/api.js';
import { whileBusy } from './kit/busy.js';
import { ask } from './kit/confirm.js';
import { datePicker, dayProblem, readDay } from './kit/dates.js';
import { $, data, el } from './kit/dom.js';
import { date, number } from './kit/format.js';
import { onLanguage, showPage, texts } from './kit/i18n.js';
import { nameOf } from './kit/names.js';
import { isCentral } from './kit/roles.js';
import { dependentsText } from './procedure/removal.js';

const t = texts('procedureEdit', {
  titleNew: ['Thêm thủ tục hành chính', 'Add an administrative procedure'],
  titleEdit: ['Sửa thủ tục', 'Edit the procedure'],
  intro: ['Các ô có dấu * là bắt buộc. Số viết theo kiểu Việt Nam (0,5; 3.000.000), ngày theo dạng ngày/tháng/năm.',
    'Fields marked * are required. Numbers are written the Vietnamese way (0,5; 3.000.000), days as day/month/year.'],
  readOnly: ['Chỉ chuyên viên cải cách và quản trị hệ thống mới được thêm, sửa thủ tục trong danh mục.',
    'Only analysts and administrators may add or edit procedures of the catalog.'],
  recordTitle: ['Thông tin công bố', 'Published record'],
  code: ['Mã thủ tục *', 'Procedure code *'],
  name: ['Tên thủ tục *', 'Name *'],
  field: ['Lĩnh vực *', 'Field *'],
  level: ['Cấp thực hiện *', 'Level *'],
  agencyCode: ['Cơ quan thực hiện *', 'Implementing agency *'],
  localityCode: ['Địa phương', 'Locality'],
  nationwide: ['Toàn quốc', 'Nationwide'],
  applicantType: ['Đối tượng thực hiện *', 'Applicants *'],
  onlineLevel: ['Mức độ dịch vụ công trực tuyến *', 'Online level *'],
  status: ['Tình trạng', 'Status'],
  processingDays: ['Thời hạn giải quyết theo quy định (ngày làm việc) *', 'Processing time limit (working days) *'],
  decision: ['Quyết định công bố', 'Publishing decision'],
  validFrom: ['Có hiệu lực từ ngày', 'In force from'],
  formerCode: ['Mã thủ tục cũ', 'Former code'],
  legalBasis: ['Căn cứ pháp lý (ghi chú)', 'Legal basis (note)'],
  effortDays: ['Công sức đưa lên trực tuyến (ngày công)', 'Effort to bring online (person-days)'],
  applicantPopulation: ['Số đối tượng thực hiện', 'Number of applicants'],
  frequencyPerYear: ['Tần suất (lần/đối tượng/năm)', 'Frequency (times per applicant per year)'],
  channelsTitle: ['Cách thức thực hiện và thời hạn giải quyết', 'Channels and processing time'],
  channelsNote: ['Đánh dấu các cách thức nộp hồ sơ mà thủ tục cho phép và ghi thời hạn giải quyết của từng cách thức.',
    'Tick the channels through which a dossier can be handed in and give the processing time of each.'],
  channel: ['Cách thức', 'Channel'],
  offered: ['Áp dụng', 'Offered'],
  workingDays: ['Thời hạn (ngày làm việc)', 'Time limit (working days)'],
  dossierTitle: ['Thành phần hồ sơ theo trường hợp', 'Dossier components by case'],
  caseName: ['Trường hợp', 'Case'],
  caseNote: ['Để trống tên trường hợp nếu các giấy tờ áp dụng cho mọi hồ sơ.', 'Leave the case name empty when the documents apply to every dossier.'],
  addCase: ['Thêm trường hợp', 'Add a case'],
  removeCase: ['Bỏ trường hợp này', 'Remove this case'],
  component: ['Tên giấy tờ', 'Document'],
  originals: ['Bản chính', 'Originals'],
  copies: ['Bản sao', 'Copies'],
  copyKind: ['Hình thức', 'Form'],
  reusableFrom: ['Khai thác dữ liệu từ', 'Reusable from'],
  notReusable: ['Không', 'None'],
  formCode: ['Mã biểu mẫu', 'Form code'],
  feesTitle: ['Phí, lệ phí theo cách thức nộp hồ sơ', 'Fees and charges per channel'],
  feeName: ['Tên phí, lệ phí', 'Fee or charge'],
  amountVnd: ['Mức thu (đồng)', 'Amount (VND)'],
  legalTitle: ['Căn cứ pháp lý', 'Legal basis'],
  docNumber: ['Số, ký hiệu văn bản', 'Number'],
  docTitle: ['Trích yếu', 'Title'],
  issuedOn: ['Ngày ban hành', 'Issued on'],
  activitiesTitle: ['Hoạt động tuân thủ (Mô hình chi phí chuẩn)', 'Compliance activities (Standard Cost Model)'],
  asIs: ['Hiện trạng', 'As-is'],
  toBe: ['Sau đơn giản hóa', 'To-be'],
  activityName: ['Hoạt động', 'Activity'],
  kind: ['Loại', 'Kind'],
  hours: ['Số giờ', 'Hours'],
  share: ['Tỷ lệ hồ sơ (0–1)', 'Share of dossiers (0–1)'],
  outOfPocketVnd: ['Chi phí bằng tiền (đồng)', 'Out-of-pocket (VND)'],
  sourcesTitle: ['Nguồn và ngày đối chiếu', 'Sources and the day they were checked'],
  sourcesNote: ['Với từng phần của hồ sơ thủ tục: dữ liệu lấy từ đâu (văn bản, địa chỉ trang Cổng Dịch vụ công quốc gia) và đã đối chiếu ngày nào.',
    'For each part of the record: where its values come from (a document, a page of the national portal) and the day they were checked.'],
  part: ['Phần dữ liệu', 'Part of the record'],
  source: ['Nguồn', 'Source'],
  checkedOn: ['Ngày đối chiếu', 'Checked on'],
  'kind.INFORMATION': ['Tìm hiểu thông tin', 'Information'],
  'kind.PREPARE': ['Chuẩn bị hồ sơ', 'Prepare the dossier'],
  'kind.COPY': ['Sao chụp và chứng thực', 'Copies and certification'],
  'kind.TRAVEL': ['Đi lại', 'Travel'],
  'kind.WAIT': ['Chờ đợi', 'Wait'],
  'kind.SUBMIT': ['Nộp hồ sơ', 'Submit'],
  'kind.PAY': ['Nộp phí và lệ phí', 'Pay'],
  'kind.RECEIVE': ['Nhận kết quả', 'Receive the result'],
  'kind.OTHER': ['Khác', 'Other'],
  addRow: ['Thêm dòng', 'Add a row'],
  removeRow: ['Xóa dòng', 'Remove the row'],
  save: ['Lưu thủ tục', 'Save the procedure'],
  saving: ['Đang lưu…', 'Saving…'],
  back: ['Về trang thủ tục', 'Back to the procedure page'],
  backCatalog: ['Về danh mục', 'Back to the catalog'],
  remove: ['Xóa hoặc bãi bỏ thủ tục…', 'Delete or withdraw the procedure…'],
  saved: [(v) => `Đã lưu thủ tục (phiên bản dữ liệu ${v}).`, (v) => `The procedure was saved (data version ${v}).`],
  created: ['Đã thêm thủ tục vào danh mục.', 'The procedure was added to the catalog.'],
  notSaved: [(n) => `Chưa lưu được: có ${n} chỗ cần sửa, xem thông báo đỏ bên cạnh từng ô.`,
    (n) => `Not saved: ${n} field(s) to correct, see the red message beside each.`],
  stale: ['Tải lại bản mới nhất (bỏ các thay đổi chưa lưu)', 'Reload the latest version (drops your unsaved changes)'],
  notANumber: [(typed) => `“${typed}” không phải là số`, (typed) => `“${typed}” is not a number`],
  notWhole: ['phải là số nguyên', 'must be a whole number'],
  confirmWithdraw: [(list) => `Thủ tục này đang có: ${list}. Thủ tục sẽ được chuyển sang trạng thái đã bãi bỏ (giữ lại toàn bộ lịch sử, không còn trong bảng xếp hạng và danh mục) thay vì bị xóa. Tiếp tục?`,
    (list) => `This procedure has: ${list}. It will be withdrawn (kept with all its history, out of the ranking and the catalog) rather than deleted. Go on?`],
  confirmDelete: ['Không có dữ liệu nào phụ thuộc vào thủ tục này: thủ tục sẽ bị xóa hẳn khỏi danh mục, không khôi phục được. Tiếp tục?',
    'Nothing depends on this procedure: it will be deleted from the catalog for good and cannot be brought back. Go on?'],
  doWithdraw: ['Bãi bỏ thủ tục', 'Withdraw the procedure'],
  doDelete: ['Xóa hẳn', 'Delete for good']
});

const CHANNELS = ['IN_PERSON', 'ONLINE', 'POST'];
const PARTS = ['RECORD', 'FEES', 'PROCESSING_TIME', 'COMPONENTS', 'LEGAL_BASIS', 'ACTIVITIES'];
const DATABASES = ['POPULATION_DB', 'CIVIL_STATUS_DB', 'HEALTH_DB', 'INSURANCE_DB', 'BUSINESS_REGISTRY', 'LAND_DB',
  'JUDICIAL_RECORDS_DB', 'VEHICLE_DB'];
const CHOICES = {
  level: ['CENTRAL', 'PROVINCE', 'COMMUNE'],
  applicantType: ['CITIZEN', 'BUSINESS'],
  onlineLevel: ['NONE', 'PARTIAL', 'FULL'],
  procedureStatus: ['ACTIVE', 'SUSPENDED', 'ABOLISHED'],
  copyKind: ['ORIGINAL', 'CERTIFIED_COPY', 'COPY'],
  channel: CHANNELS,
  kind: ['INFORMATION', 'PREPARE', 'COPY', 'TRAVEL', 'WAIT', 'SUBMIT', 'PAY', 'RECEIVE', 'OTHER'],
  database: ['', ...DATABASES]
};
/** The name a person reads for a value of a drop-down list. */
function choiceName(kind, value) {
  if (kind === 'kind') return t.of('kind', value);
  if (kind === 'database') return value ? t(value) : t('notReusable');
  return nameOf(kind, value);
}

showPage(t);
const enc = encodeURIComponent;
const state = { code: params.get('code'), procedure: null, agencies: [], localities: [], fields: [] };
/** The inputs by the path the API names them with (name, fees[2].amountVnd …), as the last read found them. */
let targets = new Map();
let form = null;

// ---- inputs ------------------------------------------------------------------------------------------------------

function labelled(key, input) {
  return el('label', { className: 'edit-field' }, el('span', { dataset: { i18n: key } }, t(key)), input);
}

function text(value, props) {
  return el('input', Object.assign({ type: 'text', value: value ?? '' }, props || {}));
}

/** A number input, shown and read the vi-VN way; whole says it takes whole numbers only. */
function numeric(value, kind) {
  const shown = value === null || value === undefined || value === '' ? '' : number(value, 6);
  return el('input', { type: 'text', inputMode: 'decimal', value: shown, className: 'num', dataset: { number: kind } });
}

function dateInput(iso) {
  return el('input', { type: 'text', value: iso ? date(iso) : '', dataset: { date: 'day' } });
}

function select(kind, value, props) {
  const node = el('select', Object.assign({ dataset: { choice: kind } }, props || {}),
    CHOICES[kind].map((v) => el('option', { value: v }, choiceName(kind, v))));
  node.value = value ?? CHOICES[kind][0];
  return node;
}

/** The drop-down lists' names again, in the language just chosen. */
function relabelChoices() {
  document.querySelectorAll('select[data-choice] option').forEach((o) => {
    o.textContent = choiceName(o.parentElement.dataset.choice, o.value);
  });
  document.querySelectorAll('[data-channel-name]').forEach((n) => { n.textContent = nameOf('channel', n.dataset.channelName); });
  document.querySelectorAll('[data-record-part]').forEach((n) => { n.textContent = nameOf('recordPart', n.dataset.recordPart); });
  const nation = $('nationwide');
  if (nation) nation.textContent = t('nationwide');
}

/** What a typed number is: {empty}, {value} or {problem}; "1.234,5" and "0.5" alike. */
function readNumber(typed) {
  const s = String(typed || '').replace(/\s/g, '');
  if (!s) return { empty: true };
  let n = s;
  if (s.includes(',')) n = s.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) n = s.replace(/\./g, '');
  return /^-?\d+(\.\d+)?$/.test(n) ? { value: Number(n) } : { problem: t('notANumber', s) };
}

// ---- reading the form --------------------------------------------------------------------------------------------

/** Reads inputs into the API's JSON, registering each input under its path and collecting what cannot be read. */
class Reader {
  constructor() {
    this.targets = new Map();
    this.problems = [];
  }

  at(path, input) {
    this.targets.set(path, input);
    return input;
  }

  text(path, input) {
    this.at(path, input);
    const v = input.value.trim();
    return v === '' ? null : v;
  }

  number(path, input) {
    this.at(path, input);
    const read = readNumber(input.value);
    if (read.problem) this.problems.push([input, read.problem]);
    else if (!read.empty && input.dataset.number === 'whole' && !Number.isInteger(read.value)) this.problems.push([input, t('notWhole')]);
    return read.empty || read.problem ? null : read.value;
  }

  day(path, input) {
    this.at(path, input);
    const read = readDay(input.value);
    if (read.problem) this.problems.push([input, dayProblem(null, read)]);
    return read.iso || null;
  }
}

const blank = (row) => [...row.querySelectorAll('input[type=text], textarea')].every((i) => !i.value.trim());

// ---- sections ----------------------------------------------------------------------------------------------------

/** The field of the catalog, typed or picked among the fields the catalog has. */
function fieldInput(value) {
  const input = data('input', { type: 'text', id: 'field', value: value || '', maxLength: 200 });
  input.setAttribute('list', 'field-names');
  return input;
}

function recordSection(p) {
  const fieldList = el('datalist', { id: 'field-names' }, state.fields.map((f) => data('option', { value: f })));
  const agency = el('select', { id: 'agencyCode' }, el('option', { value: '' }, ''),
    state.agencies.map((a) => data('option', { value: a.code }, a.name)));
  agency.value = p.agencyCode || '';
  const locality = el('select', { id: 'localityCode' }, el('option', { value: '', id: 'nationwide' }, t('nationwide')),
    state.localities.filter((l) => l.code !== 'VN').map((l) => data('option', { value: l.code }, l.name)));
  locality.value = p.localityCode || '';
  const inputs = {
    code: text(p.code, { id: 'code', maxLength: 64 }),
    name: data('textarea', { id: 'name', rows: 2, maxLength: 1000, value: p.name || '' }),
    field: fieldInput(p.field),
    level: select('level', p.level, { id: 'level' }),
    agencyCode: agency,
    localityCode: locality,
    applicantType: select('applicantType', p.applicantType, { id: 'applicantType' }),
    onlineLevel: select('onlineLevel', p.onlineLevel, { id: 'onlineLevel' }),
    status: select('procedureStatus', p.status, { id: 'status' }),
    processingDays: Object.assign(numeric(p.processingDays, 'whole'), { id: 'processingDays' }),
    decision: data('input', { type: 'text', id: 'decision', value: p.decision || '', maxLength: 1000 }),
    validFrom: Object.assign(dateInput(p.validFrom), { id: 'validFrom' }),
    formerCode: text(p.formerCode, { id: 'formerCode', maxLength: 64 }),
    legalBasis: data('textarea', { id: 'legalBasis', rows: 2, maxLength: 4000, value: p.legalBasis || '' }),
    effortDays: Object.assign(numeric(p.effortDays, 'whole'), { id: 'effortDays' }),
    applicantPopulation: Object.assign(numeric(p.applicantPopulation, 'whole'), { id: 'applicantPopulation' }),
    frequencyPerYear: Object.assign(numeric(p.frequencyPerYear), { id: 'frequencyPerYear' })
  };
  $('record').replaceChildren(el('h3', { dataset: { i18n: 'recordTitle' } }, t('recordTitle')), fieldList,
    el('div', { className: 'edit-grid' }, Object.entries(inputs).map(([k, input]) => labelled(k, input))));
  return (r, body) => {
    ['code', 'name', 'field', 'decision', 'formerCode', 'legalBasis'].forEach((k) => { body[k] = r.text(k, inputs[k]); });
    ['level', 'applicantType', 'onlineLevel', 'status', 'agencyCode', 'localityCode'].forEach((k) => {
      body[k] = r.at(k, inputs[k]).value || null;
    });
    ['processingDays', 'effortDays', 'applicantPopulation', 'frequencyPerYear'].forEach((k) => { body[k] = r.number(k, inputs[k]); });
    body.validFrom = r.day('validFrom', inputs.validFrom);
  };
}

function channelsSection(p) {
  const rows = CHANNELS.map((c) => {
    const time = (p.processingTimes || []).find((x) => x.channel === c);
    const offered = el('input', { type: 'checkbox', checked: (p.channels || []).includes(c), dataset: { channel: c } });
    const days = numeric(time ? time.workingDays : '', 'whole');
    days.dataset.channelDays = c;
    return { channel: c, offered, days, row: el('tr', { dataset: { channel: c } },
      el('td', {}, el('label', { className: 'inline' }, offered, ' ', el('span', { dataset: { channelName: c } }, nameOf('channel', c)))),
      el('td', {}, days)) };
  });
  $('channels').replaceChildren(el('h3', { dataset: { i18n: 'channelsTitle' } }, t('channelsTitle')),
    el('p', { className: 'note', dataset: { i18n: 'channelsNote' } }, t('channelsNote')),
    el('table', { className: 'data edit-rows', id: 'channel-table' },
      el('thead', {}, el('tr', {}, ['offered', 'workingDays'].map((k) => el('th', { dataset: { i18n: k === 'offered' ? 'channel' : k } }, t(k === 'offered' ? 'channel' : k))))),
      el('tbody', {}, rows.map((r) => r.row))));
  return (r, body) => {
    body.channels = [];
    body.processingTimes = [];
    rows.forEach((x) => {
      if (x.offered.checked) {
        r.at(`channels[${body.channels.length}]`, x.offered);
        body.channels.push(x.channel);
      }
      if (x.days.value.trim() === '') return;
      const i = body.processingTimes.length;
      r.at(`processingTimes[${i}].channel`, x.days);
      r.at(`processingTimes[${i}]`, x.days);
      body.processingTimes.push({ channel: x.channel, workingDays: r.number(`processingTimes[${i}].workingDays`, x.days) });
    });
  };
}

/**
 * A table of rows the person adds and removes. columns: [key, make(value of the row) → input, how it is read:
 * 'text' | 'number' | 'day' | 'choice']; returns the table and read(reader, list path, start index) → items.
 */
function rowTable(id, columns, items, blankItem) {
  const body = el('tbody', {});
  const addRow = (item) => {
    const inputs = columns.map(([key, make]) => make(item[key]));
    const remove = el('button', { type: 'button', className: 'link remove-row', dataset: { i18n: 'removeRow' } }, t('removeRow'));
    const row = el('tr', {}, inputs.map((input) => el('td', {}, input)), el('td', {}, remove));
    row.inputs = inputs;
    remove.addEventListener('click', () => row.remove());
    body.append(row);
    row.querySelectorAll('input[data-date]').forEach((input) => datePicker(input));
    return row;
  };
  items.forEach(addRow);
  const add = el('button', { type: 'button', className: 'secondary add-row', dataset: { i18n: 'addRow' } }, t('addRow'));
  add.addEventListener('click', () => { const row = addRow(blankItem()); row.inputs[0].focus(); });
  const element = el('div', Object.assign({ className: 'row-table' }, id ? { id } : {}),
    el('table', { className: 'data edit-rows' }, el('thead', {}, el('tr', {},
      columns.map(([key]) => el('th', { dataset: { i18n: key } }, t(key))), el('th', {}))), body), add);
  const read = (r, list, start) => [...body.children].filter((row) => !blank(row)).map((row, n) => {
    const item = {};
    columns.forEach(([key, , how], c) => {
      const path = `${list}[${start + n}].${key}`;
      const input = row.inputs[c];
      if (how === 'number') item[key] = r.number(path, input);
      else if (how === 'day') item[key] = r.day(path, input);
      else if (how === 'choice') item[key] = r.at(path, input).value || null;
      else item[key] = r.text(path, input);
    });
    r.at(`${list}[${start + n}]`, row.inputs[0]);
    return item;
  });
  return { element, read };
}

const dataText = (v) => data('input', { type: 'text', value: v ?? '' });
const COMPONENT_COLUMNS = [['component', dataText, 'text'], ['originals', (v) => numeric(v, 'whole'), 'number'],
  ['copies', (v) => numeric(v, 'whole'), 'number'], ['copyKind', (v) => select('copyKind', v), 'choice'],
  ['reusableFrom', (v) => select('database', v || ''), 'choice'], ['formCode', (v) => text(v), 'text']];

function dossierSection(p) {
  const groups = el('div', { id: 'cases' });
  const cases = [];
  const addCase = (name, components) => {
    const caseName = data('input', { type: 'text', value: name, className: 'case-name', maxLength: 500 });
    const rows = rowTable(null, COMPONENT_COLUMNS, components.map((c) => ({ ...c, component: c.name })),
      () => ({ originals: 1, copies: 0, copyKind: 'ORIGINAL' }));
    const remove = el('button', { type: 'button', className: 'link', dataset: { i18n: 'removeCase' } }, t('removeCase'));
    const box = el('fieldset', { className: 'case' }, el('legend', {}, labelled('caseName', caseName)), rows.element, remove);
    const entry = { caseName, rows, box };
    remove.addEventListener('click', () => { box.remove(); cases.splice(cases.indexOf(entry), 1); });
    cases.push(entry);
    groups.append(box);
    return entry;
  };
  const byCase = new Map();
  (p.dossierComponents || []).forEach((c) => {
    if (!byCase.has(c.caseName || '')) byCase.set(c.caseName || '', []);
    byCase.get(c.caseName || '').push(c);
  });
  if (!byCase.size) byCase.set('', []);
  byCase.forEach((components, name) => addCase(name, components));
  const more = el('button', { type: 'button', className: 'secondary', id: 'add-case', dataset: { i18n: 'addCase' } }, t('addCase'));
  more.addEventListener('click', () => addCase('', [{ name: '', originals: 1, copies: 0, copyKind: 'ORIGINAL' }]).caseName.focus());
  $('dossier').replaceChildren(el('h3', { dataset: { i18n: 'dossierTitle' } }, t('dossierTitle')),
    el('p', { className: 'note', dataset: { i18n: 'caseNote' } }, t('caseNote')), groups, more);
  return (r, body) => {
    body.dossierComponents = [];
    cases.forEach(({ caseName, rows }) => {
      const start = body.dossierComponents.length;
      const items = rows.read(r, 'dossierComponents', start);
      items.forEach((item, n) => {
        const at = `dossierComponents[${start + n}]`;
        r.at(`${at}.caseName`, caseName);
        r.at(`${at}.name`, r.targets.get(`${at}.component`));
        body.dossierComponents.push({ caseName: caseName.value.trim(), name: item.component, originals: item.originals,
          copies: item.copies, copyKind: item.copyKind, reusableFrom: item.reusableFrom || null, formCode: item.formCode });
      });
    });
  };
}

function listSection(sectionId, titleKey, tableId, list, columns, items, blankItem, note) {
  const rows = rowTable(tableId, columns, items, blankItem);
  $(sectionId).replaceChildren(el('h3', { dataset: { i18n: titleKey } }, t(titleKey)),
    ...(note ? [el('p', { className: 'note', dataset: { i18n: note } }, t(note))] : []), rows.element);
  return rows;
}

function feesSection(p) {
  const rows = listSection('fees', 'feesTitle', 'fee-rows', 'fees', [['channel', (v) => select('channel', v), 'choice'],
    ['feeName', dataText, 'text'], ['amountVnd', (v) => numeric(v), 'number']],
  (p.fees || []).map((f) => ({ ...f, feeName: f.name })), () => ({ channel: 'IN_PERSON' }));
  return (r, body) => {
    body.fees = rows.read(r, 'fees', 0).map((f, i) => {
      r.at(`fees[${i}].name`, r.targets.get(`fees[${i}].feeName`));
      return { channel: f.channel, name: f.feeName, amountVnd: f.amountVnd };
    });
  };
}

function legalSection(p) {
  const rows = listSection('legal', 'legalTitle', 'legal-rows', 'legalDocuments', [['docNumber', dataText, 'text'],
    ['docTitle', dataText, 'text'], ['issuedOn', dateInput, 'day']],
  (p.legalDocuments || []).map((d) => ({ docNumber: d.number, docTitle: d.title, issuedOn: d.issuedOn })), () => ({}));
  return (r, body) => {
    body.legalDocuments = rows.read(r, 'legalDocuments', 0).map((d, i) => {
      r.at(`legalDocuments[${i}].number`, r.targets.get(`legalDocuments[${i}].docNumber`));
      r.at(`legalDocuments[${i}].title`, r.targets.get(`legalDocuments[${i}].docTitle`));
      return { number: d.docNumber, title: d.docTitle, issuedOn: d.issuedOn };
    });
  };
}

const ACTIVITY_COLUMNS = [['activityName', dataText, 'text'], ['kind', (v) => select('kind', v), 'choice'],
  ['hours', (v) => numeric(v), 'number'], ['share', (v) => numeric(v), 'number'],
  ['outOfPocketVnd', (v) => numeric(v), 'number']];

function activitiesSection(p) {
  const tables = ['asIs', 'toBe'].map((scenario) => [scenario, rowTable(`${scenario}-rows`, ACTIVITY_COLUMNS,
    (p[`${scenario}Activities`] || []).map((a) => ({ ...a, activityName: a.name })),
    () => ({ kind: 'PREPARE', share: 1, outOfPocketVnd: 0 }))]);
  $('activities').replaceChildren(el('h3', { dataset: { i18n: 'activitiesTitle' } }, t('activitiesTitle')),
    ...tables.flatMap(([scenario, rows]) => [el('h4', { dataset: { i18n: scenario } }, t(scenario)), rows.element]));
  return (r, body) => {
    tables.forEach(([scenario, rows]) => {
      const list = `${scenario}Activities`;
      body[list] = rows.read(r, list, 0).map((a, i) => {
        r.at(`${list}[${i}].name`, r.targets.get(`${list}[${i}].activityName`));
        return { name: a.activityName, kind: a.kind, hours: a.hours, share: a.share, outOfPocketVnd: a.outOfPocketVnd };
      });
    });
  };
}

function sourcesSection(p) {
  const rows = PARTS.map((part) => {
    const known = (p.sources || []).find((s) => s.part === part) || {};
    const source = data('input', { type: 'text', value: known.source || '', maxLength: 2000, className: 'wide' });
    const checkedOn = dateInput(known.checkedOn);
    return { part, source, checkedOn, row: el('tr', { dataset: { part } },
      el('td', { dataset: { recordPart: part } }, nameOf('recordPart', part)), el('td', {}, source), el('td', {}, checkedOn)) };
  });
  $('sources').replaceChildren(el('h3', { dataset: { i18n: 'sourcesTitle' } }, t('sourcesTitle')),
    el('p', { className: 'note', dataset: { i18n: 'sourcesNote' } }, t('sourcesNote')),
    el('table', { className: 'data edit-rows', id: 'source-rows' }, el('thead', {}, el('tr', {},
      ['part', 'source', 'checkedOn'].map((k) => el('th', { dataset: { i18n: k } }, t(k))))),
    el('tbody', {}, rows.map((x) => x.row))));
  rows.forEach((x) => datePicker(x.checkedOn));
  return (r, body) => {
    body.sources = [];
    rows.filter((x) => !blank(x.row)).forEach((x) => {
      const i = body.sources.length;
      r.at(`sources[${i}].part`, x.source);
      r.at(`sources[${i}]`, x.source);
      body.sources.push({ part: x.part, source: r.text(`sources[${i}].source`, x.source) || '',
        checkedOn: r.day(`sources[${i}].checkedOn`, x.checkedOn) });
    });
  };
}

// ---- errors at their fields --------------------------------------------------------------------------------------

function clearProblems() {
  document.querySelectorAll('#editor .field-error').forEach((n) => n.remove());
  document.querySelectorAll('#editor [aria-invalid]').forEach((n) => n.removeAttribute('aria-invalid'));
  $('error').replaceChildren();
}

/** Shows message beside input (its label's cell); false when there is no input to show it at. */
function showAt(input, message, field) {
  if (!input) return false;
  input.setAttribute('aria-invalid', 'true');
  const note = el('span', { className: 'field-error', role: 'alert', dataset: { field: field || '' } }, message);
  (input.closest('label.edit-field') || input.closest('label.inline') || input).after(note);
  return true;
}

/** The input a path of the API names, or of the nearest path above it (fees[1] for fees[1].channel). */
function inputAt(path) {
  let p = path;
  while (p) {
    if (targets.has(p)) return targets.get(p);
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    p = cut > 0 ? p.slice(0, cut) : '';
  }
  return null;
}

function showProblems(errors) {
  const unplaced = errors.filter((e) => !showAt(inputAt(e.field), e.message, e.field));
  $('error').replaceChildren(el('p', {}, t('notSaved', errors.length)),
    ...(unplaced.length ? [el('ul', {}, unplaced.map((e) => el('li', {}, `${e.label || e.field}: ${e.message}`)))] : []));
  const first = document.querySelector('#editor [aria-invalid]');
  if (first) first.focus();
}

// ---- saving and removing -----------------------------------------------------------------------------------------

function readForm() {
  const r = new Reader();
  const body = {};
  form.readers.forEach((read) => read(r, body));
  body.version = state.procedure ? state.procedure.version : 0;
  targets = r.targets;
  return { body, problems: r.problems };
}

async function save(event) {
  event.preventDefault();
  clearProblems();
  const { body, problems } = readForm();
  if (problems.length) {
    problems.forEach(([input, message]) => showAt(input, message));
    $('error').replaceChildren(el('p', {}, t('notSaved', problems.length)));
    return;
  }
  const button = $('save');
  button.disabled = true;
  button.textContent = t('saving');
  try {
    const saved = state.procedure
      ? await api(`/api/procedures/${enc(state.code)}`, json('PUT', body))
      : await api('/api/procedures', json('POST', body));
    const createdNow = !state.procedure;
    state.procedure = saved;
    state.code = saved.code;
    history.replaceState(null, '', `/procedure-edit.html?code=${enc(saved.code)}`);
    render();
    $('error').replaceChildren(el('p', { className: 'ok', id: 'saved', role: 'status' },
      createdNow ? t('created') + ' ' : '', t('saved', saved.version)));
  } catch (e) {
    if (e.status === 400 && e.errors.length) showProblems(e.errors);
    else if (e.code === 'catalog.procedure.stale') {
      $('error').replaceChildren(el('p', { id: 'stale' }, e.message), el('button', { type: 'button', id: 'reload-latest',
        onclick: () => load() }, t('stale')));
    } else $('error').replaceChildren(el('p', {}, e.message));
  } finally {
    button.disabled = false;
    button.textContent = t('save');
  }
}

async function removeProcedure() {
  clearProblems();
  try {
    const { dependents } = await api(`/api/procedures/${enc(state.code)}/dependents`);
    const withdraw = Object.keys(dependents).length > 0;
    const yes = await ask(withdraw ? t('confirmWithdraw', dependentsText(dependents)) : t('confirmDelete'),
      withdraw ? t('doWithdraw') : t('doDelete'));
    if (!yes) return;
    const answer = await whileBusy($('remove-procedure'), () => api(`/api/procedures/${enc(state.code)}`, json('DELETE', { reason: '' })));
    location.assign(answer && answer.outcome === 'WITHDRAWN' ? `/procedure.html?code=${enc(state.code)}` : '/');
  } catch (e) {
    $('error').replaceChildren(el('p', {}, e.message));
  }
}

// ---- the page ----------------------------------------------------------------------------------------------------

function render() {
  const p = state.procedure || { level: 'COMMUNE', applicantType: 'CITIZEN', onlineLevel: 'NONE', status: 'ACTIVE',
    channels: ['IN_PERSON'] };
  const titleKey = state.procedure ? 'titleEdit' : 'titleNew';
  $('title').replaceChildren(el('span', { dataset: { i18n: titleKey } }, t(titleKey)),
    ...(state.procedure ? [': ', data('span', {}, p.name)] : []));
  document.title = 'Procedo — ' + t(titleKey);
  form = { readers: [recordSection(p), channelsSection(p), dossierSection(p), feesSection(p), legalSection(p),
    activitiesSection(p), sourcesSection(p)] };
  ['validFrom'].forEach((id) => datePicker($(id)));
  const back = state.procedure
    ? el('a', { className: 'button secondary', id: 'back', href: `/procedure.html?code=${enc(state.code)}`, dataset: { i18n: 'back' } }, t('back'))
    : el('a', { className: 'button secondary', id: 'back', href: '/', dataset: { i18n: 'backCatalog' } }, t('backCatalog'));
  $('buttons').replaceChildren(el('button', { type: 'submit', id: 'save', dataset: { i18n: 'save' } }, t('save')), ' ', back,
    state.procedure && !state.procedure.withdrawal ? el('button', { type: 'button', id: 'remove-procedure', className: 'secondary danger',
      dataset: { i18n: 'remove' }, onclick: removeProcedure }, t('remove')) : '');
  $('editor').hidden = false;
}

async function load() {
  clearProblems();
  try {
    const [user, agencies, localities, fields, procedure] = await Promise.all([currentUser(), api('/api/agencies'),
      api('/api/localities'), api('/api/fields'),
      state.code ? api(`/api/procedures/${enc(state.code)}`) : Promise.resolve(null)]);
    Object.assign(state, { agencies, localities, fields: Object.keys(fields), procedure });
    if (!isCentral(user)) {
      $('error').replaceChildren(el('p', { dataset: { i18n: 'readOnly' } }, t('readOnly')));
      return;
    }
    $('intro').dataset.i18n = 'intro';
    $('intro').textContent = t('intro');
    render();
  } catch (e) {
    $('error').replaceChildren(el('p', {}, e.message));
  }
}

$('editor').addEventListener('submit', save);
onLanguage(relabelChoices);
load();

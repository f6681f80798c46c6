// Shared by the pages that run workflows (operations, intake, task list, case, the procedure page's panel):
// Vietnamese names of groups and steps (states and channels: kit/names.js); times in Viet Nam's zone; who is acting
// (the signed-in person, shown where the page acts); the localities for selects.
import { api, currentUser } from '../kit/api.js';
import { el } from '../kit/dom.js';
import { number, when, ZONE } from '../kit/format.js';
import { language, texts } from '../kit/i18n.js';
import { nameOf } from '../kit/names.js';
import { table } from '../kit/table.js';

const t = texts('workflow', {
  wfWho: ['Cán bộ', 'Officer'],
  wfNational: ['toàn quốc', 'national'],
  wfAll: ['Tất cả', 'All'],
  wfChoose: ['— chọn —', '— choose —'],
  wfOverdue: ['Quá hạn', 'Overdue'],
  wfEscalated: ['Đã báo động', 'Escalated'],
  wfTraining: ['Tập huấn', 'Training'],
  wfSimulated: ['Mô phỏng', 'Simulated'],
  wfYes: ['Có', 'Yes'],
  wfNo: ['Không', 'No'],
  wfHours: [(h) => `${h} giờ`, (h) => `${h} h`],
  wfDays: [(d) => `${d} ngày`, (d) => `${d} days`],
  wfWorkingDays: [(n) => `${n} ngày làm việc`, (n) => (n === 1 ? '1 working day' : `${n} working days`)],
  wfMinutes: [(m) => `${m} phút`, (m) => `${m} min`],
  wfProblems: [(n) => `${n} vấn đề — chưa triển khai. Sửa trong trình thiết kế rồi kiểm tra lại:`, (n) => `${n} problem(s) — nothing deployed. Fix them in the modeler and check again:`],
  wfElement: ['Phần tử', 'Element'],
  wfMessage: ['Vấn đề', 'Problem'],
  'wfGroups.mot-cua': ['Bộ phận một cửa', 'One-stop desk'],
  'wfGroups.tu-phap': ['Tư pháp – hộ tịch', 'Justice – civil status'],
  'wfGroups.cong-an': ['Công an', 'Police'],
  'wfGroups.bhxh': ['Bảo hiểm xã hội', 'Social insurance'],
  'wfGroups.applicant': ['Người nộp hồ sơ (trên Cổng dịch vụ công)', 'Applicant (on the public service portal)'],
  'wfTypes.userTask': ['Việc xử lý', 'Human task'],
  'wfTypes.serviceTask': ['Bước tự động', 'Automatic step'],
  'wfTypes.scriptTask': ['Bước tự động', 'Automatic step'],
  'wfTypes.sendTask': ['Gửi thông báo', 'Notification'],
  'wfTypes.receiveTask': ['Chờ nhận tin', 'Waits for a message'],
  'wfTypes.businessRuleTask': ['Áp dụng quy tắc', 'Business rule'],
  'wfTypes.manualTask': ['Việc làm ngoài hệ thống', 'Work outside the system'],
  'wfTypes.task': ['Bước', 'Step'],
  'wfTypes.startEvent': ['Tiếp nhận (bắt đầu)', 'Received (start)'],
  'wfTypes.endEvent': ['Kết thúc', 'End'],
  'wfTypes.noneEndEvent': ['Kết thúc', 'End'],
  'wfTypes.terminateEndEvent': ['Kết thúc', 'End'],
  'wfTypes.errorEndEvent': ['Kết thúc do lỗi', 'End with an error'],
  'wfTypes.escalationEndEvent': ['Kết thúc, báo động', 'End, escalated'],
  'wfTypes.escalation': ['Quá hạn: báo động', 'Overdue: escalated'],
  'wfTypes.exclusiveGateway': ['Rẽ nhánh theo điều kiện', 'Decision'],
  'wfTypes.parallelGateway': ['Rẽ nhánh song song', 'Parallel split'],
  'wfTypes.inclusiveGateway': ['Rẽ nhánh', 'Split'],
  'wfTypes.eventBasedGateway': ['Chờ sự kiện', 'Waits for an event'],
  'wfTypes.boundaryTimer': ['Hết thời hạn', 'Time limit reached'],
  'wfTypes.intermediateTimer': ['Chờ đến hạn', 'Waits until due'],
  'wfTypes.boundaryEscalation': ['Báo động', 'Escalation'],
  'wfTypes.intermediateThrowEvent': ['Sự kiện', 'Event'],
  'wfTypes.intermediateCatchEvent': ['Chờ sự kiện', 'Waits for an event'],
  'wfTypes.callActivity': ['Gọi quy trình khác', 'Calls another process'],
  'wfTypes.subProcess': ['Quy trình con', 'Sub-process']
});
const GROUPS = ['mot-cua', 'tu-phap', 'cong-an', 'bhxh', 'applicant'];

const groupName = (g) => t.of('wfGroups', g);
const stateName = (s) => nameOf('caseState', s);
/** Where a case stands as a person says it: its outcome once refused, withdrawn or cancelled, else its state. */
const caseStateName = (summary) => (summary.outcome && summary.outcome !== 'GRANTED'
  ? nameOf('caseOutcome', summary.outcome) : stateName(summary.state));
const channelName = (c) => nameOf('channel', c);
const typeName = (type) => t.of('wfTypes', type);

/** Hours as a number, one decimal (two under an hour); '' when null. */
const hours = (h) => (h === null || h === undefined) ? '' : number(h, Math.abs(Number(h)) < 1 ? 2 : 1);
/** A duration given in hours, said in minutes under an hour: "4 phút", "2,5 giờ". */
const duration = (h) => (h === null || h === undefined) ? ''
  : Number(h) < 1 ? t('wfMinutes', Math.round(Number(h) * 60)) : t('wfHours', number(h, 1));
/** "12,5 giờ (0,5 ngày)": hours and the same in calendar days. */
const hoursAndDays = (h) => (h === null || h === undefined) ? '—'
  : `${t('wfHours', hours(h))} (${t('wfDays', number(Number(h) / 24, 1))})`;

/** The signed-in person acting on this page, shown where the page acts: "Cán bộ: Nguyễn Văn A". */
function whoField(id) {
  const name = el('strong', { className: 'wf-who', id: id || 'who', translate: false });
  currentUser().then((u) => { name.textContent = u.displayName || u.username; name.title = u.username; }).catch(() => {});
  return el('span', { className: 'wf-who-label' }, el('span', {}, t('wfWho') + ': '), name);
}

/** A change made by the signed-in person: POST unless options.method says otherwise, options.json as a JSON body. */
function act(url, options) {
  const o = Object.assign({ method: 'POST' }, options || {});
  o.headers = Object.assign({}, o.headers || {});
  if (o.json !== undefined) {
    o.headers['Content-Type'] = 'application/json';
    o.body = JSON.stringify(o.json);
    delete o.json;
  }
  return api(url, o);
}

let localityLoad = null;
/** The provinces and cities (without the national entry), cached for the page. */
function localities() {
  if (!localityLoad) localityLoad = api('/api/localities').then((list) => list.filter((l) => l.code !== 'VN'));
  return localityLoad;
}

const names = {};
localities().then((list) => list.forEach((l) => { names[l.code] = l.name; })).catch(() => {});
/** "01 — Thành phố Hà Nội", or "toàn quốc" for none. */
function localityName(code) {
  if (!code) return t('wfNational');
  return names[code] ? `${code} — ${names[code]}` : code;
}

/** A locality where a table cell or a sentence shows it: its name marked as data, or "toàn quốc" for none. */
function locality(code) {
  return code ? el('span', { translate: false }, localityName(code)) : t('wfNational');
}

/** Options of a locality select: first an entry with value '' and the text emptyLabel, then every province. */
async function localityOptions(select, emptyLabel) {
  const list = await localities();
  const current = select.value;
  select.replaceChildren(el('option', { value: '' }, emptyLabel),
    ...list.map((l) => el('option', { value: l.code, translate: false }, `${l.code} — ${l.name}`)));
  select.value = current;
}

/** The badges of a case or task: overdue, escalated; a training or simulated case (counted in no figure). */
function badges(item) {
  return [item.overdue ? el('span', { className: 'wf-badge overdue' }, t('wfOverdue')) : null,
    item.escalated || item.priority >= 100 ? el('span', { className: 'wf-badge escalated' }, t('wfEscalated')) : null,
    item.training ? el('span', { className: 'wf-badge training' }, t('wfTraining')) : null,
    item.simulated ? el('span', { className: 'wf-badge simulated' }, t('wfSimulated')) : null];
}

const caseLink = (id) => el('a', { href: '/case.html?id=' + encodeURIComponent(id), className: 'wf-case-link',
  title: id }, shortId(id));
/** Engine ids are long; the first part is enough to tell cases apart on a screen. */
const shortId = (id) => (id && id.length > 13 ? id.slice(0, 8) + '…' : id);

/** The problems found in a to-be model, each element (by its kind and name) linking to it in the modeler. */
function problemTable(code, problems) {
  const enc = encodeURIComponent;
  return el('div', { className: 'wf-problems' }, el('p', { className: 'error' }, t('wfProblems', problems.length)),
    table(['wfElement', 'wfMessage'], problems.map((p) => el('tr', { dataset: { element: p.elementId || '' } },
      el('td', {}, p.elementId ? el('a', { href: `/modeler.html?code=${enc(code)}&kind=TO_BE&element=${enc(p.elementId)}`,
        title: p.elementId, translate: false }, p.label || p.elementId) : el('span', { translate: false }, p.label || '')),
      el('td', {}, p.message))), { label: t, attrs: { className: 'data problems' } }));
}

// Messages of the form-js viewer and of the server's field checks are English; in Vietnamese they are said again.
const VI_MESSAGES = [
  [/^Field is required\.$/, () => 'Bắt buộc nhập.'],
  [/^Field must match pattern .*$/, () => 'Không đúng định dạng.'],
  [/^Field must have minimum length of (\d+)\.$/, (n) => `Tối thiểu ${n} ký tự.`],
  [/^Field must have maximum length of (\d+)\.$/, (n) => `Tối đa ${n} ký tự.`],
  [/^Field must have minimum value of (.+)\.$/, (n) => `Giá trị nhỏ nhất là ${n}.`],
  [/^Field must have maximum value of (.+)\.$/, (n) => `Giá trị lớn nhất là ${n}.`],
  [/^Field must be a valid email\.$/, () => 'Thư điện tử không hợp lệ.'],
  [/^Field must be a valid\s+international phone number.*$/, () => 'Số điện thoại không hợp lệ.'],
  [/^Value is not a number\.$/, () => 'Không phải là số.'],
  [/^Value is expected to be an integer\.$/, () => 'Phải là số nguyên.'],
  [/^is required \((.*)\)$/, () => 'bắt buộc nhập.'],
  [/^is required.*$/, () => 'bắt buộc nhập.'],
  [/^must be a number$/, () => 'phải là số.'],
  [/^must be a whole number$/, () => 'phải là số nguyên.'],
  [/^must be a date.*$/, () => 'phải là ngày (năm-tháng-ngày).'],
  [/^must be one of (.*)$/, (o) => `phải là một trong ${o}.`],
  [/^must be true or false$/, () => 'phải là có hoặc không.'],
  [/^must be yes or no$/, () => 'phải là có hoặc không.'],
  [/^does not have the expected form$/, () => 'không đúng định dạng.'],
  [/^must be text of at most (\d+) characters$/, (n) => `tối đa ${n} ký tự.`],
  [/^is longer than (\d+) characters$/, (n) => `dài quá ${n} ký tự.`],
  [/^needs the province and the commune$/, () => 'cần có tỉnh/thành phố và xã/phường.'],
  [/^is not a field of the (start )?form$/, () => 'không phải là trường của biểu mẫu.']
];

/** A field message in the page's language (known English messages said in Vietnamese). */
function said(message) {
  if (language() !== 'vi' || !message) return message;
  for (const [pattern, say] of VI_MESSAGES) {
    const m = message.match(pattern);
    if (m) return say(...m.slice(1));
  }
  return message;
}

/** Keeps the form-js viewer's error messages inside container in the page's language. */
function translateFormErrors(container) {
  const fix = () => container.querySelectorAll('.fjs-form-field-error li').forEach((li) => {
    const node = li.firstChild;
    if (node && node.nodeType === Node.TEXT_NODE) {
      const text = said(node.data);
      if (text !== node.data) node.data = text;
    }
  });
  new MutationObserver(fix).observe(container, { childList: true, subtree: true, characterData: true });
}

export { t, problemTable, said, translateFormErrors, GROUPS, ZONE, when, hours, duration, hoursAndDays,
  groupName, stateName, caseStateName, channelName, typeName, whoField, act, localities, locality, localityName, localityOptions,
  badges, caseLink, shortId };

// The audit page: every recorded change, newest first, with filters (who, action, dates, procedure, province), its
// workbook export and the verification of the trail's hash chain.
import { api } from './kit/api.js';
import { whileBusy } from './kit/busy.js';
import { datePicker, dayProblem } from './kit/dates.js';
import { $, data, el } from './kit/dom.js';
import { money, when } from './kit/format.js';
import { onLanguage, showPage, texts } from './kit/i18n.js';
import { longTable } from './kit/datatable.js';
import { table } from './kit/table.js';

const PAGE = 50;

const t = texts('audit', {
  exportTitle: ['Nhật ký', 'Audit trail'],
  auditTitle: ['Nhật ký thay đổi', 'Audit trail'],
  auditHelp: ['Mọi thay đổi được ghi lại: ai, khi nào, từ đâu, làm gì, trước và sau. Nhật ký chỉ được ghi thêm; mỗi bản ghi mang mã băm nối với bản ghi trước nên không thể sửa mà không bị phát hiện.',
    'Every change is recorded: who, when, from where, what, before and after. The trail is append-only; each record carries a hash chained to the one before, so no record can be changed unnoticed.'],
  who: ['Người thực hiện', 'Who'],
  action: ['Hành động', 'Action'],
  from: ['Từ ngày', 'From'],
  to: ['Đến ngày', 'To'],
  datePlaceholder: ['dd/mm/yyyy', 'dd/mm/yyyy'],
  procedure: ['Mã thủ tục', 'Procedure code'],
  province: ['Tỉnh, thành phố', 'Province'],
  all: ['Tất cả', 'All'],
  search: ['Lọc', 'Filter'],
  downloadXlsx: ['Tải nhật ký (XLSX)', 'Download the trail (XLSX)'],
  verify: ['Kiểm tra tính toàn vẹn của chuỗi', 'Verify the chain'],
  verifying: ['Đang kiểm tra…', 'Verifying…'],
  intact: [(n) => `Chuỗi nguyên vẹn: ${money(n)} bản ghi.`, (n) => `The chain is intact: ${money(n)} records.`],
  broken: [(seq, problem) => `Chuỗi bị phá vỡ tại bản ghi số ${seq}: ${problem}`,
    (seq, problem) => `The chain is broken at record ${seq}: ${problem}`],
  count: [(n, a, b) => `${money(n)} bản ghi; đang xem ${a}–${b}.`, (n, a, b) => `${money(n)} records; showing ${a}–${b}.`],
  none: ['Không có bản ghi nào khớp bộ lọc.', 'No record matches the filters.'],
  newer: ['Mới hơn', 'Newer'],
  older: ['Cũ hơn', 'Older'],
  colSeq: ['Số', 'No.'],
  colTime: ['Thời gian', 'Time'],
  colWho: ['Người thực hiện', 'Who'],
  colAddress: ['Từ địa chỉ', 'From'],
  colAction: ['Hành động', 'Action'],
  colSubject: ['Đối tượng', 'Subject'],
  colProcedure: ['Thủ tục', 'Procedure'],
  colProvince: ['Tỉnh', 'Province'],
  colChange: ['Trước / sau', 'Before / after'],
  before: ['Trước', 'Before'],
  after: ['Sau', 'After'],
  show: ['Xem', 'Show'],
  local: ['trên máy chủ', 'on the server'],
  'subjects.adoption': ['Áp dụng biểu mẫu', 'Adoption'],
  'subjects.case': ['Hồ sơ', 'Case'],
  'subjects.catalog': ['Danh mục', 'Catalog'],
  'subjects.model': ['Mô hình quy trình', 'Process model'],
  'subjects.plan': ['Phương án', 'Plan'],
  'subjects.procedure': ['Thủ tục', 'Procedure'],
  'subjects.profile': ['Bộ tiêu chí', 'Profile'],
  'subjects.tariff': ['Đơn giá giờ công', 'Tariff'],
  'subjects.task': ['Công việc', 'Task'],
  'subjects.template': ['Gói biểu mẫu', 'Template package'],
  'subjects.token': ['Mã truy cập', 'API token'],
  'subjects.usage': ['Số liệu sử dụng', 'Usage figures'],
  'subjects.simulation': ['Lượt mô phỏng', 'Simulation run'],
  'subjects.user': ['Người dùng', 'User'],
  'subjects.workflow': ['Quy trình', 'Workflow'],
  'subjects.stage': ['Giai đoạn triển khai quy trình', 'Workflow go-live stage'],
  PROCEDURE_CREATED: ['Thêm thủ tục', 'Procedure created'],
  PROCEDURE_UPDATED: ['Sửa thủ tục', 'Procedure updated'],
  PROCEDURE_DELETED: ['Xóa thủ tục', 'Procedure deleted'],
  PROCEDURE_WITHDRAWN: ['Bãi bỏ thủ tục', 'Procedure withdrawn'],
  PROCEDURE_REINSTATED: ['Khôi phục thủ tục', 'Procedure reinstated'],
  CATALOG_IMPORTED: ['Nhập danh mục', 'Catalog imported'],
  USAGE_RECORDED: ['Ghi số liệu sử dụng', 'Usage recorded'],
  TARIFF_SAVED: ['Sửa đơn giá giờ công', 'Tariff saved'],
  PROFILE_CREATED: ['Thêm bộ trọng số', 'Profile created'],
  PROFILE_UPDATED: ['Sửa bộ trọng số', 'Profile updated'],
  PROFILE_DELETED: ['Xóa bộ trọng số', 'Profile deleted'],
  MODEL_SAVED: ['Lưu mô hình quy trình', 'Model saved'],
  PLAN_CREATED: ['Thêm phương án', 'Plan created'],
  PLAN_UPDATED: ['Sửa phương án', 'Plan updated'],
  PLAN_DELETED: ['Xóa phương án', 'Plan deleted'],
  PLAN_STATUS_CHANGED: ['Chuyển trạng thái phương án', 'Plan status changed'],
  TEMPLATE_IMPORTED: ['Nhập gói biểu mẫu', 'Template imported'],
  TEMPLATE_PUBLISHED: ['Công bố gói biểu mẫu', 'Template published'],
  ADOPTION_SET: ['Áp dụng biểu mẫu tại địa phương', 'Adoption set'],
  ADOPTION_UPGRADED: ['Nâng phiên bản áp dụng', 'Adoption upgraded'],
  WORKFLOW_DEPLOYED: ['Triển khai quy trình', 'Workflow deployed'],
  WORKFLOW_SUSPENDED: ['Tạm dừng quy trình', 'Workflow suspended'],
  WORKFLOW_RESUMED: ['Tiếp tục quy trình', 'Workflow resumed'],
  CASE_STARTED: ['Tiếp nhận hồ sơ', 'Case received'],
  CASE_ENDED: ['Rút hoặc huỷ hồ sơ', 'Case withdrawn or cancelled'],
  TASK_CLAIMED: ['Nhận xử lý công việc', 'Task claimed'],
  TASK_UNCLAIMED: ['Trả lại công việc', 'Task given back'],
  TASK_COMPLETED: ['Hoàn thành công việc', 'Task completed'],
  USER_CREATED: ['Thêm người dùng', 'User created'],
  USER_UPDATED: ['Sửa người dùng', 'User updated'],
  USER_DISABLED: ['Khóa người dùng', 'User disabled'],
  USER_PASSWORD_RESET: ['Đặt lại mật khẩu', 'Password reset'],
  USER_PASSWORD_CHANGED: ['Đổi mật khẩu', 'Password changed'],
  TOKEN_CREATED: ['Tạo mã truy cập', 'Token created'],
  TOKEN_REVOKED: ['Thu hồi mã truy cập', 'Token revoked'],
  DOSSIER_RECEIPT_ISSUED: ['In giấy tiếp nhận hồ sơ', 'Dossier receipt issued'],
  SIMULATION_RUN: ['Chạy mô phỏng quy trình', 'Simulation run'],
  WORKFLOW_STAGE_CHANGED: ['Chuyển giai đoạn triển khai quy trình', 'Workflow go-live stage changed']
});
showPage(t);

const ACTIONS = ['PROCEDURE_CREATED', 'PROCEDURE_UPDATED', 'PROCEDURE_DELETED', 'PROCEDURE_WITHDRAWN',
  'PROCEDURE_REINSTATED', 'CATALOG_IMPORTED', 'USAGE_RECORDED',
  'TARIFF_SAVED', 'PROFILE_CREATED', 'PROFILE_UPDATED', 'PROFILE_DELETED', 'MODEL_SAVED', 'PLAN_CREATED',
  'PLAN_UPDATED', 'PLAN_DELETED', 'PLAN_STATUS_CHANGED', 'TEMPLATE_IMPORTED', 'TEMPLATE_PUBLISHED', 'ADOPTION_SET',
  'ADOPTION_UPGRADED', 'WORKFLOW_DEPLOYED', 'WORKFLOW_SUSPENDED', 'WORKFLOW_RESUMED', 'CASE_STARTED', 'CASE_ENDED', 'TASK_CLAIMED',
  'TASK_UNCLAIMED', 'TASK_COMPLETED', 'USER_CREATED', 'USER_UPDATED', 'USER_DISABLED', 'USER_PASSWORD_RESET',
  'USER_PASSWORD_CHANGED', 'TOKEN_CREATED', 'TOKEN_REVOKED', 'DOSSIER_RECEIPT_ISSUED', 'SIMULATION_RUN',
  'WORKFLOW_STAGE_CHANGED'];

let offset = 0;
let page = null;

function query() {
  const q = new URLSearchParams();
  const add = (name, id) => { const v = $(id).value.trim(); if (v) q.set(name, v); };
  add('who', 'a-who'); add('action', 'a-action'); add('from', 'a-from'); add('to', 'a-to');
  add('procedure', 'a-procedure'); add('province', 'a-province');
  return q;
}

function links() {
  const q = query().toString();
  $('a-xlsx').href = '/api/audit.xlsx' + (q ? '?' + q : '');
}

/** A before or after state, folded: the JSON shown indented when opened. */
function state(label, text) {
  if (text === null || text === undefined) return el('span', {}, '');
  let shown = text;
  try { shown = JSON.stringify(JSON.parse(text), null, 2); } catch { shown = text; }
  return el('details', {}, el('summary', {}, label), data('pre', { className: 'audit-state' }, shown));
}

function render() {
  if (!page) return;
  const from = page.total === 0 ? 0 : page.offset + 1;
  const to = page.offset + page.items.length;
  $('a-count').textContent = page.total === 0 ? t('none') : t('count', page.total, from, to);
  $('a-records').replaceChildren(longTable(table(
    ['colSeq', 'colTime', 'colWho', 'colAddress', 'colAction', 'colSubject', 'colProcedure', 'colProvince', 'colChange'],
    page.items.map((r) => el('tr', { className: 'audit-record' },
      el('td', { className: 'num' }, String(r.sequence)),
      el('td', {}, when(r.at)),
      data('td', { title: r.username }, r.displayName),
      r.address === 'local' ? el('td', {}, t('local')) : data('td', {}, r.address),
      el('td', { dataset: { action: r.action } }, t.has(r.action) ? t(r.action) : data('span', {}, r.action)),
      el('td', { dataset: { subject: r.subjectType } }, t.of('subjects', r.subjectType), ' ', data('span', {}, r.subjectId)),
      el('td', {}, r.procedureCode || ''),
      el('td', {}, r.provinceCode || ''),
      el('td', {}, state(t('before'), r.before), state(t('after'), r.after)))),
    { label: (h) => t(h), numeric: [true], attrs: { id: 'audit-table' } }), { title: t('exportTitle'), paging: 'elsewhere' }));
  $('a-newer').disabled = page.offset === 0;
  $('a-older').disabled = page.offset + page.items.length >= page.total;
}

async function load() {
  $('a-error').textContent = '';
  const q = query();
  q.set('offset', String(offset));
  q.set('limit', String(PAGE));
  try {
    page = await api('/api/audit?' + q);
    render();
  } catch (e) {
    $('a-error').textContent = e.message;
  }
}

async function verify() {
  const out = $('a-verified');
  out.replaceChildren(el('p', {}, t('verifying')));
  try {
    const result = await whileBusy($('a-verify'), () => api('/api/audit/verify'));
    out.replaceChildren(result.intact
      ? el('p', { className: 'ok', id: 'a-intact' }, t('intact', result.records))
      : el('p', { className: 'error', id: 'a-broken' }, t('broken', result.brokenAt, result.problem)));
  } catch (e) {
    out.replaceChildren(el('p', { className: 'error' }, e.message));
  }
}

async function options() {
  ACTIONS.forEach((a) => $('a-action').append(el('option', { value: a, dataset: { i18n: a } }, t(a))));
  const localities = await api('/api/localities');
  localities.filter((l) => l.code !== 'VN').forEach((l) => $('a-province').append(data('option', { value: l.code }, l.name)));
}

document.addEventListener('DOMContentLoaded', () => {
  ['a-from', 'a-to'].forEach((id) => datePicker($(id)));
  // a day the calendar does not have is refused as soon as it is entered, naming the filter
  $('a-filters').addEventListener('date-checked', (e) => {
    $('a-error').textContent = e.detail ? dayProblem(t(e.target.id === 'a-from' ? 'from' : 'to'), e.detail) : '';
  });
  $('a-filters').addEventListener('input', links);
  $('a-filters').addEventListener('change', links);
  $('a-filters').addEventListener('submit', (e) => { e.preventDefault(); offset = 0; load(); });
  $('a-newer').addEventListener('click', () => { offset = Math.max(0, offset - PAGE); load(); });
  $('a-older').addEventListener('click', () => { offset += PAGE; load(); });
  $('a-verify').addEventListener('click', verify);
  onLanguage(render);
  options().then(() => { links(); return load(); }).catch((e) => { $('a-error').textContent = e.message; });
});

// The reports page: the cost-reduction report (XLSX, CSV) with its filters, and the catalog workbook export/import.
import { api, currentUser } from './kit/api.js';
import { isCentral } from './kit/roles.js';
import { busyDownload, whileBusy } from './kit/busy.js';
import { $, data, el, fileChooser } from './kit/dom.js';
import { ask } from './kit/confirm.js';
import { date, hours, number, share, vnd, workingDays } from './kit/format.js';
import { nameOf } from './kit/names.js';
import { language, onLanguage, showPage, texts } from './kit/i18n.js';

const t = texts('reports', {
  reportTitle: ['Báo cáo cắt giảm chi phí tuân thủ', 'Cost-reduction report'],
  scope: ['Phạm vi số liệu', 'Figures of'],
  field: ['Lĩnh vực', 'Field'],
  agency: ['Cơ quan', 'Agency'],
  locality: ['Thủ tục của địa phương', 'Procedures of locality'],
  planStatus: ['Phương án được tính', 'Plans counted'],
  all: ['Tất cả', 'All'],
  national: ['Toàn quốc', 'National'],
  adopted: ['Đã phê duyệt, đã thực hiện', 'Approved and implemented'],
  draft: ['Chỉ phương án dự thảo', 'Draft plans only'],
  proposed: ['Chỉ phương án đã đề xuất', 'Proposed plans only'],
  approved: ['Chỉ phương án đã phê duyệt', 'Approved plans only'],
  implemented: ['Chỉ phương án đã thực hiện', 'Implemented plans only'],
  downloadXlsx: ['Tải báo cáo Excel (XLSX)', 'Download the report (XLSX)'],
  downloadCsv: ['Tải các bảng CSV (zip)', 'Download the tables (CSV zip)'],
  reportHelp: ['Báo cáo theo mẫu biểu cắt giảm chi phí tuân thủ: chi phí trước và sau, chi phí cắt giảm, tỷ lệ cắt giảm so với mục tiêu 20 %. Mỗi con số tính lại được bằng tay từ các đầu vào báo cáo cũng hiển thị; chi phí/năm làm tròn đến đồng. Báo cáo và bảng CSV theo ngôn ngữ đang chọn.', 'The report follows the compliance cost reduction table: cost before and after, cost cut and rate cut against the 20 % target. Every figure recomputes by hand from the inputs the report also shows; annual costs rounded to the dong. The report and the CSV tables come in the language chosen (English CSV keeps machine-friendly headers).'],
  catalogTitle: ['Danh mục thủ tục dạng Excel', 'The catalog in Excel'],
  exportCatalog: ['Xuất danh mục (XLSX)', 'Export the catalog (XLSX)'],
  importCatalog: ['Nhập danh mục', 'Import a catalog'],
  exportCodes: ['Xuất dạng mã (cho phần mềm khác)', 'Export with codes (for other software)'],
  catalogHelp: ['Tệp Excel bằng tiếng Việt, có trang tính Hướng dẫn (cách điền từng trang tính, một dòng mẫu) và danh sách chọn ở các cột có giá trị cố định. Khi nhập, cả tệp được kiểm tra trước: nếu có lỗi thì không dữ liệu nào được ghi, và mỗi lỗi nêu trang tính, dòng, cột. Thủ tục có mã mới được thêm, thủ tục đã có được cập nhật (mỗi thủ tục thành một phiên bản mới); trang hiển thị trước các thay đổi, từng trường một, để bạn xác nhận. Tệp theo mẫu cũ (tên trang tính, tên cột, mã bằng tiếng Anh) vẫn nhập được.',
    'The workbook is in Vietnamese, with a Guide sheet (how to fill each sheet, an example row) and drop-down lists on the columns with fixed values. An import checks the whole file first: if anything is wrong nothing is written, and each problem names its sheet, row and column. New codes are added and existing procedures updated (a new version each); the page shows the changes first, field by field, for you to confirm. Workbooks in the earlier layout (English sheet names, headers and codes) still import.'],
  imported: [(a, c, r) => `Đã cập nhật danh mục: thêm ${a}, sửa ${c}, bãi bỏ ${r} thủ tục.`,
    (a, c, r) => `The catalog is updated: ${a} added, ${c} changed, ${r} removed.`],
  removeMissing: ['Bãi bỏ các thủ tục không có trong tệp', 'Remove the procedures the file does not list'],
  previewSummary: [(a, c, r, u) => `Tệp này sẽ thêm ${a} thủ tục, sửa ${c} thủ tục, bãi bỏ ${r} thủ tục; ${u} thủ tục giữ nguyên. Chưa có gì được ghi.`,
    (a, c, r, u) => `This file would add ${a} procedures, change ${c}, remove ${r}; ${u} stay unchanged. Nothing is written yet.`],
  nothingChanges: ['Tệp không có thay đổi nào so với danh mục: không cần nhập.', 'The file changes nothing in the catalog: there is nothing to import.'],
  addedTitle: ['Thủ tục thêm mới', 'Procedures added'],
  changedTitle: ['Thủ tục được sửa', 'Procedures changed'],
  removedTitle: ['Thủ tục bị bãi bỏ', 'Procedures removed'],
  andMore: [(n) => `… và ${n} thủ tục khác`, (n) => `… and ${n} more`],
  empty: ['(trống)', '(empty)'],
  apply: ['Áp dụng các thay đổi', 'Apply the changes'],
  cancel: ['Hủy', 'Cancel'],
  applyQuestion: [(a, c, r) => `Cập nhật danh mục: thêm ${a}, sửa ${c} (mỗi thủ tục thành một phiên bản mới), bãi bỏ ${r} thủ tục? Tất cả được ghi cùng lúc.`,
    (a, c, r) => `Update the catalog: add ${a}, change ${c} (a new version each), remove ${r} procedures? Everything is written at once.`],
  applyYes: [(n) => `Cập nhật ${n} thủ tục`, (n) => `Update ${n} procedures`],
  checking: ['Đang kiểm tra tệp…', 'Checking the file…'],
  applying: ['Đang cập nhật danh mục…', 'Updating the catalog…'],
  'kind.INFORMATION': ['Tìm hiểu thông tin', 'Information'],
  'kind.PREPARE': ['Chuẩn bị hồ sơ', 'Prepare'],
  'kind.COPY': ['Sao chụp, chứng thực', 'Copies'],
  'kind.TRAVEL': ['Đi lại', 'Travel'],
  'kind.WAIT': ['Chờ đợi', 'Wait'],
  'kind.SUBMIT': ['Nộp hồ sơ', 'Submit'],
  'kind.PAY': ['Nộp phí, lệ phí', 'Pay'],
  'kind.RECEIVE': ['Nhận kết quả', 'Receive'],
  'kind.OTHER': ['Khác', 'Other'],
  chooseFile: ['Chọn tệp .xlsx.', 'Choose an .xlsx file.'],
  tooLarge: [(f, mb) => `${f} nặng ${mb} MiB: tệp nhập tối đa 100 MiB.`, (f, mb) => `${f} is ${mb} MiB: an import may be at most 100 MiB.`]
});
showPage(t);


function query() {
  const q = new URLSearchParams();
  const add = (name, id) => { const v = $(id).value.trim(); if (v) q.set(name, v); };
  add('scope', 'r-scope'); add('field', 'r-field'); add('agency', 'r-agency'); add('locality', 'r-locality'); add('planStatus', 'r-status');
  // The report is written in the page's language: a download link sends the browser's Accept-Language, not the page's.
  q.set('lang', language());
  return '?' + q;
}

function links() {
  $('r-xlsx').href = '/api/reports/cost-reduction.xlsx' + query();
  $('r-csv').href = '/api/reports/cost-reduction.csv' + query();
}

async function options() {
  const [localities, agencies] = await Promise.all([api('/api/localities'), api('/api/agencies')]);
  localities.filter((l) => l.code !== 'VN').forEach((l) => {
    $('r-scope').append(el('option', { value: l.code, translate: false }, l.name));
    $('r-locality').append(el('option', { value: l.code, translate: false }, l.name));
  });
  agencies.forEach((a) => $('r-agency').append(el('option', { value: a.code, translate: false }, a.name)));
}

/** How a value of a changed field reads: by what the field's path says it holds. */
function shown(field, value) {
  if (value === null || value === undefined || value === '') return t('empty');
  const name = field.replace(/^.*\./, '').replace(/\[.*$/, '');
  const names = { level: 'level', onlineLevel: 'onlineLevel', applicantType: 'applicantType', channel: 'channel',
    channels: 'channel', copyKind: 'copyKind', status: 'procedureStatus', part: 'recordPart' };
  if (names[name]) return nameOf(names[name], value);
  if (name === 'kind') return t('kind.' + value);
  if (name === 'amountVnd' || name === 'outOfPocketVnd') return vnd(value);
  if (name === 'hours') return hours(value);
  if (name === 'share') return share(value);
  if (name === 'processingDays' || name === 'workingDays') return workingDays(value);
  if (name === 'validFrom' || name === 'issuedOn' || name === 'checkedOn') return date(value);
  if (typeof value === 'number') return number(value);
  return data('span', {}, String(value));
}

const LISTED = 200;

function codes(list) {
  const shownCodes = list.slice(0, LISTED).map((code) => data('li', {}, code));
  if (list.length > LISTED) shownCodes.push(el('li', {}, t('andMore', list.length - LISTED)));
  return el('ul', { className: 'codes' }, ...shownCodes);
}

function changes(changed) {
  const items = changed.slice(0, LISTED).map((p) => el('li', {}, data('strong', {}, p.code),
    el('ul', {}, ...p.changes.map((c) => el('li', { className: 'change' }, c.label + ': ',
      el('span', { className: 'before' }, shown(c.field, c.before)), ' → ', el('span', { className: 'after' }, shown(c.field, c.after)))))));
  if (changed.length > LISTED) items.push(el('li', {}, t('andMore', changed.length - LISTED)));
  return el('ul', { id: 'c-changed' }, ...items);
}

function send(file, params) {
  return api('/api/catalog/import' + params, { method: 'POST', body: file,
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
}

function refused(e) {
  $('c-result').replaceChildren(el('ul', { className: 'error' }, (e.errors && e.errors.length ? e.errors : [{ message: e.message }])
    .map((x) => el('li', {}, (x.field ? x.field + ': ' : '') + x.message))));
}

/** Sends the chosen file for a preview, shows what it would change, and applies it once the person confirms. */
async function importCatalog() {
  const file = $('c-file').files[0];
  const result = $('c-result');
  if (!file) { result.replaceChildren(el('p', { className: 'error' }, t('chooseFile'))); return; }
  if (file.size > 100 * 1024 * 1024) {
    result.replaceChildren(el('p', { className: 'error' }, t('tooLarge', file.name, number(file.size / 1048576, 1))));
    return;
  }
  const missing = $('c-remove-missing').checked ? '&removeMissing=true' : '';
  const button = $('c-import');
  button.disabled = true;
  result.replaceChildren(el('p', { className: 'busy' }, t('checking')));
  let preview;
  try {
    preview = await whileBusy(button, () => send(file, '?preview=true' + missing));
  } catch (e) {
    refused(e);
    return;
  } finally {
    button.disabled = false;
  }
  const a = preview.added.length, c = preview.changed.length, r = preview.removed.length;
  if (a + c + r + preview.agencies === 0) {
    result.replaceChildren(el('p', { className: 'ok', id: 'c-preview' }, t('nothingChanges')));
    return;
  }
  const apply = el('button', { type: 'button', id: 'c-apply' }, t('apply'));
  const cancel = el('button', { type: 'button', id: 'c-cancel', className: 'secondary' }, t('cancel'));
  const parts = [el('p', { id: 'c-summary' }, t('previewSummary', a, c, r, preview.unchanged))];
  if (a) parts.push(el('h3', {}, t('addedTitle')), codes(preview.added));
  if (c) parts.push(el('h3', {}, t('changedTitle')), changes(preview.changed));
  if (r) parts.push(el('h3', {}, t('removedTitle')), codes(preview.removed));
  parts.push(el('p', {}, apply, ' ', cancel));
  result.replaceChildren(el('div', { id: 'c-preview' }, ...parts));
  cancel.addEventListener('click', () => result.replaceChildren());
  apply.addEventListener('click', async () => {
    if (!await ask(t('applyQuestion', a, c, r), t('applyYes', a + c + r))) return;
    apply.disabled = true;
    cancel.disabled = true;
    result.append(el('p', { className: 'busy' }, t('applying')));
    try {
      const done = await whileBusy($('c-apply'), () => api('/api/catalog/import?token=' + encodeURIComponent(preview.token),
        { method: 'POST' }));
      result.replaceChildren(el('p', { className: 'ok', id: 'c-done' }, t('imported', done.added.length, done.changed.length, done.removed.length)));
    } catch (e) {
      refused(e);
    }
  });
}

document.addEventListener('DOMContentLoaded', () => {
  fileChooser($('c-file'));
  $('report-filters').addEventListener('input', links);
  $('report-filters').addEventListener('change', links);
  $('c-import').addEventListener('click', importCatalog);
  const failed = (box) => (e) => $(box).replaceChildren(el('p', { className: 'error' }, e.message));
  ['r-xlsx', 'r-csv'].forEach((id) => busyDownload($(id), failed('r-result')));
  ['c-export', 'c-export-codes'].forEach((id) => busyDownload($(id), failed('c-result')));
  onLanguage(links);
  links();
  // Importing the national catalog is for central staff; everyone may export it.
  currentUser().then((user) => { $('c-file').closest('p').hidden = !isCentral(user); }).catch(() => {});
  options().then(links).catch((e) => $('c-result').replaceChildren(el('p', { className: 'error' }, e.message)));
});

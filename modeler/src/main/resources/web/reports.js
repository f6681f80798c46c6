// The reports page: the cost-reduction report (XLSX, CSV) with its filters, and the catalog workbook export/import.
import { api, currentUser } from './kit/api.js';
import { isCentral } from './kit/roles.js';
import { busyDownload, whileBusy } from './kit/busy.js';
import { $, el, fileChooser } from './kit/dom.js';
import { number } from './kit/format.js';
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
  catalogHelp: ['Tệp Excel bằng tiếng Việt, có trang tính Hướng dẫn (cách điền từng trang tính, một dòng mẫu) và danh sách chọn ở các cột có giá trị cố định. Khi nhập, cả tệp được kiểm tra trước: nếu có lỗi thì không dữ liệu nào được ghi, và mỗi lỗi nêu trang tính, dòng, cột. Tệp theo mẫu cũ (tên trang tính, tên cột, mã bằng tiếng Anh) vẫn nhập được.',
    'The workbook is in Vietnamese, with a Guide sheet (how to fill each sheet, an example row) and drop-down lists on the columns with fixed values. An import checks the whole file first: if anything is wrong nothing is written, and each problem names its sheet, row and column. Workbooks in the earlier layout (English sheet names, headers and codes) still import.'],
  imported: [(n) => `Đã nhập ${n} thủ tục.`, (n) => `Imported ${n} procedures.`],
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

async function importCatalog() {
  const file = $('c-file').files[0];
  const result = $('c-result');
  if (!file) { result.replaceChildren(el('p', { className: 'error' }, t('chooseFile'))); return; }
  if (file.size > 100 * 1024 * 1024) {
    result.replaceChildren(el('p', { className: 'error' }, t('tooLarge', file.name, number(file.size / 1048576, 1))));
    return;
  }
  try {
    const answer = await whileBusy($('c-import'), () => api('/api/catalog/import', { method: 'POST', body: file,
      headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } }));
    result.replaceChildren(el('p', { className: 'ok' }, t('imported', answer.procedures)));
  } catch (e) {
    result.replaceChildren(el('ul', { className: 'error' }, (e.errors.length ? e.errors : [{ message: e.message }])
      .map((x) => el('li', {}, (x.field ? x.field + ': ' : '') + x.message))));
  }
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

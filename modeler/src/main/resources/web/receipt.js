// The receipt and appointment slip of a dossier (giấy tiếp nhận hồ sơ và hẹn trả kết quả), laid out for printing
// (the browser prints it, or saves it as PDF) and offered as a Word document. Opening the page issues the dossier's
// look-up code: the code is kept only as a hash, so each slip printed carries a new one and the former stops working.
import { api, params } from './kit/api.js';
import { $, data, el, showError } from './kit/dom.js';
import { date, when } from './kit/format.js';
import { onLanguage, showPage, texts } from './kit/i18n.js';

const t = texts('receipt', {
  rcTitle: ['Giấy tiếp nhận hồ sơ và hẹn trả kết quả', 'Receipt and appointment slip'],
  rcNation: ['Cộng hòa xã hội chủ nghĩa Việt Nam', 'Socialist Republic of Viet Nam'],
  rcMotto: ['Độc lập - Tự do - Hạnh phúc', 'Independence - Freedom - Happiness'],
  rcDesk: ['Bộ phận tiếp nhận và trả kết quả', 'Reception and results desk'],
  rcNumber: ['Mã hồ sơ', 'Dossier number'],
  rcApplicant: ['Tiếp nhận hồ sơ của', 'Dossier received from'],
  rcProcedure: ['Nội dung yêu cầu giải quyết', 'Request'],
  rcProcedureCode: [(c) => `mã thủ tục ${c}`, (c) => `procedure code ${c}`],
  rcComponents: ['Thành phần hồ sơ nộp gồm', 'Dossier components received'],
  rcNo: ['Số thứ tự', 'No.'],
  rcDocument: ['Tên giấy tờ', 'Document'],
  rcOriginals: ['Bản chính', 'Originals'],
  rcCopies: ['Bản sao', 'Copies'],
  rcNoComponents: ['Không có thành phần hồ sơ nào được đánh dấu đã nộp.', 'No dossier component was marked as received.'],
  rcQuantity: ['Số lượng hồ sơ', 'Number of dossiers'],
  rcOneSet: ['01 bộ', '1 set'],
  rcLimit: ['Thời hạn giải quyết theo quy định', 'Legal processing time'],
  rcDays: [(n) => `${n} ngày làm việc`, (n) => `${n} working days`],
  rcReceivedAt: ['Thời gian nhận hồ sơ', 'Received at'],
  rcDue: ['Thời gian trả kết quả giải quyết hồ sơ', 'Result due on'],
  rcLookup: ['Tra cứu tình trạng hồ sơ tại', 'Follow the dossier at'],
  rcCode: ['Mã tra cứu', 'Look-up code'],
  rcApplicantSigns: ['Người nộp hồ sơ', 'Applicant'],
  rcOfficerSigns: ['Người tiếp nhận hồ sơ', 'Receiving officer'],
  rcSign: ['(Ký và ghi rõ họ tên)', '(Signature and full name)'],
  rcPrint: ['In / lưu PDF', 'Print / save as PDF'],
  rcDocx: ['Tải về tệp DOCX', 'Download as DOCX'],
  rcBack: ['Quay lại hồ sơ', 'Back to the case'],
  rcNewCode: ['Mỗi lần in giấy tiếp nhận, hệ thống cấp một mã tra cứu mới; mã trên giấy in trước đó không còn dùng được.',
    'Each time the receipt is printed a new look-up code is issued; the code on an earlier slip no longer works.']
});
showPage(t);
const enc = encodeURIComponent;
const caseId = params.get('case');
let receipt = null;

function fact(key, label, ...value) {
  return el('p', { className: 'rc-line', dataset: { fact: key } }, t(label) + ': ', el('strong', {}, ...value));
}

/** A numbered line of the slip, as the official form numbers them: "2. Số lượng hồ sơ: 01 bộ". */
function item(n, key, label, ...value) {
  return el('p', { className: 'rc-line', dataset: { fact: key } }, `${n}. ${t(label)}: `, el('strong', {}, ...value));
}

function render() {
  $('receipt-actions').replaceChildren(
    el('button', { type: 'button', id: 'print-receipt', onclick: () => window.print(), disabled: !receipt }, t('rcPrint')), ' ',
    receipt ? el('a', { className: 'button secondary', id: 'receipt-docx',
      href: `/api/cases/${enc(caseId)}/receipt.docx?code=${enc(receipt.lookupCode)}` }, t('rcDocx')) : null, ' ',
    el('a', { className: 'button secondary', href: '/case.html?id=' + enc(caseId || '') }, t('rcBack')),
    el('span', { className: 'note rc-note' }, ' ', t('rcNewCode')));
  $('receipt').hidden = !receipt;
  if (!receipt) return;
  const r = receipt;
  document.title = 'Procedo — ' + t('rcTitle') + ' ' + r.dossierNumber;
  const statusUrl = location.origin + r.statusPage;
  const rows = r.components.map((c, i) => el('tr', {}, el('td', { className: 'num' }, String(i + 1)),
    data('td', {}, c.name + (c.caseName ? ` (${c.caseName})` : '')), el('td', { className: 'num' }, String(c.originals)),
    el('td', { className: 'num' }, String(c.copies))));
  $('receipt').replaceChildren(
    el('header', { className: 'rc-head' }, el('p', { className: 'rc-nation' }, t('rcNation')),
      el('p', { className: 'rc-motto' }, t('rcMotto')),
      el('p', {}, t('rcDesk'), ' — ', data('span', {}, r.localityName))),
    el('h2', { className: 'rc-title' }, t('rcTitle')),
    el('p', { className: 'rc-number' }, t('rcNumber') + ': ', data('strong', { id: 'receipt-number' }, r.dossierNumber)),
    fact('applicant', 'rcApplicant', data('span', { id: 'receipt-applicant' }, r.applicantName || '')),
    fact('procedure', 'rcProcedure', data('span', {}, r.procedureName), ' (', t('rcProcedureCode', r.procedureCode), ')'),
    el('p', { className: 'rc-line' }, '1. ' + t('rcComponents') + ':'),
    rows.length ? el('table', { className: 'rc-components', id: 'receipt-components' },
      el('thead', {}, el('tr', {}, ...['rcNo', 'rcDocument', 'rcOriginals', 'rcCopies'].map((k) => el('th', {}, t(k))))),
      el('tbody', {}, ...rows)) : el('p', { className: 'note' }, t('rcNoComponents')),
    item(2, 'quantity', 'rcQuantity', t('rcOneSet')),
    item(3, 'limit', 'rcLimit', t('rcDays', r.processingDays)),
    item(4, 'received', 'rcReceivedAt', when(r.receivedAt)),
    item(5, 'due', 'rcDue', el('span', { id: 'receipt-due' }, date(r.dueAt))),
    item(6, 'lookup', 'rcLookup', data('span', {}, statusUrl)),
    fact('code', 'rcCode', data('span', { id: 'receipt-code', className: 'rc-code' }, r.lookupCode)),
    el('div', { className: 'rc-signatures' },
      el('div', {}, el('strong', {}, t('rcApplicantSigns')), el('p', { className: 'note' }, t('rcSign')),
        data('p', { className: 'rc-signed' }, r.applicantName || '')),
      el('div', {}, el('strong', {}, t('rcOfficerSigns')), el('p', { className: 'note' }, t('rcSign')),
        data('p', { className: 'rc-signed', id: 'receipt-officer' }, r.receiverName || ''))));
}

async function load() {
  try {
    receipt = await api(`/api/cases/${enc(caseId)}/receipt`, { method: 'POST' });
    showError(null);
  } catch (e) { showError(e); }
  render();
}

render();
onLanguage(render);
load();

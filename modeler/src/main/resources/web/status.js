// The public status page: whoever holds a dossier's number and its look-up code (both on the receipt) sees the
// dossier's status, its due date and, once it has ended, its outcome; nothing else. No sign-in: the look-up is sent
// without the session's cookie, and a wrong code reads the same as an unknown number.
import { $, el } from './kit/dom.js';
import { date } from './kit/format.js';
import { language, onLanguage, showPage, texts } from './kit/i18n.js';
import { ratingPanel } from './digitisation/rating.js';

const t = texts('status', {
  stTagline: ['Tra cứu hồ sơ thủ tục hành chính', 'Administrative dossier look-up'],
  stTitle: ['Tra cứu tình trạng hồ sơ', 'Dossier status'],
  stIntro: ['Nhập số hồ sơ và mã tra cứu ghi trên giấy tiếp nhận hồ sơ và hẹn trả kết quả.',
    'Enter the dossier number and the look-up code printed on the receipt and appointment slip.'],
  stNumber: ['Số hồ sơ', 'Dossier number'],
  stCode: ['Mã tra cứu', 'Look-up code'],
  stSubmit: ['Tra cứu', 'Look up'],
  stMissing: ['Hãy nhập cả số hồ sơ và mã tra cứu.', 'Enter both the dossier number and the look-up code.'],
  stNotFound: ['Không tìm thấy hồ sơ với số hồ sơ và mã tra cứu này. Hãy kiểm tra lại hai thông tin trên giấy tiếp nhận.',
    'No dossier matches this dossier number and look-up code. Check both against the receipt.'],
  stTooMany: [(m) => `Đã tra cứu sai quá nhiều lần. Hãy thử lại sau khoảng ${m} phút.`,
    (m) => `Too many failed look-ups. Try again in about ${m} minutes.`],
  stFailed: ['Không tra cứu được lúc này. Hãy thử lại sau.', 'The look-up failed. Try again later.'],
  stResult: ['Tình trạng hồ sơ', 'Dossier status'],
  stState: ['Tình trạng', 'Status'],
  stDue: ['Hẹn trả kết quả', 'Result due'],
  stEnded: ['Ngày kết thúc', 'Ended on'],
  stOutcome: ['Kết quả', 'Outcome'],
  stActive: ['Đang giải quyết', 'Being processed'],
  stFinished: ['Đã kết thúc', 'Ended'],
  stCancelled: ['Đã hủy', 'Cancelled'],
  stOverdue: ['Đã quá hạn trả kết quả', 'Past its due date'],
  'outcome.GRANTED': ['Đã giải quyết, có kết quả', 'Granted: result issued'],
  'outcome.REFUSED': ['Từ chối giải quyết', 'Refused'],
  'outcome.WITHDRAWN': ['Người nộp đã rút hồ sơ', 'Withdrawn by the applicant'],
  'outcome.CANCELLED': ['Đã hủy', 'Cancelled']
});
showPage(t);

const state = { answer: null, problem: null, lookup: null, rating: { redraw: () => render() } };

function render() {
  const p = state.problem;
  $('lookup-error').textContent = p ? (p.retry ? t('stTooMany', p.retry) : t(p.key)) : '';
  const a = state.answer;
  $('result').hidden = !a;
  if (!a) return;
  const ended = a.state !== 'ACTIVE';
  const outcome = a.outcome ? t('outcome.' + a.outcome) : null;
  const overdue = !ended && a.dueAt && new Date(a.dueAt) < new Date();
  const facts = [
    ['number', 'stNumber', el('span', { translate: false }, a.dossierNumber)],
    ['state', 'stState', [el('strong', { id: 'status-state', dataset: { state: a.state } },
      a.state === 'CANCELLED' && !a.outcome ? t('stCancelled') : ended ? t('stFinished') : t('stActive')),
    overdue ? el('span', { className: 'badge overdue' }, t('stOverdue')) : null]],
    ['due', 'stDue', el('span', { id: 'status-due' }, date(a.dueAt))],
    ['ended', 'stEnded', ended && a.endedAt ? date(a.endedAt) : null],
    ['outcome', 'stOutcome', ended ? el('span', { id: 'status-outcome' }, outcome || t('stFinished')) : null]
  ].filter(([, , v]) => v !== null && v !== '');
  $('result').replaceChildren(el('h2', {}, t('stResult')), el('dl', { className: 'facts' },
    facts.flatMap(([k, label, v]) => [el('dt', {}, t(label)), el('dd', { dataset: { fact: k } }, v)])),
  ...(a.outcome ? [ratingPanel(state.lookup, state.rating)] : []));
}

async function lookUp(event) {
  event.preventDefault();
  const dossierNumber = $('dossier-number').value.trim();
  const code = $('lookup-code').value.trim();
  state.answer = null;
  state.problem = null;
  if (!dossierNumber || !code) {
    state.problem = { key: 'stMissing' };
    render();
    return;
  }
  $('lookup-submit').disabled = true;
  try {
    // no cookie: the look-up is the applicant's, whoever else is signed in on this browser
    const response = await fetch('/api/dossier-status', { method: 'POST', credentials: 'omit',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': language() },
      body: JSON.stringify({ dossierNumber, code }) });
    if (response.ok) {
      state.answer = await response.json();
      state.lookup = { dossierNumber, code };
      state.rating = { redraw: () => render() };
    } else if (response.status === 429) {
      state.problem = { retry: Math.max(1, Math.ceil(Number(response.headers.get('Retry-After') || 60) / 60)) };
    } else {
      state.problem = { key: response.status === 404 || response.status === 400 ? 'stNotFound' : 'stFailed' };
    }
  } catch {
    state.problem = { key: 'stFailed' };
  } finally {
    $('lookup-submit').disabled = false;
  }
  render();
}

$('lookup-form').addEventListener('submit', lookUp);
onLanguage(render);

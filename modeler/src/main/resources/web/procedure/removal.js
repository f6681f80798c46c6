// Deleting a procedure keeps history: the delete action first asks what depends on the procedure and says whether
// it will be withdrawn (kept with its history, out of the ranking and the catalog) or deleted for good; a withdrawn
// procedure shows its mark ("Đã bãi bỏ": when, by whom, why) and a button that reinstates it.
import { api } from '../kit/api.js';
import { whileBusy } from '../kit/busy.js';
import { el } from '../kit/dom.js';
import { dateTime } from '../kit/format.js';
import { texts } from '../kit/i18n.js';

const t = texts('removal', {
  withdrawnBadge: ['Đã bãi bỏ', 'Withdrawn'],
  withdrawnLine: [(at, by) => `Thủ tục đã được bãi bỏ lúc ${at}, người thực hiện: ${by}.`,
    (at, by) => `The procedure was withdrawn on ${at} by ${by}.`],
  withdrawnReason: [(r) => `Lý do: ${r}`, (r) => `Reason: ${r}`],
  withdrawnNote: ['Thủ tục được giữ lại cùng toàn bộ lịch sử (các phiên bản, phương án, mô hình, số liệu, hồ sơ) nhưng không còn xuất hiện trong bảng xếp hạng, danh mục và danh mục tối ưu.',
    'The procedure is kept with all its history (versions, plans, models, figures, cases) but no longer appears in the ranking, the catalog or portfolios.'],
  reinstate: ['Khôi phục thủ tục', 'Reinstate the procedure'],
  deleteAction: ['Xóa thủ tục…', 'Delete the procedure…'],
  confirmWithdraw: [(list) => `Thủ tục này đang có: ${list}. Thủ tục sẽ được chuyển sang trạng thái đã bãi bỏ (giữ lại toàn bộ lịch sử) thay vì bị xóa.`,
    (list) => `This procedure has: ${list}. It will be withdrawn (kept with all its history) rather than deleted.`],
  confirmDelete: ['Không có dữ liệu nào phụ thuộc vào thủ tục này: thủ tục sẽ bị xóa hẳn khỏi danh mục.',
    'Nothing depends on this procedure: it will be deleted from the catalog for good.'],
  reason: ['Lý do (không bắt buộc)', 'Reason (optional)'],
  reasonPlaceholder: ['Ví dụ: bãi bỏ theo Quyết định số …', 'E.g. repealed by Decision No. …'],
  doWithdraw: ['Bãi bỏ thủ tục', 'Withdraw the procedure'],
  doDelete: ['Xóa hẳn', 'Delete for good'],
  cancel: ['Hủy', 'Cancel'],
  plans: [(n) => `${n} phương án đơn giản hóa`, (n) => `${n} simplification plan(s)`],
  models: [(n) => `${n} phiên bản mô hình quy trình`, (n) => `${n} process model version(s)`],
  usage: [(n) => `${n} dòng số liệu sử dụng`, (n) => `${n} usage figure(s)`],
  templates: [(n) => `${n} phiên bản bộ mẫu, biểu mẫu`, (n) => `${n} template package version(s)`],
  adoptions: [(n) => `${n} địa phương áp dụng bộ mẫu`, (n) => `${n} locality adoption(s)`],
  deployments: [(n) => `${n} phiên bản quy trình đã triển khai`, (n) => `${n} deployed workflow version(s)`],
  cases: [(n) => `${n} hồ sơ đã tiếp nhận`, (n) => `${n} case(s)`]
});

const enc = encodeURIComponent;

/** What depends on a procedure, said as a list: "2 phương án đơn giản hóa, 1 hồ sơ đã tiếp nhận". */
export function dependentsText(dependents) {
  return Object.entries(dependents).map(([kind, n]) => (t.has(kind) ? t(kind, n) : `${n} ${kind}`)).join(', ');
}

/**
 * Renders the withdrawal mark and the delete action of {@code procedure} into {@code targets.mark} and
 * {@code targets.actions} (a badge beside {@code targets.title}); {@code targets.reload} is called once the
 * procedure was withdrawn or reinstated.
 */
export function showRemoval(procedure, targets) {
  const { mark, actions, title, reload } = targets;
  const w = procedure.withdrawal;
  title.querySelector('.withdrawn-badge')?.remove();
  if (w) {
    title.append(el('span', { className: 'badge withdrawn-badge' }, t('withdrawnBadge')));
    mark.hidden = false;
    mark.replaceChildren(
      el('strong', { className: 'withdrawn-title' }, t('withdrawnBadge')),
      el('p', {}, t('withdrawnLine', dateTime(w.at), w.by)),
      w.reason ? el('p', { className: 'withdrawn-reason' }, t('withdrawnReason', w.reason)) : null,
      el('p', { className: 'note' }, t('withdrawnNote')),
      el('button', { type: 'button', id: 'reinstate', onclick: (e) => reinstate(procedure, e.currentTarget, mark, reload) },
        t('reinstate')));
    actions.replaceChildren();
    return;
  }
  mark.hidden = true;
  mark.replaceChildren();
  actions.replaceChildren(el('button', { type: 'button', id: 'delete-procedure', className: 'secondary',
    onclick: () => ask(procedure, targets) }, t('deleteAction')));
}

async function ask(procedure, targets) {
  const { actions, reload } = targets;
  const error = el('p', { className: 'error', role: 'alert' });
  try {
    const { dependents } = await api(`/api/procedures/${enc(procedure.code)}/dependents`);
    const withdraw = Object.keys(dependents).length > 0;
    const reason = el('input', { type: 'text', id: 'removal-reason', maxLength: 2000, placeholder: t('reasonPlaceholder') });
    const box = el('div', { className: 'confirm-removal', id: 'confirm-removal', role: 'alertdialog' },
      el('p', { className: 'confirm-text' }, withdraw ? t('confirmWithdraw', dependentsText(dependents)) : t('confirmDelete')),
      withdraw ? el('label', {}, t('reason') + ' ', reason) : null,
      el('div', { className: 'confirm-buttons' },
        el('button', { type: 'button', id: 'confirm-removal-yes',
          onclick: (e) => remove(procedure, withdraw ? reason.value : '', e.currentTarget, error, reload) },
          withdraw ? t('doWithdraw') : t('doDelete')),
        el('button', { type: 'button', className: 'secondary', id: 'confirm-removal-no',
          onclick: () => showRemoval(procedure, targets) }, t('cancel'))),
      error);
    actions.replaceChildren(box);
  } catch (e) {
    actions.append(error);
    error.textContent = e.message;
  }
}

async function remove(procedure, reason, button, error, reload) {
  try {
    const answer = await whileBusy(button, () => api(`/api/procedures/${enc(procedure.code)}`, { method: 'DELETE',
      headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ reason }) }));
    if (answer && answer.outcome === 'WITHDRAWN') {
      await reload();
    } else {
      location.href = '/';
    }
  } catch (e) {
    error.textContent = e.message;
  }
}

async function reinstate(procedure, button, mark, reload) {
  try {
    await whileBusy(button, () => api(`/api/procedures/${enc(procedure.code)}/reinstate`, { method: 'POST' }));
    await reload();
  } catch (e) {
    mark.append(el('p', { className: 'error', role: 'alert' }, e.message));
  }
}

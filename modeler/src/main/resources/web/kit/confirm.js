// Asking before an action that cannot be taken back: a modal dialog that names what will happen.
import { el } from './dom.js';
import { texts } from './i18n.js';

const t = texts('confirm', {
  cfNo: ['Không, quay lại', 'No, go back'],
  cfConfirm: ['Xác nhận', 'Confirm'],
  cfBack: ['Quay lại', 'Go back'],
  cfReasonNeeded: ['Hãy ghi lý do trước khi xác nhận.', 'Write the reason before confirming.']
});

/** Shows question with a button yesLabel and one to go back; resolves true when the person confirms. */
export function ask(question, yesLabel) {
  return new Promise((resolve) => {
    const yes = el('button', { type: 'button', id: 'confirm-yes' }, yesLabel);
    const no = el('button', { type: 'button', id: 'confirm-no', className: 'secondary' }, t('cfNo'));
    const dialog = el('dialog', { id: 'confirm-dialog', className: 'confirm' },
      el('p', { id: 'confirm-question' }, question), el('div', { className: 'tk-buttons' }, yes, ' ', no));
    const close = (answer) => { dialog.close(); dialog.remove(); resolve(answer); };
    yes.addEventListener('click', () => close(true));
    no.addEventListener('click', () => close(false));
    dialog.addEventListener('cancel', (e) => { e.preventDefault(); close(false); });
    document.body.append(dialog);
    dialog.showModal();
    no.focus();
  });
}

/**
 * Asks before a wide-reaching action, saying what will happen: a question, then facts as [key, label, value]
 * (shown as a list, each value marked data-fact=key), optional notes (warnings the person must weigh) and, when
 * reason is given ({label, placeholder}), a reason that must be written before "Xác nhận" acts. Resolves
 * {reason} on "Xác nhận", null on "Quay lại" (or Escape).
 */
export function confirmAction({ question, facts, notes, reason }) {
  return new Promise((resolve) => {
    const yes = el('button', { type: 'button', id: 'confirm-yes' }, t('cfConfirm'));
    const no = el('button', { type: 'button', id: 'confirm-no', className: 'secondary' }, t('cfBack'));
    const why = reason ? el('textarea', { id: 'confirm-reason', rows: 3, maxLength: 2000, placeholder: reason.placeholder || '' }) : null;
    const hint = el('p', { className: 'note', id: 'confirm-reason-hint' }, reason ? t('cfReasonNeeded') : '');
    const list = el('dl', { className: 'confirm-facts', id: 'confirm-facts' }, ...(facts || []).flatMap(([key, label, value]) => [
      el('dt', {}, label), el('dd', { dataset: { fact: key } }, value)]));
    const warnings = notes && notes.length ? el('ul', { className: 'confirm-notes', id: 'confirm-notes' }, ...notes.map((n) => el('li', {}, n))) : null;
    const dialog = el('dialog', { id: 'confirm-dialog', className: 'confirm' },
      el('p', { id: 'confirm-question' }, question), list, warnings,
      why ? el('label', { className: 'confirm-reason' }, reason.label, why) : null, why ? hint : null,
      el('div', { className: 'tk-buttons' }, yes, ' ', no));
    const ready = () => { yes.disabled = !!why && !why.value.trim(); hint.hidden = !yes.disabled; };
    if (why) why.addEventListener('input', ready);
    ready();
    const close = (answer) => { dialog.close(); dialog.remove(); resolve(answer); };
    yes.addEventListener('click', () => { if (!yes.disabled) close({ reason: why ? why.value.trim() : null }); });
    no.addEventListener('click', () => close(null));
    dialog.addEventListener('cancel', (e) => { e.preventDefault(); close(null); });
    document.body.append(dialog);
    dialog.showModal();
    (why || no).focus();
  });
}

// Asking before an action that cannot be taken back: a modal dialog that names what will happen.
import { el } from './dom.js';
import { texts } from './i18n.js';

const t = texts('confirm', {
  cfNo: ['Không, quay lại', 'No, go back']
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

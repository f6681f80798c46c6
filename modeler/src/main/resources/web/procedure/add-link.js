// "Thêm thủ tục": the way into the procedure editor from the catalog page, offered to those who may change the
// catalog (analysts and administrators) only.
import { currentUser } from '../kit/api.js';
import { el } from '../kit/dom.js';
import { onLanguage, texts } from '../kit/i18n.js';
import { isCentral } from '../kit/roles.js';

const t = texts('addProcedure', {
  addProcedure: ['Thêm thủ tục', 'Add a procedure']
});

/** Appends the link to the editor of a new procedure to box when the signed-in person may change the catalog. */
export async function showAddProcedure(box) {
  let user;
  try { user = await currentUser(); } catch { return; }
  if (!isCentral(user)) return;
  const link = el('a', { className: 'button', id: 'add-procedure', href: '/procedure-edit.html' }, t('addProcedure'));
  onLanguage(() => { link.textContent = t('addProcedure'); });
  box.append(' ', link);
}

// Changing one's own password (the sign-in page when it must change, and the account page): current, new and
// repeated, checked here against the policy before the server checks it again; the server's reasons are shown
// beside the fields they name. A change replaces the session: the answer's CSRF token is kept for the page.
import { api, ApiError, json, rememberUser } from '../kit/api.js';
import { whileBusy } from '../kit/busy.js';
import { el } from '../kit/dom.js';
import { onLanguage, texts } from '../kit/i18n.js';

const t = texts('password', {
  chTitle: ['Đổi mật khẩu', 'Change your password'],
  chCurrent: ['Mật khẩu hiện tại', 'Current password'],
  chNew: ['Mật khẩu mới', 'New password'],
  chRepeat: ['Nhập lại mật khẩu mới', 'Repeat the new password'],
  chPolicy: ['Mật khẩu mới: ít nhất 10 ký tự, không chứa tên đăng nhập, có ít nhất 4 ký tự khác nhau.',
    'The new password: at least 10 characters, not containing the username, at least 4 different characters.'],
  chSubmit: ['Đổi mật khẩu', 'Change password'],
  chRequired: ['Bắt buộc nhập.', 'Required.'],
  chShort: ['Cần ít nhất 10 ký tự.', 'Needs at least 10 characters.'],
  chHasUsername: ['Không được chứa tên đăng nhập.', 'Must not contain the username.'],
  chFewCharacters: ['Cần ít nhất 4 ký tự khác nhau.', 'Needs at least 4 different characters.'],
  chMismatch: ['Hai lần nhập mật khẩu mới không giống nhau.', 'The two new passwords differ.'],
  chSame: ['Mật khẩu mới phải khác mật khẩu hiện tại.', 'The new password must differ from the current one.'],
  chChanged: ['Đã đổi mật khẩu.', 'Password changed.'],
  chFailed: ['Chưa đổi được mật khẩu: sửa các trường được đánh dấu.', 'Not changed: correct the marked fields.']
});

/** Why password breaks the policy for username (a text key of this module), or null. */
export function policyProblem(password, username) {
  if (!password) return 'chRequired';
  if (password.length < 10) return 'chShort';
  if (username && password.toLowerCase().includes(username.toLowerCase())) return 'chHasUsername';
  if (new Set(password).size < 4) return 'chFewCharacters';
  return null;
}

/**
 * The form changing user's password; onChanged(newUser) runs after the server accepted the change (the session
 * and its CSRF token are new). current prefills the current password (just typed on the sign-in form).
 */
export function passwordForm(user, onChanged, current) {
  const fields = {
    currentPassword: el('input', { type: 'password', id: 'current-password', autocomplete: 'current-password', value: current || '' }),
    newPassword: el('input', { type: 'password', id: 'new-password', autocomplete: 'new-password' }),
    repeat: el('input', { type: 'password', id: 'repeat-password', autocomplete: 'new-password' })
  };
  const errors = {};
  const errorOf = (name) => el('span', { className: 'field-error', id: `${fields[name].id}-error` });
  const errorNodes = { currentPassword: errorOf('currentPassword'), newPassword: errorOf('newPassword'), repeat: errorOf('repeat') };
  const labels = {};
  const row = (name, key) => {
    labels[name] = el('span', {}, t(key));
    return el('label', { dataset: { field: name } }, labels[name], fields[name], errorNodes[name]);
  };
  const policy = el('p', { className: 'note', id: 'password-policy' }, t('chPolicy'));
  const summary = el('p', { className: 'error', id: 'change-error', role: 'alert' });
  const submit = el('button', { type: 'submit', id: 'change-submit' }, t('chSubmit'));
  const show = () => Object.entries(errorNodes).forEach(([name, node]) => {
    const e = errors[name];
    node.textContent = !e ? '' : e.key ? t(e.key) : e.text;
  });
  const form = el('form', { className: 'stacked', id: 'change-form', autocomplete: 'off', noValidate: true,
    onsubmit: async (event) => {
      event.preventDefault();
      Object.keys(errors).forEach((k) => delete errors[k]);
      summary.textContent = '';
      const [now, next, again] = [fields.currentPassword.value, fields.newPassword.value, fields.repeat.value];
      if (!now) errors.currentPassword = { key: 'chRequired' };
      const problem = policyProblem(next, user.username);
      if (problem) errors.newPassword = { key: problem };
      else if (next === now) errors.newPassword = { key: 'chSame' };
      if (!problem && next !== again) errors.repeat = { key: 'chMismatch' };
      if (Object.keys(errors).length) { show(); summary.textContent = t('chFailed'); return; }
      try {
        const changed = await whileBusy(submit, () => api('/api/me/password', json('PUT', { currentPassword: now, newPassword: next })));
        rememberUser(changed);
        form.reset();
        summary.textContent = '';
        await onChanged(changed);
      } catch (e) {
        if (e instanceof ApiError && e.status === 400 && e.errors.length) {
          e.errors.forEach((x) => { errors[x.field in errorNodes ? x.field : 'newPassword'] = { text: x.message }; });
          show();
          summary.textContent = t('chFailed');
        } else {
          summary.textContent = e.message;
        }
      }
    } },
  row('currentPassword', 'chCurrent'), row('newPassword', 'chNew'), row('repeat', 'chRepeat'), policy, summary, submit);
  onLanguage(() => {
    Object.entries({ currentPassword: 'chCurrent', newPassword: 'chNew', repeat: 'chRepeat' })
      .forEach(([name, key]) => { labels[name].textContent = t(key); });
    policy.textContent = t('chPolicy');
    submit.textContent = t('chSubmit');
    show();
  });
  return form;
}

/** The texts of this module (chTitle, chChanged…) in the page's language. */
export const passwordText = (key) => t(key);

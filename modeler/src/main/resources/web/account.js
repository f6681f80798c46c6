// One's own account: who one is and with which roles, changing one's password, and personal API tokens (created
// with a label, the secret shown once to copy; listed with when they were created and last used; revoked after
// asking).
import { api, currentUser, json } from './kit/api.js';
import { whileBusy } from './kit/busy.js';
import { ask } from './kit/confirm.js';
import { $, el, showError } from './kit/dom.js';
import { when } from './kit/format.js';
import { grantText, onLanguage, showPage, texts } from './kit/i18n.js';
import { passwordForm, passwordText } from './account/password.js';

const t = texts('account', {
  acTitle: ['Tài khoản của tôi', 'My account'],
  acUsername: ['Tên đăng nhập', 'Username'],
  acName: ['Họ và tên', 'Name'],
  acRoles: ['Vai trò', 'Roles'],
  tokTitle: ['Mã truy cập API cá nhân', 'Personal API tokens'],
  tokHelp: ['Dùng cho tập lệnh và công cụ dòng lệnh: gửi mã kèm tiêu đề', 'For scripts and the command line: send the token in the header'],
  tokHelpRights: ['Mã có mọi quyền của bạn; thu hồi khi không dùng nữa.', 'A token has all your rights; revoke it when no longer used.'],
  tokLabel: ['Tên gợi nhớ', 'Label'],
  tokCreate: ['Tạo mã mới', 'Create a token'],
  tokCreated: ['Tạo lúc', 'Created'],
  tokUsed: ['Dùng lần cuối', 'Last used'],
  tokNever: ['chưa dùng', 'never'],
  tokRevoked: [(at) => `đã thu hồi ${at}`, (at) => `revoked ${at}`],
  tokRevoke: ['Thu hồi', 'Revoke'],
  tokAskRevoke: [(label) => `Thu hồi mã “${label}”? Các tập lệnh đang dùng mã này sẽ không truy cập được nữa.`,
    (label) => `Revoke the token “${label}”? Scripts using it will no longer get in.`],
  tokNone: ['Bạn chưa có mã truy cập nào.', 'You have no token yet.'],
  tokSecret: [(label) => `Mã “${label}” — hãy chép ngay và cất giữ cẩn thận: mã chỉ hiện một lần này, Procedo không lưu lại.`,
    (label) => `Token “${label}” — copy it now and keep it safe: it is shown this once, Procedo does not keep it.`],
  tokCopy: ['Chép', 'Copy'],
  tokCopied: ['Đã chép vào bộ nhớ tạm.', 'Copied to the clipboard.'],
  tokCopyHint: ['Chọn mã rồi nhấn Ctrl+C để chép.', 'Select the token and press Ctrl+C to copy it.']
});
showPage(t);

let user = null;
let tokens = [];
let issued = null;

function renderWho() {
  $('who').replaceChildren(el('dl', { className: 'facts' },
    el('dt', {}, t('acUsername')), el('dd', { id: 'account-username', translate: false }, user.username),
    el('dt', {}, t('acName')), el('dd', { id: 'account-name', translate: false }, user.displayName),
    el('dt', {}, t('acRoles')), el('dd', { id: 'account-roles' }, (user.roles || []).map((g) => grantText(g)).join('; '))));
}

function renderPassword() {
  const done = el('p', { className: 'ok', id: 'password-changed', role: 'status' });
  const title = el('h3', {}, passwordText('chTitle'));
  onLanguage(() => { title.textContent = passwordText('chTitle'); });
  $('password').replaceChildren(title, passwordForm(user, (changed) => {
    user = changed;
    done.textContent = passwordText('chChanged');
  }), done);
}

function renderIssued() {
  if (!issued) { $('token-new').replaceChildren(); return; }
  const secret = el('code', { className: 'secret', id: 'token-secret' }, issued.secret);
  const copied = el('span', { className: 'note', id: 'token-copied' }, t('tokCopyHint'));
  const copy = el('button', { type: 'button', className: 'secondary', id: 'token-copy', onclick: async () => {
    try { await navigator.clipboard.writeText(issued.secret); copied.textContent = t('tokCopied'); } catch { copied.textContent = t('tokCopyHint'); }
  } }, t('tokCopy'));
  $('token-new').replaceChildren(el('div', { className: 'notice' }, el('p', {}, t('tokSecret', issued.token.label)),
    el('p', {}, secret, ' ', copy, ' ', copied)));
}

function renderTokens() {
  $('no-tokens').hidden = tokens.length > 0;
  $('token-list').tBodies[0].replaceChildren(...tokens.map((tk) => el('tr', { dataset: { token: tk.id } },
    el('td', { className: 'label', translate: false }, tk.label),
    el('td', {}, when(tk.createdAt)),
    el('td', {}, tk.lastUsedAt ? when(tk.lastUsedAt) : el('span', { className: 'note' }, t('tokNever'))),
    el('td', {}, tk.revokedAt ? el('span', { className: 'note' }, t('tokRevoked', when(tk.revokedAt)))
      : el('button', { type: 'button', className: 'secondary revoke', onclick: (e) => revoke(tk, e.currentTarget) }, t('tokRevoke'))))));
}

async function loadTokens() {
  tokens = await api('/api/tokens');
  renderTokens();
}

async function create(event) {
  event.preventDefault();
  showError(null);
  try {
    issued = await whileBusy($('token-create'), () => api('/api/tokens', json('POST', { label: $('token-label').value.trim() })));
    $('token-label').value = '';
    renderIssued();
    await loadTokens();
  } catch (e) { showError(e); }
}

async function revoke(token, button) {
  if (!await ask(t('tokAskRevoke', token.label), t('tokRevoke'))) return;
  showError(null);
  try {
    await whileBusy(button, () => api(`/api/tokens/${encodeURIComponent(token.id)}`, { method: 'DELETE' }));
    if (issued && issued.token.id === token.id) { issued = null; renderIssued(); }
    await loadTokens();
  } catch (e) { showError(e); }
}

async function init() {
  try {
    user = await currentUser();
    renderWho();
    renderPassword();
    $('token-form').addEventListener('submit', create);
    await loadTokens();
  } catch (e) { showError(e); }
}

onLanguage(() => { if (user) { renderWho(); renderIssued(); renderTokens(); } });
init();

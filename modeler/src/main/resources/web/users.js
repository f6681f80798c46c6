// Administrators' page of users: every user with their roles (province and candidate groups) and whether they
// are disabled; creating a user with a temporary password and one or more roles; changing roles; disabling or
// enabling an account and resetting a password, each after asking. The API's reasons are shown beside the fields
// they name.
import { api, json } from './kit/api.js';
import { whileBusy } from './kit/busy.js';
import { ask } from './kit/confirm.js';
import { $, el, showError } from './kit/dom.js';
import { fieldErrors } from './kit/fields.js';
import { grantText, onLanguage, showPage, texts } from './kit/i18n.js';
import * as W from './workflow/common.js';

const t = texts('users', {
  usTitle: ['Người dùng', 'Users'],
  usUsername: ['Tên đăng nhập', 'Username'],
  usName: ['Họ và tên', 'Name'],
  usRoles: ['Vai trò', 'Roles'],
  usState: ['Trạng thái', 'State'],
  usActive: ['Đang hoạt động', 'Active'],
  usDisabled: ['Đã vô hiệu hóa', 'Disabled'],
  usMustChange: ['chờ đổi mật khẩu', 'password to change'],
  usCreateTitle: ['Tạo người dùng', 'Create a user'],
  usTempPassword: ['Mật khẩu tạm thời', 'Temporary password'],
  usTempHelp: ['Người dùng phải đổi mật khẩu này khi đăng nhập lần đầu. Ít nhất 10 ký tự, không chứa tên đăng nhập, có ít nhất 4 ký tự khác nhau.',
    'The user must change it at first sign-in. At least 10 characters, not containing the username, at least 4 different characters.'],
  usCreate: ['Tạo người dùng', 'Create user'],
  usCreated: [(n) => `Đã tạo người dùng ${n}.`, (n) => `Created the user ${n}.`],
  usRole: ['Vai trò', 'Role'],
  usProvince: ['Tỉnh, thành phố', 'Province'],
  usGroups: ['Nhóm xử lý', 'Candidate groups'],
  usAddRole: ['Thêm vai trò', 'Add a role'],
  usRemoveRole: ['Bỏ vai trò này', 'Remove this role'],
  usEditRoles: ['Đổi vai trò', 'Change roles'],
  usSaveRoles: ['Lưu vai trò', 'Save roles'],
  usRolesSaved: [(n) => `Đã lưu vai trò của ${n}.`, (n) => `Saved the roles of ${n}.`],
  usCancel: ['Hủy', 'Cancel'],
  usDisable: ['Vô hiệu hóa', 'Disable'],
  usEnable: ['Kích hoạt lại', 'Enable'],
  usAskDisable: [(n, u) => `Vô hiệu hóa tài khoản của ${n} (${u})? Người này bị đăng xuất ngay và không đăng nhập được nữa.`,
    (n, u) => `Disable the account of ${n} (${u})? They are signed out at once and can no longer sign in.`],
  usAskEnable: [(n, u) => `Kích hoạt lại tài khoản của ${n} (${u})? Người này sẽ đăng nhập được trở lại.`,
    (n, u) => `Enable the account of ${n} (${u}) again? They will be able to sign in.`],
  usDisabledNow: [(n) => `Đã vô hiệu hóa tài khoản của ${n}.`, (n) => `Disabled the account of ${n}.`],
  usEnabledNow: [(n) => `Đã kích hoạt lại tài khoản của ${n}.`, (n) => `Enabled the account of ${n}.`],
  usReset: ['Đặt lại mật khẩu', 'Reset password'],
  usResetDo: ['Đặt lại', 'Reset'],
  usAskReset: [(n, u) => `Đặt lại mật khẩu của ${n} (${u})? Người này bị đăng xuất và phải đổi mật khẩu tạm thời khi đăng nhập lại.`,
    (n, u) => `Reset the password of ${n} (${u})? They are signed out and must change the temporary password at next sign-in.`],
  usResetDone: [(n) => `Đã đặt lại mật khẩu của ${n}; hãy báo mật khẩu tạm thời cho người này.`, (n) => `Reset the password of ${n}; tell them the temporary password.`],
  usFailed: ['Chưa lưu: sửa các trường được đánh dấu.', 'Not saved: correct the marked fields.'],
  'roleNames.ADMIN': ['Quản trị hệ thống', 'Administrator'],
  'roleNames.ANALYST': ['Chuyên viên cải cách', 'Analyst'],
  'roleNames.LOCALITY_OFFICER': ['Cán bộ địa phương (một tỉnh)', 'Locality officer (one province)'],
  'roleNames.CASE_OFFICER': ['Cán bộ một cửa (một tỉnh, các nhóm xử lý)', 'Case officer (one province, groups)'],
  'roleNames.VIEWER': ['Người xem', 'Viewer']
});
showPage(t);

const ROLES = ['ADMIN', 'ANALYST', 'LOCALITY_OFFICER', 'CASE_OFFICER', 'VIEWER'];
const SCOPED = ['LOCALITY_OFFICER', 'CASE_OFFICER'];
const WORK_GROUPS = W.GROUPS.filter((g) => g !== 'applicant');
const enc = encodeURIComponent;
/** The code of the refusal of a username that is taken (shown beside the username). */
const USER_EXISTS = 'catalog.account.exists';

let users = [];
let localities = [];
const state = { editing: null, resetting: null };

const localityName = (code) => {
  const l = localities.find((x) => x.code === code);
  return l ? `${code} — ${l.name}` : code;
};
/** A grant in the list of users: the role's name, then its province (a name, marked as data) and groups. */
function roleItem(g) {
  const groups = (g.groups || []).map(W.groupName).join(', ');
  return el('li', {}, grantText({ role: g.role }), g.locality ? [' — ', el('span', { translate: false }, localityName(g.locality))] : null,
    groups ? ` (${groups})` : null);
}


/** One or more roles, each with its province (scoped roles) and candidate groups (case officers). */
function rolesEditor(grants, errors) {
  const box = el('div', { className: 'roles-editor' });
  const rows = [];
  const add = (grant) => {
    const i = rows.length;
    const role = el('select', { className: 'role', name: `role-${i}` }, el('option', { value: '' }, W.t('wfChoose')),
      ...ROLES.map((r) => el('option', { value: r, selected: grant.role === r }, t.of('roleNames', r))));
    const locality = el('select', { className: 'locality', name: `locality-${i}` }, el('option', { value: '' }, W.t('wfChoose')),
      ...localities.map((l) => el('option', { value: l.code, selected: grant.locality === l.code, translate: false }, `${l.code} — ${l.name}`)));
    const groups = WORK_GROUPS.map((g) => el('label', { className: 'group' }, el('input', { type: 'checkbox', value: g,
      checked: (grant.groups || []).includes(g) }), ' ', W.groupName(g)));
    const where = el('label', { className: 'where' }, t('usProvince') + ' ', locality, errors.node(`roles[${i}].locality`));
    const groupBox = el('span', { className: 'groups' }, t('usGroups') + ': ', ...groups, errors.node(`roles[${i}].groups`));
    const remove = el('button', { type: 'button', className: 'link remove-role', onclick: () => { row.remove(); row.dataset.removed = '1'; } }, t('usRemoveRole'));
    const row = el('div', { className: 'role-row', dataset: { index: i } }, el('label', {}, t('usRole') + ' ', role,
      errors.node(`roles[${i}].role`)), where, groupBox, remove);
    const sync = () => {
      where.hidden = !SCOPED.includes(role.value);
      groupBox.hidden = role.value !== 'CASE_OFFICER';
    };
    role.addEventListener('change', sync);
    sync();
    rows.push({ row, role, locality, groups });
    box.insertBefore(row, addButton);
  };
  const addButton = el('button', { type: 'button', className: 'secondary add-role', onclick: () => add({}) }, t('usAddRole'));
  box.append(addButton, errors.node('roles'));
  (grants.length ? grants : [{}]).forEach(add);
  const live = () => rows.filter((r) => !r.row.dataset.removed);
  return {
    node: box,
    /** The API's field path of a role ("roles[1].locality" of the roles sent) as the row it came from. */
    rename: (field) => field.replace(/^roles\[(\d+)\]/, (whole, i) => {
      const r = live()[Number(i)];
      return r ? `roles[${rows.indexOf(r)}]` : whole;
    }),
    value: () => live().map((r) => ({
      role: r.role.value || null,
      locality: SCOPED.includes(r.role.value) ? (r.locality.value || null) : null,
      groups: r.role.value === 'CASE_OFFICER' ? r.groups.map((g) => g.querySelector('input')).filter((c) => c.checked).map((c) => c.value) : []
    }))
  };
}

function say(text) {
  $('users-message').textContent = text || '';
}

// ---- the list
function render() {
  const rows = [];
  users.forEach((u) => {
    const actions = el('td', { className: 'actions' },
      el('button', { type: 'button', className: 'secondary edit-roles', onclick: () => { state.editing = state.editing === u.username ? null : u.username; state.resetting = null; render(); } }, t('usEditRoles')), ' ',
      el('button', { type: 'button', className: 'secondary toggle-disabled', onclick: (e) => toggleDisabled(u, e.currentTarget) }, u.disabled ? t('usEnable') : t('usDisable')), ' ',
      el('button', { type: 'button', className: 'secondary reset-password', onclick: () => { state.resetting = state.resetting === u.username ? null : u.username; state.editing = null; render(); } }, t('usReset')));
    rows.push(el('tr', { className: 'user' + (u.disabled ? ' disabled' : ''), dataset: { username: u.username } },
      el('td', { className: 'username', translate: false }, u.username),
      el('td', { className: 'display-name', translate: false }, u.displayName),
      el('td', { className: 'roles' }, el('ul', { className: 'plain' }, (u.roles || []).map(roleItem))),
      el('td', { className: 'state' }, u.disabled ? el('strong', { className: 'error' }, t('usDisabled')) : t('usActive'),
        u.mustChangePassword ? el('span', { className: 'note' }, ' (' + t('usMustChange') + ')') : null),
      actions));
    if (state.editing === u.username) rows.push(editRow(u));
    if (state.resetting === u.username) rows.push(resetRow(u));
  });
  $('user-list').tBodies[0].replaceChildren(...rows);
}

function editRow(u) {
  const errors = fieldErrors({ [USER_EXISTS]: 'username' });
  const editor = rolesEditor(u.roles || [], errors);
  const problem = el('p', { className: 'error' });
  const form = el('form', { className: 'stacked user-editor', id: 'roles-form', onsubmit: async (e) => {
    e.preventDefault();
    problem.textContent = '';
    try {
      await whileBusy(e.submitter, () => api(`/api/users/${enc(u.username)}`, json('PUT', { roles: editor.value() })));
      state.editing = null;
      say(t('usRolesSaved', u.displayName));
      await load();
    } catch (err) {
      if (!errors.show(err, problem, editor.rename)) problem.textContent = err.message; else if (!problem.textContent) problem.textContent = t('usFailed');
    }
  } }, editor.node, problem, el('div', {}, el('button', { type: 'submit', id: 'roles-save' }, t('usSaveRoles')), ' ',
    el('button', { type: 'button', className: 'secondary', onclick: () => { state.editing = null; render(); } }, t('usCancel'))));
  return el('tr', { className: 'user-edit' }, el('td', { colSpan: 5 }, form));
}

function resetRow(u) {
  const errors = fieldErrors({ [USER_EXISTS]: 'username' });
  const password = el('input', { type: 'text', id: 'reset-password', autocomplete: 'off', size: 24 });
  const problem = el('p', { className: 'error' });
  const form = el('form', { className: 'stacked user-editor', id: 'reset-form', onsubmit: async (e) => {
    e.preventDefault();
    problem.textContent = '';
    if (!await ask(t('usAskReset', u.displayName, u.username), t('usResetDo'))) return;
    try {
      await whileBusy(e.submitter, () => api(`/api/users/${enc(u.username)}`, json('PUT', { password: password.value })));
      state.resetting = null;
      say(t('usResetDone', u.displayName));
      await load();
    } catch (err) {
      if (!errors.show(err, problem)) problem.textContent = err.message;
    }
  } }, el('label', {}, t('usTempPassword'), password, errors.node('password')), el('p', { className: 'note' }, t('usTempHelp')), problem,
  el('div', {}, el('button', { type: 'submit', id: 'reset-do' }, t('usResetDo')), ' ',
    el('button', { type: 'button', className: 'secondary', onclick: () => { state.resetting = null; render(); } }, t('usCancel'))));
  return el('tr', { className: 'user-edit' }, el('td', { colSpan: 5 }, form));
}

async function toggleDisabled(u, button) {
  const disable = !u.disabled;
  if (!await ask(t(disable ? 'usAskDisable' : 'usAskEnable', u.displayName, u.username), disable ? t('usDisable') : t('usEnable'))) return;
  showError(null);
  try {
    await whileBusy(button, () => api(`/api/users/${enc(u.username)}`, json('PUT', { disabled: disable })));
    say(t(disable ? 'usDisabledNow' : 'usEnabledNow', u.displayName));
    await load();
  } catch (e) { showError(new Error(e.message)); }
}

// ---- creating a user
function renderCreate() {
  const errors = fieldErrors({ [USER_EXISTS]: 'username' });
  const input = (id, type) => el('input', { type, id, autocomplete: 'off', spellcheck: false });
  const username = input('new-username', 'text');
  const displayName = input('new-display-name', 'text');
  const password = input('new-user-password', 'text');
  const editor = rolesEditor([], errors);
  const problem = el('p', { className: 'error', id: 'create-error' });
  const form = el('form', { className: 'stacked', id: 'create-form', onsubmit: async (e) => {
    e.preventDefault();
    problem.textContent = '';
    errors.clear();
    try {
      const created = await whileBusy(e.submitter, () => api('/api/users', json('POST', { username: username.value.trim(),
        displayName: displayName.value.trim(), password: password.value, roles: editor.value() })));
      say(t('usCreated', created.displayName));
      renderCreate();
      await load();
    } catch (err) {
      if (!errors.show(err, problem, editor.rename)) problem.textContent = err.message; else if (!problem.textContent) problem.textContent = t('usFailed');
    }
  } },
  el('label', {}, t('usUsername'), username, errors.node('username')),
  el('label', {}, t('usName'), displayName, errors.node('displayName')),
  el('label', {}, t('usTempPassword'), password, errors.node('password')),
  el('p', { className: 'note' }, t('usTempHelp')),
  el('div', {}, el('span', {}, t('usRoles')), editor.node),
  problem,
  el('button', { type: 'submit', id: 'create-submit' }, t('usCreate')));
  $('create-form-box').replaceChildren(form);
}

async function load() {
  users = await api('/api/users');
  render();
}

async function init() {
  try {
    localities = (await api('/api/localities')).filter((l) => l.code !== 'VN');
    renderCreate();
    await load();
  } catch (e) { showError(e); }
}

onLanguage(() => { render(); renderCreate(); });
init();

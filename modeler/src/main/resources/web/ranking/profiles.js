// The priority profiles on the ranking page: the chosen profile's description and, for central reform staff, saving
// the weights shown as a new named profile (a short key and, optionally, a name shown to people), changing a profile's description and weights, and deleting a profile —
// except the default one, which the ranking falls back to (the page says so and offers no delete). A refusal is
// shown at its field: a name taken or malformed at the name, weights that cannot be used at the weights.
import { api, currentUser, json } from '../kit/api.js';
import { whileBusy } from '../kit/busy.js';
import { ask } from '../kit/confirm.js';
import { el, withNames } from '../kit/dom.js';
import { fieldErrors } from '../kit/fields.js';
import { onLanguage, texts } from '../kit/i18n.js';
import { nameOf } from '../kit/names.js';
import { isCentral } from '../kit/roles.js';

/** The profile the ranking falls back to; it cannot be deleted. */
export const DEFAULT_PROFILE = 'balanced';
/** The refusal of a profile name that is taken (a 409 without errors[]), shown at the name. */
const NAME_TAKEN = 'catalog.profile.exists';

const t = texts('profiles', {
  saveNew: ['Lưu trọng số thành bộ tiêu chí mới…', 'Save the weights as a new profile…'],
  edit: ['Sửa bộ tiêu chí này…', 'Edit this profile…'],
  remove: ['Xóa bộ tiêu chí này', 'Delete this profile'],
  defaultKept: [(name) => `Bộ tiêu chí mặc định “${name}” không xóa được: bảng xếp hạng dùng bộ này khi không chọn bộ nào khác.`,
    (name) => `The default profile “${name}” cannot be deleted: the ranking uses it when no other is chosen.`],
  newTitle: ['Bộ tiêu chí mới từ các trọng số đang dùng', 'New profile from the weights in use'],
  editTitle: [(name) => `Sửa bộ tiêu chí “${name}”`, (name) => `Edit profile “${name}”`],
  name: ['Tên ngắn (khóa)', 'Short name (key)'],
  displayName: ['Tên hiển thị', 'Display name'],
  displayNameHint: ['tên mọi người đọc, ví dụ: Ưu tiên hộ tịch', 'the name people read, e.g. Civil status first'],
  nameHint: ['chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ: uu-tien-ho-tich', 'lower-case letters, digits and hyphens, e.g. civil-status-first'],
  description: ['Mô tả', 'Description'],
  weightsFrom: ['Trọng số: các giá trị đang nhập ở trên', 'Weights: the values entered above'],
  save: ['Lưu bộ tiêu chí', 'Save profile'],
  cancel: ['Hủy', 'Cancel'],
  deleteQuestion: [(name) => `Xóa bộ tiêu chí “${name}”? Bảng xếp hạng sẽ dùng bộ tiêu chí mặc định. Không hoàn tác được.`,
    (name) => `Delete profile “${name}”? The ranking will use the default profile. This cannot be undone.`],
  deleteYes: ['Xóa bộ tiêu chí', 'Delete profile']
});

/** The name people read for profile: the display name someone gave it, else a built-in's translation, else its key. */
export function profileName(profile) {
  return profile.displayName || nameOf('profile', profile.name);
}

/** Whether people read a name someone typed for profile (data, not to be translated), not a built-in's translation. */
function typedName(profile) {
  return Boolean(profile.displayName) || nameOf('profile', profile.name) === profile.name;
}

/** A choice of profile named as people read it; a name someone typed (no built-in's) is data, marked as such. */
export function profileOption(profile) {
  const option = new Option(profileName(profile), profile.name);
  if (profile.displayName) option.dataset.displayName = profile.displayName;
  option.translate = !typedName(profile);
  return option;
}

/** Names the options of a profile select again in the language now chosen (a display name stays as typed). */
export function renameProfileOptions(select) {
  [...select.options].forEach((o) => { o.textContent = o.dataset.displayName || nameOf('profile', o.value); });
}

/** The profile as the delete question names it: its display name with its key, or its name alone. */
function namedWithKey(profile) {
  return profile.displayName ? `${profile.displayName} (${profile.name})` : profileName(profile);
}

/**
 * Shows the profile tools in box. host gives the chosen profile (profile(): {name, description, weights, version}),
 * the weights entered (weights(): {CRITERION: number}) and reloads the profiles choosing one (reload(name): Promise).
 */
export async function showProfileTools(box, host) {
  let user = null;
  try { user = await currentUser(); } catch { user = null; }
  const central = isCentral(user);
  let editing = null;
  const errors = fieldErrors({ [NAME_TAKEN]: 'name' });
  const general = el('p', { className: 'error', id: 'profile-error', role: 'alert' });

  const form = () => {
    const creating = editing === 'new';
    const profile = host.profile();
    const name = el('input', { id: 'profile-name', type: 'text', maxLength: 64, pattern: '[a-z0-9-]{1,64}', placeholder: t('nameHint') });
    const displayName = el('input', { id: 'profile-display-name', type: 'text', maxLength: 100, placeholder: t('displayNameHint') });
    displayName.value = creating ? '' : (profile.displayName || '');
    const description = el('textarea', { id: 'profile-description', rows: 2, cols: 60, maxLength: 1000 });
    description.value = creating ? '' : profile.description;
    const save = el('button', { id: 'profile-save', type: 'submit' }, t('save'));
    const cancel = el('button', { id: 'profile-cancel', type: 'button', className: 'secondary',
      onclick: () => { editing = null; render(); } }, t('cancel'));
    const submit = async (e) => {
      e.preventDefault();
      errors.clear();
      general.textContent = '';
      const body = { displayName: displayName.value.trim() || null, description: description.value, weights: host.weights() };
      try {
        await whileBusy(save, async () => {
          if (creating) {
            const created = await api('/api/profiles', json('POST', Object.assign({ name: name.value.trim() }, body)));
            editing = null;
            await host.reload(created.name);
          } else {
            await api('/api/profiles/' + encodeURIComponent(profile.name),
              json('PUT', Object.assign({ version: profile.version }, body)));
            editing = null;
            await host.reload(profile.name);
          }
        });
      } catch (error) {
        if (!errors.show(error, general)) general.textContent = error.message;
      }
    };
    return el('form', { id: 'profile-form', className: 'profile-form', onsubmit: submit },
      el('strong', {}, creating ? t('newTitle') : withNames(t('editTitle', profileName(profile)))),
      creating ? el('label', {}, t('name'), ' ', name, ' ', errors.node('name')) : null,
      el('label', {}, t('displayName'), ' ', displayName, ' ', errors.node('displayName')),
      el('label', {}, t('description'), ' ', description, ' ', errors.node('description')),
      el('span', { className: 'note' }, t('weightsFrom'), ' ', errors.node('weights')),
      el('span', {}, save, ' ', cancel), general);
  };

  const remove = async () => {
    const profile = host.profile();
    if (!await ask(t('deleteQuestion', namedWithKey(profile)), t('deleteYes'))) return;
    try {
      await api('/api/profiles/' + encodeURIComponent(profile.name), { method: 'DELETE' });
      await host.reload(DEFAULT_PROFILE);
    } catch (error) {
      general.textContent = error.message;
    }
  };

  const render = () => {
    const profile = host.profile();
    if (!profile) return;
    const about = el('p', { id: 'profile-about', className: 'note', translate: false }, profile.description);
    if (!central) {
      box.replaceChildren(about);
      return;
    }
    const isDefault = profile.name === DEFAULT_PROFILE;
    const tools = el('div', { className: 'profile-actions' },
      el('button', { id: 'profile-new', type: 'button', className: 'secondary', onclick: () => { editing = 'new'; render(); } }, t('saveNew')),
      el('button', { id: 'profile-edit', type: 'button', className: 'secondary', onclick: () => { editing = 'edit'; render(); } }, t('edit')),
      isDefault ? el('span', { id: 'profile-default-note', className: 'note' },
        withNames(t('defaultKept', nameOf('profile', profile.name))))
        : el('button', { id: 'profile-delete', type: 'button', className: 'secondary', onclick: remove }, t('remove')));
    box.replaceChildren(about, tools, editing ? form() : general);
  };

  onLanguage(render);
  render();
  return {
    /** Shows the tools again for the profile now chosen (closing a form that was open). */
    chosen() {
      editing = null;
      render();
    }
  };
}

// The templates page: packages, the import wizard (upload, every error in a table, fix, re-upload), versions and
// their diff, forms (DOCX and a preview with the form-js viewer when present), the adoption editor of a locality
// and the deviation report.
import { api, currentUser, params } from './kit/api.js';
import { busyDownload, whileBusy } from './kit/busy.js';
import { confirmAction } from './kit/confirm.js';
import { isCentral, mayActForLocality } from './kit/roles.js';
import { longTable } from './kit/datatable.js';
import { $, data, el, fileChooser, showError, withNames } from './kit/dom.js';
import { formViewer as configuredViewer, markSchemaTexts } from './kit/forms.js';
import { date, number, vnd } from './kit/format.js';
import { onLanguage, showPage, texts } from './kit/i18n.js';
import { nameOf } from './kit/names.js';
import { changeLine, deviationLine } from './template/changes.js';

const t = texts('templates', {
  tplTitle: ['Gói mẫu thủ tục và biểu mẫu', 'Procedure and form template packages'],
  tplVersionsTitle: ['Các phiên bản của gói mẫu', 'Versions of the package'],
  tplVersionsNoun: ['phiên bản', 'versions'],
  tplDeviationsTitle: ['Khác biệt của địa phương so với chuẩn', 'Local deviations from the standard'],
  tplLocalitiesNoun: ['địa phương', 'localities'],
  tplPackages: ['Gói mẫu', 'Packages'],
  tplBlank: ['Tải bảng tính trống', 'Download blank workbook'],
  tplCode: ['Mã', 'Code'],
  tplName: ['Tên thủ tục', 'Procedure'],
  tplVersion: ['Phiên bản', 'Version'],
  tplStatus: ['Trạng thái', 'Status'],
  tplFields: ['Số trường', 'Fields'],
  tplImport: ['Nhập gói mẫu', 'Import a package'],
  tplImportHelp: ['Tải lên bảng tính (.xlsx) hoặc tệp JSON. Nếu có lỗi, mọi lỗi được liệt kê theo trang tính, dòng, cột và không có gì được ghi: sửa tệp rồi tải lên lại.', 'Upload a workbook (.xlsx) or a JSON file. Every error is listed by sheet, row and column and nothing is written: fix the file and upload it again.'],
  tplUpload: ['Tải lên', 'Upload'],
  tplSheet: ['Trang tính', 'Sheet'],
  tplRow: ['Dòng', 'Row'],
  tplColumn: ['Cột', 'Column'],
  tplProblem: ['Lỗi', 'Problem'],
  tplChooseFile: ['Hãy chọn một tệp.', 'Choose a file.'],
  tplTooLarge: [(f, mb) => `${f} nặng ${mb} MiB: tệp nhập tối đa 20 MiB.`, (f, mb) => `${f} is ${mb} MiB: an import may be at most 20 MiB.`],
  tplErrors: [(n) => `Gói mẫu chưa được nhập: ${n} lỗi. Sửa các lỗi dưới đây trong tệp rồi tải lên lại.`, (n) => `The package was not imported: ${n} problem(s). Fix them in the file and upload it again.`],
  tplImported: ['Ngày nhập', 'Imported'],
  tplCreated: [(c, v) => `Đã nhập gói ${c}, phiên bản ${v}.`, (c, v) => `Imported package ${c}, version ${v}.`],
  tplUnchanged: [(c, v) => `Gói ${c}, phiên bản ${v} đã có với cùng nội dung: không thay đổi.`, (c, v) => `Package ${c} version ${v} is already stored with the same content: nothing changed.`],
  tplVersions: ['Các phiên bản', 'Versions'],
  tplPublish: ['Công bố', 'Publish'],
  tplDiff: ['So sánh hai phiên bản', 'Compare two versions'],
  tplFrom: ['Từ', 'From'],
  tplTo: ['Đến', 'To'],
  tplCompare: ['So sánh', 'Compare'],
  tplNoDiff: ['Không có khác biệt.', 'No difference.'],
  tplProcedure: ['Thông tin thủ tục', 'Procedure data'],
  tplComponents: ['Thành phần hồ sơ', 'Dossier components'],
  tplFeesTitle: ['Phí, lệ phí', 'Fees'],
  tplFieldsTitle: ['Trường thông tin', 'Fields'],
  tplForms: ['Biểu mẫu', 'Forms'],
  tplDocx: ['In (DOCX)', 'Print (DOCX)'],
  tplPreview: ['Xem trước', 'Preview'],
  tplAdoption: ['Áp dụng tại địa phương', 'Local adoption'],
  tplAdoptionHelp: ['Địa phương chỉ được thay đổi: cơ quan thực hiện, mức phí địa phương, thời hạn không dài hơn chuẩn, hướng dẫn ghi địa phương.', 'A locality may change only: the implementing agency, local fees, a processing time not longer than the standard, local help texts.'],
  tplLocality: ['Địa phương', 'Locality'],
  tplCentralVersion: ['Phiên bản trung ương', 'Central version'],
  tplAgency: ['Cơ quan thực hiện', 'Implementing agency'],
  tplDays: ['Thời hạn (ngày làm việc)', 'Processing time (working days)'],
  tplSaveAdoption: ['Lưu áp dụng', 'Save adoption'],
  tplUpgradeTo: ['Nâng lên phiên bản', 'Upgrade to version'],
  tplUpgrade: ['Nâng cấp', 'Upgrade'],
  tplFeeOverrides: ['Mức phí địa phương (đồng)', 'Local fee amounts (VND)'],
  tplHelpOverrides: ['Hướng dẫn ghi địa phương', 'Local help texts'],
  tplAddHelp: ['Thêm hướng dẫn', 'Add help text'],
  tplAsStandard: ['(như chuẩn)', '(as the standard)'],
  tplSaved: [(l, v) => `Đã lưu áp dụng của ${l} (phiên bản ${v}).`, (l, v) => `Saved the adoption of ${l} (version ${v}).`],
  tplRefused: ['Không lưu được — vượt quá phạm vi địa phương được thay đổi:', 'Not saved — beyond what a locality may change:'],
  tplConflicts: ['Cần giải quyết trước khi nâng cấp:', 'To resolve before upgrading:'],
  tplStandard: ['chuẩn', 'standard'],
  tplLocal: ['địa phương', 'local'],
  tplDeviations: ['Sai khác so với chuẩn quốc gia', 'Deviations from the national standard'],
  tplDownloadXlsx: ['Tải XLSX', 'Download XLSX'],
  tplHow: ['Sai khác', 'How'],
  tplDevSummary: [(v, a, c) => `Chuẩn: phiên bản ${v}. ${a} địa phương áp dụng, ${c} đúng chuẩn.`, (v, a, c) => `Standard: version ${v}. ${a} localities adopted it, ${c} conform.`],
  tplNoPublished: ['Chưa có phiên bản công bố.', 'No published version yet.'],
  tplAskPublish: ['Công bố phiên bản này làm chuẩn quốc gia? Các địa phương sẽ áp dụng và được so sánh theo phiên bản này.', 'Publish this version as the national standard? Localities will adopt it and be compared with it.'],
  tplPackage: ['Gói mẫu', 'Package'],
  tplScope: ['Phạm vi', 'Scope'],
  tplNationwide: ['Toàn quốc (chuẩn quốc gia)', 'Nationwide (national standard)'],
  tplFirstPublished: [(v) => `${v} (lần công bố đầu tiên)`, (v) => `${v} (first publication)`],
  tplAdopters: ['Địa phương đang áp dụng', 'Localities adopting'],
  tplAdoptersN: [(n) => `${n} — giữ phiên bản đang áp dụng cho đến khi nâng cấp`, (n) => `${n} — they keep their version until they upgrade`],
  tplAskUpgrade: ['Nâng cấp áp dụng của địa phương lên phiên bản mới? Các điều chỉnh địa phương được giữ lại nếu vẫn phù hợp.', 'Upgrade the locality\'s adoption to the new version? Its local changes are kept where they still fit.'],
  tplKept: ['Điều chỉnh địa phương', 'Local changes'],
  tplKeptN: [(n) => `${n} mục được giữ lại`, (n) => `${n} kept`],
  tplNoAdoption: ['Địa phương này chưa áp dụng: hãy lưu áp dụng trước.', 'This locality has not adopted yet: save an adoption first.'],
  tplItem: ['Mục', 'Item'],
  tplLocalValue: ['Giá trị địa phương', 'Local value'],
  tplOldStandard: [(v) => `Chuẩn cũ (${v})`, (v) => `Old standard (${v})`],
  tplNewStandard: [(v) => `Chuẩn mới (${v})`, (v) => `New standard (${v})`],
  tplWhy: ['Lý do', 'Why'],
  tplChoice: ['Cách giải quyết', 'Resolution'],
  tplKeep: ['Giữ', 'Keep'],
  tplChange: ['Sửa thành', 'Change to'],
  tplDrop: ['Bỏ (theo chuẩn)', 'Drop (follow the standard)'],
  tplGone: ['(không còn)', '(gone)'],
  tplApply: ['Áp dụng lựa chọn và nâng cấp', 'Apply the choices and upgrade'],
  tplFeeCap: ['không cao hơn mức chuẩn', 'not above the standard'],
  tplFeeFree: ['HĐND tỉnh được quyết định mức cao hơn', 'the provincial council may set a higher amount'],
  tplPrintAs: ['In và xem trước theo', 'Print and preview as'],
  tplNational: ['Chuẩn quốc gia', 'National standard']
});
showPage(t);
const BURDEN = ['EXTRA_DOCUMENT', 'LONGER_TIME', 'HIGHER_FEE', 'EXTRA_FIELD'];
const state = { code: params.get('code'), packages: [], versions: [], localities: [], agencies: [], pkg: null };
const enc = encodeURIComponent;

async function loadPackages() {
  state.packages = await api('/api/templates');
  const body = $('package-list').tBodies[0];
  body.replaceChildren(...state.packages.map((p) => el('tr', {
    className: 'item' + (p.code === state.code ? ' selected' : ''), dataset: { code: p.code },
    onclick: () => select(p.code)
  }, el('td', {}, p.code), data('td', {}, p.name), el('td', {}, p.version), el('td', {}, nameOf('packageStatus', p.status)),
  el('td', { className: 'num' }, p.fieldCount))));
}

// ---- import wizard
async function upload(event) {
  event.preventDefault();
  const file = $('import-file').files[0];
  const result = $('import-result');
  const table = $('import-errors');
  table.hidden = true;
  if (!file) { result.replaceChildren(el('p', { className: 'error' }, t('tplChooseFile'))); return; }
  if (file.size > 20 * 1024 * 1024) {
    // The server refuses it too (413), but a browser may only see the connection closed mid-upload.
    result.replaceChildren(el('p', { className: 'error' }, t('tplTooLarge', file.name, number(file.size / 1048576, 1))));
    return;
  }
  const form = new FormData();
  form.append('file', file);
  try {
    const r = await whileBusy($('import-button'), () => api('/api/templates/import', { method: 'POST', body: form }));
    result.replaceChildren(el('p', { className: 'notice ok', id: 'import-ok' },
      r.created ? t('tplCreated', r.version.code, r.version.version) : t('tplUnchanged', r.version.code, r.version.version)));
    await loadPackages();
    await select(r.version.code);
  } catch (e) {
    if (e.status === 400 && e.body && e.body.errors && e.body.errors.length && 'sheet' in e.body.errors[0]) {
      result.replaceChildren(el('p', { className: 'error' }, t('tplErrors', e.body.errors.length)));
      table.tBodies[0].replaceChildren(...e.body.errors.map((x, i) => el('tr', {},
        el('td', {}, i + 1), data('td', {}, x.sheet || ''), el('td', { className: 'num' }, x.row == null ? '' : x.row),
        el('td', {}, x.column || ''), el('td', {}, cellMessage(x)))));
      table.hidden = false;
    } else {
      result.replaceChildren(el('p', { className: 'error' }, e.message));
    }
  }
}

// ---- detail
async function select(code) {
  state.code = code;
  history.replaceState(null, '', '?code=' + enc(code));
  document.querySelectorAll('#package-list tr.item').forEach((r) => r.classList.toggle('selected', r.dataset.code === code));
  try {
    state.versions = await api(`/api/templates/${enc(code)}/versions`);
    state.pkg = await api(`/api/templates/${enc(code)}/versions/${enc(state.versions[state.versions.length - 1].version)}`);
    renderDetail();
    await formLocalities();
    await renderAdoption();
    await renderDeviations();
    showError(null);
  } catch (e) { showError(e); }
}

function renderDetail() {
  $('detail').hidden = false;
  $('detail-title').replaceChildren(`${state.pkg.code} — `, data('span', {}, state.pkg.name));
  $('versions').tBodies[0].replaceChildren(...state.versions.map((v) => el('tr', { dataset: { version: v.version } },
    el('td', {}, v.version), el('td', {}, nameOf('packageStatus', v.status)), el('td', {}, date(v.importedAt)),
    el('td', { className: 'num' }, v.fieldCount),
    el('td', {}, v.status === 'DRAFT' && isCentral(state.user) ? el('button', { type: 'button', className: 'secondary publish',
      onclick: (e) => publish(v.version, e.currentTarget) }, t('tplPublish')) : ''))));
  const options = () => state.versions.map((v) => el('option', { value: v.version }, v.version));
  $('diff-from').replaceChildren(...options());
  $('diff-to').replaceChildren(...options());
  if (state.versions.length > 1) $('diff-from').value = state.versions[state.versions.length - 2].version;
  $('diff-to').value = state.versions[state.versions.length - 1].version;
  $('diff').replaceChildren();
  renderForms();
  $('preview').hidden = true;
}

/** The package's forms, printed and previewed as the national standard or as a chosen province adopted them. */
function renderForms() {
  const locality = $('form-locality').value;
  const query = `version=${enc(state.pkg.version)}${locality ? '&locality=' + enc(locality) : ''}`;
  $('forms').replaceChildren(...state.pkg.forms.map((f) => {
    const docx = el('a', { className: 'button secondary docx', href: `/api/templates/${enc(state.pkg.code)}/forms/${enc(f.code)}.docx?${query}` }, t('tplDocx'));
    busyDownload(docx, showError);
    return el('li', {}, data('span', {}, `${f.code} — ${f.title}`), ' ', docx, ' ',
      el('button', { type: 'button', className: 'secondary preview', onclick: (e) => preview(f.code, e.currentTarget) }, t('tplPreview')));
  }));
}

/** The provinces that adopted the package, offered for printing as they apply it. */
async function formLocalities() {
  const select = $('form-locality');
  const chosen = select.value;
  const adoptions = await api(`/api/templates/${enc(state.code)}/adoptions`).catch(() => []);
  const names = Object.fromEntries((await api('/api/localities').catch(() => [])).map((l) => [l.code, l.name]));
  select.replaceChildren(el('option', { value: '' }, t('tplNational')),
    ...adoptions.map((a) => data('option', { value: a.localityCode }, `${a.localityCode} — ${names[a.localityCode] || ''} (${a.centralVersion})`)));
  select.value = adoptions.some((a) => a.localityCode === chosen) ? chosen : '';
  renderForms();
}

async function publish(version, button) {
  const current = state.versions.filter((v) => v.status === 'PUBLISHED').map((v) => v.version).pop();
  let adopters = 0;
  try { adopters = (await api(`/api/templates/${enc(state.code)}/adoptions`)).length; } catch { /* none yet */ }
  if (!await confirmAction({
    question: t('tplAskPublish'),
    facts: [['package', t('tplPackage'), data('span', {}, `${state.pkg.code} — ${state.pkg.name}`)],
      ['scope', t('tplScope'), t('tplNationwide')],
      ['version', t('tplVersion'), current ? `${current} → ${version}` : t('tplFirstPublished', version)],
      ['adoptions', t('tplAdopters'), t('tplAdoptersN', number(adopters, 0))]]
  })) return;
  try {
    await whileBusy(button, async () => {
      await api(`/api/templates/${enc(state.code)}/versions/${enc(version)}/publish`, { method: 'POST' });
      await loadPackages();
      await select(state.code);
    });
  } catch (e) { showError(e); }
}

async function diff(event) {
  event.preventDefault();
  try {
    const d = await whileBusy(event.submitter, () => api(`/api/templates/${enc(state.code)}/diff?from=${enc($('diff-from').value)}&to=${enc($('diff-to').value)}`));
    const section = (title, items) => items.length ? [el('h4', {}, title), el('ul', {}, items.map((i) => el('li', { className: 'diff-' + i.kind },
      `${nameOf('change', i.kind)}: ${i.label || i.id}`,
      i.changes.length ? ` (${i.changes.map((c) => changeLine(c)).join('; ')})` : '')))] : [];
    const procedure = d.procedure.length ? [el('h4', {}, t('tplProcedure')), el('ul', {}, d.procedure.map((c) =>
      el('li', { className: 'diff-CHANGED' }, changeLine(c))))] : [];
    const parts = [...procedure, ...section(t('tplComponents'), d.components), ...section(t('tplFeesTitle'), d.fees),
      ...section(t('tplFieldsTitle'), d.fields)];
    $('diff').replaceChildren(...(parts.length ? parts : [el('p', {}, t('tplNoDiff'))]));
  } catch (e) { showError(e); }
}

// ---- preview: the form-js viewer when the page has it, else a plain rendering of the schema
let viewerLoad = null;
function formViewer() {
  if (window.FormViewer) return Promise.resolve(configuredViewer());
  if (!viewerLoad) {
    viewerLoad = new Promise((resolve) => {
      const css = el('link', { rel: 'stylesheet', href: '/vendor/form-viewer.css' });
      const script = el('script', { src: '/vendor/form-viewer.umd.js' });
      script.onload = () => { document.head.append(css); resolve(window.FormViewer ? configuredViewer() : null); };
      script.onerror = () => resolve(null);
      document.head.append(script);
    });
  }
  return viewerLoad;
}

async function preview(form, button) {
  const box = $('preview');
  box.hidden = false;
  try {
    const locality = $('form-locality').value;
    const schema = await whileBusy(button, () => api(`/api/templates/${enc(state.code)}/forms/${enc(form)}/formjs?version=${enc(state.pkg.version)}${locality ? '&locality=' + enc(locality) : ''}`));
    const viewer = await formViewer();
    box.replaceChildren();
    if (viewer && (viewer.createForm || viewer.Form)) {
      box.dataset.renderer = 'form-js';
      if (viewer.createForm) await viewer.createForm({ schema, container: box });
      else await new viewer.Form({ container: box }).importSchema(schema);
      markSchemaTexts(box);
    } else {
      box.dataset.renderer = 'html';
      box.append(el('div', { className: 'pv-header' }, el('strong', {}, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), el('br'),
        el('u', {}, 'Độc lập - Tự do - Hạnh phúc')));
      schema.components.forEach((c) => box.append(render(c)));
    }
  } catch (e) { showError(e); }
}

function render(c) {
  // a text component is a Markdown heading whose punctuation the server escaped: shown as the plain title
  if (c.type === 'text') return el('h4', { className: 'pv-header' }, c.text.replace(/^#\s*/, '').replace(/\\(.)/g, '$1').toUpperCase());
  if (c.type === 'group') return el('div', {}, el('h4', {}, c.label), (c.components || []).map(render));
  const label = (c.label || c.dateLabel || '') + ((c.validate && c.validate.required) ? ' *' : '');
  let input;
  if (c.type === 'dynamiclist') {
    input = el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'STT'), c.components.map((x) => el('th', {}, x.label)))),
      el('tbody', {}, [1, 2].map((n) => el('tr', {}, el('td', {}, n), c.components.map(() => el('td', {}, ' '))))));
  } else if (c.values) {
    input = el('span', {}, c.values.map((v) => `☐ ${v.label}  `).join(''));
  } else if (c.type === 'checkbox') {
    input = el('span', {}, '☐');
  } else {
    input = el('span', { className: 'pv-dots' }, ' ');
  }
  return el('div', { className: 'pv-field', dataset: { key: c.key || '' } }, el('span', {}, label + ': '), input,
    c.description ? el('div', { className: 'pv-help' }, c.description) : null);
}

/**
 * An import error's sentence as the parts of a line: the workbook's own column header that leads it (the label ends
 * with it in brackets: "…, cột E (Kiểu trường)") and the values it quotes are the file's words, marked as data.
 */
function cellMessage(x) {
  const header = /\(([^()]*)\)$/.exec(x.label || '');
  const lead = header && header[1] + ': ';
  return lead && x.message.startsWith(lead)
    ? [data('span', {}, header[1]), ': ', ...withNames(x.message.slice(lead.length))] : withNames(x.message);
}

// ---- adoption editor
async function renderAdoption() {
  const published = state.versions.filter((v) => v.status === 'PUBLISHED');
  $('adoption').hidden = published.length === 0 || !mayActForLocality(state.user);
  if ($('adoption').hidden) return;
  if (!state.localities.length) {
    // A locality officer adopts for their own provinces only.
    state.localities = (await api('/api/localities')).filter((l) => l.code !== 'VN' && mayActForLocality(state.user, l.code));
    state.agencies = await api('/api/agencies');
    $('adopt-locality').replaceChildren(...state.localities.map((l) => data('option', { value: l.code }, `${l.code} — ${l.name}`)));
  }
  const versionOptions = () => published.map((v) => el('option', { value: v.version }, v.version));
  $('adopt-version').replaceChildren(...versionOptions());
  $('upgrade-version').replaceChildren(...versionOptions());
  $('adopt-version').value = published[published.length - 1].version;
  $('upgrade-version').value = published[published.length - 1].version;
  $('adopt-agency').replaceChildren(el('option', { value: '' }, t('tplAsStandard')),
    ...state.agencies.map((a) => data('option', { value: a.code }, `${a.code} — ${a.name}`)));
  $('adoption-result').replaceChildren();
  await loadAdoption();
}

let adoptionLoads = 0;

/** Fills the adoption editor with the chosen province's adoption; only the latest of overlapping loads is shown. */
async function loadAdoption() {
  const ticket = ++adoptionLoads;
  const locality = $('adopt-locality').value;
  let adoption = null;
  try {
    adoption = (await api(`/api/templates/${enc(state.code)}/adoptions/${enc(locality)}`)).adoption;
  } catch (e) { if (e.status !== 404) throw e; }
  if (ticket !== adoptionLoads) return;
  state.adoption = adoption;
  if (adoption) $('adopt-version').value = adoption.centralVersion;
  const standard = await api(`/api/templates/${enc(state.code)}/versions/${enc($('adopt-version').value)}`);
  if (ticket !== adoptionLoads) return;
  state.standard = standard;
  const o = adoption ? adoption.overrides : { feeAmounts: {}, helpTexts: {} };
  $('adopt-agency').value = o.agencyCode || '';
  $('adopt-days').value = o.processingDays == null ? '' : o.processingDays;
  $('adopt-days').placeholder = String(standard.processingDays);
  $('adopt-fees').replaceChildren(el('legend', {}, t('tplFeeOverrides')), ...standard.fees.map((f) => el('label', { className: 'fee-field', dataset: { fee: f.id } },
    el('span', {}, data('span', {}, f.name), ` (${t('tplStandard')}: ${vnd(f.amountVnd)}; ${f.localMayExceed ? t('tplFeeFree') : t('tplFeeCap')})`),
    el('input', { type: 'number', min: 0, step: 1, className: 'fee', dataset: { fee: f.id },
      value: o.feeAmounts[f.id] == null ? '' : o.feeAmounts[f.id], placeholder: String(f.amountVnd) }),
    el('span', { className: 'field-error', dataset: { errorFor: 'overrides.feeAmounts.' + f.id } }))));
  const fields = standard.forms.flatMap((form) => form.sections.flatMap((s) => s.fields.flatMap((f) => [f, ...f.columns])));
  const helpRow = (id, text) => el('label', {}, el('select', { className: 'help-field' },
    fields.map((f) => data('option', { value: f.id, selected: f.id === id }, `${f.id} — ${f.label}`))),
  el('input', { className: 'help', value: text || '' }));
  $('adopt-help').replaceChildren(el('legend', {}, t('tplHelpOverrides')),
    ...Object.entries(o.helpTexts).map(([id, text]) => helpRow(id, text)),
    el('button', { type: 'button', className: 'secondary', id: 'add-help', onclick: (e) => e.target.before(helpRow(fields[0].id, '')) }, t('tplAddHelp')));
  $('adoption-form').dataset.locality = locality;
}

function overrides() {
  const feeAmounts = {};
  document.querySelectorAll('#adopt-fees input.fee').forEach((i) => { if (i.value !== '') feeAmounts[i.dataset.fee] = Number(i.value); });
  const helpTexts = {};
  document.querySelectorAll('#adopt-help label').forEach((l) => {
    const text = l.querySelector('input.help').value;
    if (text.trim()) helpTexts[l.querySelector('select').value] = text;
  });
  const days = $('adopt-days').value;
  return { agencyCode: $('adopt-agency').value || null, processingDays: days === '' ? null : Number(days), feeAmounts, helpTexts };
}

function problems(title, list) {
  return [el('p', { className: 'error' }, title), el('ul', { id: 'adoption-errors' }, list)];
}

async function saveAdoption(event) {
  event.preventDefault();
  const locality = $('adopt-locality').value;
  try {
    const saved = await whileBusy($('adopt-save'), () => api(`/api/templates/${enc(state.code)}/adoptions/${enc(locality)}`, {
      method: 'PUT', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ centralVersion: $('adopt-version').value, revision: state.adoption ? state.adoption.revision : 0, overrides: overrides() })
    }));
    state.adoption = saved;
    $('adoption-result').replaceChildren(el('p', { className: 'notice ok', id: 'adoption-ok' }, t('tplSaved', locality, saved.centralVersion)));
    showAtFields([]);
    await renderDeviations();
    await formLocalities();
  } catch (e) {
    const errors = e.errors || [];
    showAtFields(errors);
    $('adoption-result').replaceChildren(...problems(t('tplRefused'),
      (errors.length ? errors : [{ field: '', message: e.message }]).map((x) => el('li', {},
        x.label ? x.label + ': ' : x.field ? [el('code', {}, x.field), ': '] : null, x.message))));
  }
}

/** Each refused override's message beside its field (errors[].field is the override's path). */
function showAtFields(errors) {
  document.querySelectorAll('#adoption-form [data-error-for]').forEach((span) => {
    const error = errors.find((x) => x.field === span.dataset.errorFor);
    span.textContent = error ? error.message : '';
    span.closest('label').classList.toggle('invalid', !!error);
  });
}

/** Upgrading asks first (the province, the versions, the local changes kept); conflicts are then resolved one by one. */
async function upgrade() {
  const locality = $('adopt-locality').value;
  const to = $('upgrade-version').value;
  if (!state.adoption) { $('adoption-result').replaceChildren(el('p', { className: 'error' }, t('tplNoAdoption'))); return; }
  const o = state.adoption.overrides;
  const kept = (o.agencyCode ? 1 : 0) + (o.processingDays == null ? 0 : 1) + Object.keys(o.feeAmounts).length + Object.keys(o.helpTexts).length;
  const place = state.localities.find((l) => l.code === locality);
  if (!await confirmAction({
    question: t('tplAskUpgrade'),
    facts: [['package', t('tplPackage'), data('span', {}, `${state.pkg.code} — ${state.pkg.name}`)],
      ['scope', t('tplLocality'), data('span', {}, place ? `${place.code} — ${place.name}` : locality)],
      ['version', t('tplVersion'), `${state.adoption.centralVersion} → ${to}`],
      ['overrides', t('tplKept'), t('tplKeptN', number(kept, 0))]]
  })) return;
  await sendUpgrade(locality, to, undefined, $('adopt-upgrade'));
}

/** Sends the upgrade with the button that asked for it busy until the answer has come. */
async function sendUpgrade(locality, to, resolved, button) {
  try {
    const saved = await whileBusy(button, () => api(`/api/templates/${enc(state.code)}/adoptions/${enc(locality)}/upgrade`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(resolved ? { toVersion: to, overrides: resolved } : { toVersion: to })
    }));
    state.adoption = saved;
    $('adoption-result').replaceChildren(el('p', { className: 'notice ok', id: 'upgrade-ok' }, t('tplSaved', locality, saved.centralVersion)));
    await loadAdoption();
    await renderDeviations();
    await formLocalities();
  } catch (e) {
    const conflicts = (e.body && e.body.conflicts) || [];
    if (conflicts.length) {
      $('adoption-result').replaceChildren(conflictTable(locality, to, conflicts));
    } else if (resolved && document.getElementById('upgrade-conflicts')) {
      const box = $('conflict-errors');
      box.replaceChildren(...(e.errors.length ? e.errors : [{ message: e.message }]).map((x) => el('li', {}, x.label ? [data('span', {}, x.label), ': '] : null, x.message)));
      document.querySelectorAll('#upgrade-conflicts tr[data-part]').forEach((row) => {
        const error = e.errors.find((x) => x.field === 'overrides.' + row.dataset.part);
        row.classList.toggle('invalid', !!error);
        row.querySelector('.field-error').textContent = error ? error.message : '';
      });
    } else {
      $('adoption-result').replaceChildren(...problems(t('tplRefused'), [el('li', {}, e.message)]));
    }
  }
}

/** The conflicts of an upgrade, each with keep / change (a value) / drop; applying sends the overrides so chosen. */
function conflictTable(locality, to, conflicts) {
  const from = state.adoption.centralVersion;
  const rows = conflicts.map((c) => {
    const name = 'resolve-' + c.part;
    const value = el('input', { className: 'resolve-value', value: c.standard ?? '', disabled: true });
    const choice = (kind, label) => el('label', { className: 'resolve-' + kind },
      el('input', { type: 'radio', name, value: kind, checked: kind === 'keep', onchange: () => { value.disabled = kind !== 'change'; } }), ' ', label);
    return el('tr', { dataset: { part: c.part } },
      el('td', {}, data('span', {}, c.label || c.part)),
      el('td', { className: 'local' }, data('span', {}, c.local ?? '')),
      el('td', { className: 'previous' }, data('span', {}, c.previous ?? '')),
      el('td', { className: 'standard' }, c.standard == null ? t('tplGone') : data('span', {}, c.standard)),
      el('td', { className: 'why' }, c.message),
      el('td', { className: 'choice' }, choice('keep', t('tplKeep')), ' ', choice('change', t('tplChange')), ' ', value, ' ',
        choice('drop', t('tplDrop')), el('span', { className: 'field-error' })));
  });
  const apply = el('button', { type: 'button', id: 'resolve-upgrade', onclick: (e) => sendUpgrade(locality, to, resolution(conflicts), e.currentTarget) }, t('tplApply'));
  return el('div', { id: 'upgrade-conflicts', className: 'tpl-conflicts' },
    el('p', { className: 'error' }, t('tplConflicts')),
    el('table', { className: 'data' }, el('thead', {}, el('tr', {}, el('th', {}, t('tplItem')), el('th', {}, t('tplLocalValue')),
      el('th', {}, t('tplOldStandard', from)), el('th', {}, t('tplNewStandard', to)), el('th', {}, t('tplWhy')), el('th', {}, t('tplChoice')))),
    el('tbody', {}, rows)),
    el('ul', { id: 'conflict-errors', className: 'error' }), apply);
}

/** The adoption's overrides with each conflict resolved as chosen on its row. */
function resolution(conflicts) {
  const o = state.adoption.overrides;
  const next = { agencyCode: o.agencyCode || null, processingDays: o.processingDays ?? null,
    feeAmounts: Object.assign({}, o.feeAmounts), helpTexts: Object.assign({}, o.helpTexts) };
  conflicts.forEach((c) => {
    const row = document.querySelector(`#upgrade-conflicts tr[data-part="${CSS.escape(c.part)}"]`);
    const kind = row.querySelector('input[type=radio]:checked').value;
    if (kind === 'keep') return;
    const raw = row.querySelector('input.resolve-value').value.trim();
    const [part, key] = c.part.includes('.') ? [c.part.slice(0, c.part.indexOf('.')), c.part.slice(c.part.indexOf('.') + 1)] : [c.part, null];
    const value = part === 'helpTexts' ? raw : Number(raw);
    if (key === null) next[part] = kind === 'drop' ? null : value;
    else if (kind === 'drop') delete next[part][key];
    else next[part][key] = value;
  });
  return next;
}

// ---- deviations
const agencyName = (code) => (state.agencies.find((a) => a.code === code) || {}).name;

async function renderDeviations() {
  const section = $('deviations');
  if (!state.versions.some((v) => v.status === 'PUBLISHED')) { section.hidden = true; return; }
  section.hidden = false;
  const r = await api(`/api/templates/${enc(state.code)}/deviations`);
  $('deviations-xlsx').href = `/api/templates/${enc(state.code)}/deviations.xlsx`;
  $('deviations-summary').textContent = t('tplDevSummary', r.standardVersion, r.adoptions, r.conforming);
  $('deviation-table').tBodies[0].replaceChildren(...r.localities.map((l) => el('tr', { className: 'deviation', dataset: { locality: l.localityCode } },
    data('td', {}, `${l.localityCode} — ${l.localityName}`), el('td', {}, l.centralVersion),
    el('td', {}, el('ul', { className: 'deviation-list' }, l.deviations.map((d) => el('li', {},
      el('span', { className: 'kind' + (BURDEN.includes(d.kind) ? ' burden' : ''), dataset: { kind: d.kind } },
        nameOf('deviation', d.kind)), ' ', deviationLine(d, agencyName))))))));
}

document.addEventListener('DOMContentLoaded', async () => {
  fileChooser($('import-file'));
  longTable($('versions'), { title: t('tplVersionsTitle'), noun: () => t('tplVersionsNoun') });
  longTable($('deviation-table'), { title: t('tplDeviationsTitle'), noun: () => t('tplLocalitiesNoun') });
  $('import-form').addEventListener('submit', upload);
  $('diff-form').addEventListener('submit', diff);
  $('adoption-form').addEventListener('submit', saveAdoption);
  $('adopt-upgrade').addEventListener('click', upgrade);
  busyDownload($('blank'), showError);
  busyDownload($('deviations-xlsx'), showError);
  $('form-locality').addEventListener('change', () => { renderForms(); $('preview').hidden = true; });
  $('adopt-locality').addEventListener('change', () => loadAdoption().catch(showError));
  $('adopt-version').addEventListener('change', () => { if (!state.adoption) loadAdoption().catch(showError); });
  try {
    state.user = await currentUser();
    // Importing and publishing templates is for central staff.
    $('import').hidden = !isCentral(state.user);
    await loadPackages();
    if (state.code) await select(state.code);
    else if (state.packages.length) await select(state.packages[0].code);
  } catch (e) { showError(e); }
});
onLanguage(() => { if (state.code) select(state.code); loadPackages().catch(showError); });

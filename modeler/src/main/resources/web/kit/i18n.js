// Languages: Vietnamese by default, English on a switch. Every module owns its texts under a namespace of its own;
// a key it lacks is looked up in the shared 'common' namespace, so no module can rename another module's labels.
// The header of every page (navigation, the signed-in person, the language switch) is rendered here too.
import { api, currentUser, SIGN_IN_PAGE } from './api.js';
import { isAdmin } from './roles.js';
import { chooseLanguage, language } from './language.js';

const LANGUAGES = ['vi', 'en'];
const dictionaries = new Map();
const listeners = [];

function lookup(namespace, key) {
  const entry = (dictionaries.get(namespace) || {})[key];
  if (!entry) return undefined;
  const value = entry[LANGUAGES.indexOf(language())];
  return value === undefined || value === null ? entry[0] : value;
}

/**
 * Registers a module's texts, each key with its Vietnamese and English value ({key: [vi, en]}; a value may be a
 * function of arguments), and returns the module's t(key, ...args): the text in the current language, from this
 * namespace, else from 'common', else the key itself. t.has(key) says whether either namespace knows the key;
 * t.of(table, name) is the text of the entry 'table.name' (e.g. 'states.ACTIVE'), else name itself.
 */
export function texts(namespace, entries) {
  if (dictionaries.has(namespace)) throw new Error(`texts of '${namespace}' are registered twice`);
  dictionaries.set(namespace, entries);
  const find = (key) => {
    const own = lookup(namespace, key);
    return own === undefined ? lookup('common', key) : own;
  };
  const t = (key, ...args) => {
    const value = find(key);
    if (value === undefined) return key;
    return typeof value === 'function' ? value(...args) : value;
  };
  t.has = (key) => find(key) !== undefined;
  t.of = (table, name) => (t.has(`${table}.${name}`) ? t(`${table}.${name}`) : name);
  return t;
}

const t = texts('common', {
  appTagline: ['Cải cách thủ tục hành chính', 'Administrative procedure reform'],
  pickFile: ['Chọn tệp…', 'Choose a file…'],
  navCatalog: ['Danh mục & xếp hạng', 'Catalog & ranking'],
  navPortfolio: ['Chọn theo ngân sách', 'Budget portfolio'],
  navTemplates: ['Biểu mẫu', 'Templates'],
  navReports: ['Báo cáo', 'Reports'],
  navObservatory: ['Đài quan sát', 'Observatory'],
  navTariffs: ['Đơn giá giờ công', 'Tariffs'],
  navWorkflows: ['Vận hành', 'Operations'],
  navTasks: ['Công việc', 'Tasks'],
  navAudit: ['Nhật ký', 'Audit trail'],
  switchTo: ['English', 'Tiếng Việt'],
  navUsers: ['Người dùng', 'Users'],
  signOut: ['Đăng xuất', 'Sign out'],
  accountTitle: ['Tài khoản của tôi: đổi mật khẩu, mã truy cập API', 'My account: password, API tokens'],
  rolesTitle: ['Vai trò', 'Roles'],
  'roles.ADMIN': ['Quản trị hệ thống', 'Administrator'],
  'roles.ANALYST': ['Chuyên viên cải cách', 'Analyst'],
  'roles.LOCALITY_OFFICER': ['Cán bộ địa phương', 'Locality officer'],
  'roles.CASE_OFFICER': ['Cán bộ một cửa', 'Case officer'],
  'roles.VIEWER': ['Người xem', 'Viewer'],
  // Levels and online levels of a procedure.
  CENTRAL: ['Trung ương', 'Central'],
  PROVINCE: ['Tỉnh', 'Province'],
  COMMUNE: ['Xã', 'Commune'],
  DISTRICT: ['Huyện', 'District'],
  NONE: ['Chưa trực tuyến', 'Not online'],
  PARTIAL: ['Một phần', 'Partial'],
  FULL: ['Toàn trình', 'Full'],
  // The national databases that a dossier's data can be reused from.
  POPULATION_DB: ['CSDL quốc gia về dân cư', 'National population database'],
  CIVIL_STATUS_DB: ['CSDL hộ tịch điện tử', 'Civil status database'],
  HEALTH_DB: ['Dữ liệu y tế', 'Health data'],
  INSURANCE_DB: ['CSDL bảo hiểm', 'Insurance database'],
  BUSINESS_REGISTRY: ['CSDL quốc gia về đăng ký doanh nghiệp', 'National business registry'],
  LAND_DB: ['CSDL đất đai', 'Land database'],
  JUDICIAL_RECORDS_DB: ['CSDL lý lịch tư pháp', 'Judicial records database'],
  VEHICLE_DB: ['CSDL đăng ký phương tiện', 'Vehicle registration database'],
  // The measures of a BPMN model's analysis.
  activities: ['Hoạt động', 'Activities'],
  applicantTouchpoints: ['Bước của người nộp', 'Applicant touchpoints'],
  inPersonVisits: ['Lần đến trực tiếp', 'In-person visits'],
  handOffs: ['Chuyển giao giữa bộ phận', 'Hand-offs'],
  documentsRequested: ['Giấy tờ yêu cầu', 'Documents requested'],
  waits: ['Chờ đợi', 'Waits'],
  gateways: ['Cổng rẽ nhánh', 'Gateways'],
  events: ['Sự kiện', 'Events'],
  // A page opened without the procedure or case it shows.
  'missing.procedure': ['Chưa chọn thủ tục. Hãy chọn một thủ tục trong danh mục.', 'No procedure chosen. Choose one in the catalog.'],
  'missing.case': ['Chưa chọn hồ sơ. Hãy mở một hồ sơ từ danh sách công việc.', 'No case chosen. Open one from the task list.'],
  'missingLink.procedure': ['Mở danh mục thủ tục', 'Open the procedure catalog'],
  'missingLink.case': ['Mở danh sách công việc', 'Open the task list']
});

const MISSING_LINKS = { procedure: '/', case: '/tasks.html' };

/**
 * Says in box that the page was opened without the procedure or case it shows (what: 'procedure' or 'case'), with a
 * link to where one is chosen, in the current language now and after a switch.
 */
export function showMissing(box, what) {
  const say = () => box.replaceChildren(t(`missing.${what}`), ' ',
    Object.assign(document.createElement('a'), { href: MISSING_LINKS[what], textContent: t(`missingLink.${what}`), id: 'missing-link' }));
  say();
  onLanguage(say);
}

export { language };

/** The locale of the current language, for toLocaleString(). */
export function locale() {
  return language() === 'vi' ? 'vi-VN' : 'en-GB';
}

/** Registers fn to run after every language switch (to re-render dynamic content). */
export function onLanguage(fn) {
  listeners.push(fn);
}

/** Switches the language, keeps it in this browser and tells every listener. */
export function setLanguage(next) {
  chooseLanguage(next);
  listeners.forEach((fn) => fn(language()));
}

/** Fills the data-i18n, data-i18n-placeholder and data-i18n-title elements under root with pageTexts. */
export function applyTexts(pageTexts, root) {
  const scope = root || document;
  document.documentElement.lang = language();
  scope.querySelectorAll('[data-i18n]').forEach((node) => { node.textContent = pageTexts(node.dataset.i18n); });
  scope.querySelectorAll('[data-i18n-placeholder]').forEach((node) => { node.placeholder = pageTexts(node.dataset.i18nPlaceholder); });
  scope.querySelectorAll('[data-i18n-title]').forEach((node) => { node.title = pageTexts(node.dataset.i18nTitle); });
}

const pages = [
  { href: '/', key: 'navCatalog', id: 'catalog' },
  { href: '/portfolio.html', key: 'navPortfolio', id: 'portfolio' },
  { href: '/templates.html', key: 'navTemplates', id: 'templates' },
  { href: '/reports.html', key: 'navReports', id: 'reports' },
  { href: '/observatory.html', key: 'navObservatory', id: 'observatory' },
  { href: '/tariffs.html', key: 'navTariffs', id: 'tariffs' },
  { href: '/workflows.html', key: 'navWorkflows', id: 'workflows' },
  { href: '/tasks.html', key: 'navTasks', id: 'tasks' },
  { href: '/audit.html', key: 'navAudit', id: 'audit' }
];

function header(pageTexts) {
  const top = document.getElementById('top');
  if (!top) return;
  const active = top.dataset.page;
  // the pages that people who have not signed in read: no menu, nobody signed in
  const bare = active === 'signin' || active === 'status';
  const nav = document.createElement('nav');
  nav.append(...pages.map((p) => {
    const link = document.createElement('a');
    link.href = p.href;
    link.className = p.id === active ? 'active' : '';
    link.dataset.i18n = p.key;
    return link;
  }));
  const brand = document.createElement('a');
  brand.href = '/';
  brand.className = 'brand';
  brand.textContent = 'Procedo';
  const tagline = document.createElement('span');
  tagline.className = 'tagline';
  tagline.dataset.i18n = top.dataset.tagline || 'appTagline';
  const switcher = document.createElement('button');
  switcher.id = 'lang';
  switcher.type = 'button';
  // the other language's own name, the same in either language
  switcher.translate = false;
  switcher.addEventListener('click', () => setLanguage(language() === 'vi' ? 'en' : 'vi'));
  const person = document.createElement('span');
  person.id = 'person';
  person.className = 'person';
  top.replaceChildren(...[brand, tagline, bare ? null : nav, person, switcher].filter(Boolean));
  const label = () => {
    switcher.textContent = t('switchTo');
    switcher.lang = language() === 'vi' ? 'en' : 'vi';
  };
  label();
  onLanguage(label);
  applyTexts(pageTexts, top);
  if (!bare) showPerson(person, nav);
}

/** A grant as people read it: "Cán bộ một cửa — 48 (mot-cua, tu-phap)". */
export function grantText(grant, localityName) {
  const where = grant.locality ? (localityName ? localityName(grant.locality) : grant.locality) : '';
  const groups = (grant.groups || []).length ? ` (${grant.groups.join(', ')})` : '';
  return t.of('roles', grant.role) + (where ? ' — ' + where : '') + groups;
}

/** The signed-in person's name (their roles in its title) linking to their account page, and signing out. */
async function showPerson(box, nav) {
  let user;
  try { user = await currentUser(); } catch { return; }
  const name = document.createElement('a');
  name.id = 'me-name';
  name.href = '/account.html';
  name.textContent = user.displayName || user.username;
  name.translate = false;
  const out = document.createElement('button');
  out.id = 'sign-out';
  out.type = 'button';
  out.className = 'link';
  out.addEventListener('click', async () => {
    try { await api('/api/session', { method: 'DELETE' }); } finally { location.assign(SIGN_IN_PAGE); }
  });
  let users = null;
  if (isAdmin(user)) {
    users = document.createElement('a');
    users.id = 'nav-users';
    users.href = '/users.html';
    users.className = document.getElementById('top').dataset.page === 'users' ? 'active' : '';
    nav.append(users);
  }
  const label = () => {
    name.title = `${user.username} — ${t('rolesTitle')}: ${(user.roles || []).map((g) => grantText(g)).join('; ')}`
      + `\n${t('accountTitle')}`;
    out.textContent = t('signOut');
    if (users) users.textContent = t('navUsers');
  };
  label();
  onLanguage(label);
  box.replaceChildren(name, ' ', out);
}

/**
 * Starts a page: renders the header (navigation, language switch) and fills the page's data-i18n elements with
 * pageTexts, now and after every language switch. Call it once, from the page's own module, before other listeners.
 */
export function showPage(pageTexts) {
  header(pageTexts);
  applyTexts(pageTexts);
  onLanguage(() => applyTexts(pageTexts));
}

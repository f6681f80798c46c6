// Shared by every page: language (Vietnamese by default, English on a switch), the page header and navigation,
// JSON calls that turn API errors into readable messages, and number formatting.
(function () {
  const texts = { vi: {}, en: {} };
  const listeners = [];
  let lang = localStorage.getItem('procedo.lang') === 'en' ? 'en' : 'vi';

  const common = {
    vi: { appTagline: 'Cải cách thủ tục hành chính', navCatalog: 'Danh mục & xếp hạng', navTemplates: 'Biểu mẫu',
      navReports: 'Báo cáo', navWorkflows: 'Vận hành', navTasks: 'Công việc', switchTo: 'English' },
    en: { appTagline: 'Administrative procedure reform', navCatalog: 'Catalog & ranking', navTemplates: 'Templates',
      navReports: 'Reports', navWorkflows: 'Operations', navTasks: 'Tasks', switchTo: 'Tiếng Việt' }
  };

  /** Adds a page's texts: {vi: {...}, en: {...}}; a value may be a function of arguments. */
  function addTexts(more) {
    Object.assign(texts.vi, more.vi);
    Object.assign(texts.en, more.en);
  }

  /** The text of key in the current language; functions are called with the remaining arguments. */
  function t(key, ...args) {
    const value = key in texts[lang] ? texts[lang][key] : texts.vi[key];
    if (value === undefined) return key;
    return typeof value === 'function' ? value(...args) : value;
  }

  function applyTexts(root) {
    document.documentElement.lang = lang;
    (root || document).querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
    (root || document).querySelectorAll('[data-i18n-placeholder]').forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder); });
    (root || document).querySelectorAll('[data-i18n-title]').forEach((el) => { el.title = t(el.dataset.i18nTitle); });
  }

  function setLanguage(next) {
    lang = next;
    localStorage.setItem('procedo.lang', lang);
    applyTexts();
    listeners.forEach((fn) => fn(lang));
  }

  /** Registers fn to run after every language switch (to re-render dynamic content). */
  function onLanguage(fn) {
    listeners.push(fn);
  }

  /** Error thrown by api(): message for people, status and the API's errors[] for code. */
  class ApiError extends Error {
    constructor(status, body) {
      const errors = (body && body.errors) || [];
      super(errors.length ? errors.map((e) => (e.field ? `${e.field}: ` : '') + e.message).join('; ')
        : (body && body.message) || ('HTTP ' + status));
      this.status = status;
      this.errors = errors;
      this.body = body;
    }
  }

  /** fetch() that returns parsed JSON (or text for non-JSON answers) and throws ApiError on 4xx/5xx. */
  async function api(url, options) {
    const response = await fetch(url, options);
    const type = response.headers.get('content-type') || '';
    const body = type.includes('json') ? await response.json() : await response.text();
    if (!response.ok) throw new ApiError(response.status, typeof body === 'string' ? { message: body } : body);
    return body;
  }

  const money = (v) => (v === null || v === undefined || v === '') ? '' : Math.round(Number(v)).toLocaleString('vi-VN');
  const number = (v, digits) => (v === null || v === undefined) ? '' : Number(v).toLocaleString('vi-VN',
    { maximumFractionDigits: digits === undefined ? 2 : digits });

  /** Creates an element: el('td', {className: 'num'}, 'text', child...). */
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    Object.entries(props || {}).forEach(([k, v]) => {
      if (k === 'dataset') Object.assign(node.dataset, v);
      else if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
      else if (k in node) node[k] = v;
      else node.setAttribute(k, v);
    });
    children.flat().forEach((c) => { if (c !== null && c !== undefined) node.append(c instanceof Node ? c : String(c)); });
    return node;
  }

  const pages = [
    { href: '/', key: 'navCatalog', id: 'catalog' },
    { href: '/templates.html', key: 'navTemplates', id: 'templates' },
    { href: '/reports.html', key: 'navReports', id: 'reports' },
    { href: '/workflows.html', key: 'navWorkflows', id: 'workflows' },
    { href: '/tasks.html', key: 'navTasks', id: 'tasks' }
  ];

  /** Renders the header into <header id="top" data-page="..."> with the navigation and the language switch. */
  function header() {
    const top = document.getElementById('top');
    if (!top) return;
    const active = top.dataset.page;
    const nav = el('nav', {}, pages.map((p) => el('a', { href: p.href, className: p.id === active ? 'active' : '',
      dataset: { i18n: p.key } }, t(p.key))));
    const switcher = el('button', { id: 'lang', type: 'button', onclick: () => setLanguage(lang === 'vi' ? 'en' : 'vi') });
    top.replaceChildren(el('a', { href: '/', className: 'brand' }, 'Procedo'),
      el('span', { className: 'tagline', dataset: { i18n: top.dataset.tagline || 'appTagline' } }), nav, switcher);
    const label = () => { switcher.textContent = t('switchTo'); };
    label();
    onLanguage(label);
  }

  const params = new URLSearchParams(location.search);

  window.Procedo = { addTexts, t, applyTexts, onLanguage, setLanguage, api, ApiError, money, number, el, params,
    get lang() { return lang; } };
  addTexts(common);
  document.addEventListener('DOMContentLoaded', () => { header(); applyTexts(); });
})();

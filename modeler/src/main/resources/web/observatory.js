// The observatory of service quality: every procedure with its figures (GET /api/observatory, whose columns and
// labels the server gives in the page's language), each figure coloured by its column's thresholds, with its source
// in its tooltip and the other source's figure beside it; "no data" where Procedo has none, never a zero. Filters by
// field, agency, province and year live in the page's address; the table sorts and pages (kit/datatable.js), its
// workbook is the server's (GET /api/observatory.xlsx); each row ends with its monthly trend as an inline SVG.
import { api, params } from './kit/api.js';
import { longTable } from './kit/datatable.js';
import { $, data, el, showError } from './kit/dom.js';
import { money, number, share, vnd, when } from './kit/format.js';
import { language, onLanguage, showPage, texts } from './kit/i18n.js';
import { nameOf } from './kit/names.js';

const t = texts('observatory', {
  title: ['Đài quan sát chất lượng giải quyết thủ tục hành chính', 'Observatory of administrative service quality'],
  intro: ['Mỗi thủ tục hành chính với các chỉ số chất lượng phục vụ. Màu xanh là tốt, vàng là trung bình, đỏ là kém theo ngưỡng đã cấu hình. “Chưa có số liệu” nghĩa là Procedo chưa ghi nhận số liệu đó — không bao giờ thay bằng số 0. Đưa chuột lên một con số để xem nguồn và cách tính; số liệu hệ thống đếm được hiển thị bên cạnh số liệu thống kê, không thay thế.',
    'Every administrative procedure with its service-quality figures. Green is good, amber medium, red poor by the configured thresholds. “No data yet” means Procedo does not record that figure — never a zero in its place. Hover over a figure for its source and how it was computed; what the system counted is shown beside the statistics, never instead of them.'],
  field: ['Lĩnh vực', 'Field'],
  agency: ['Cơ quan thực hiện', 'Implementing agency'],
  province: ['Tỉnh, thành phố', 'Province'],
  year: ['Năm', 'Year'],
  all: ['Tất cả', 'All'],
  national: ['Toàn quốc', 'National'],
  latestYear: ['Năm gần nhất có số liệu', 'Latest year with figures'],
  code: ['Mã', 'Code'],
  name: ['Thủ tục', 'Procedure'],
  fieldColumn: ['Lĩnh vực', 'Field'],
  trend: ['Hồ sơ tiếp nhận theo tháng', 'Dossiers received by month'],
  noData: ['Chưa có số liệu', 'No data yet'],
  notRunning: ['Quy trình chưa vận hành trên hệ thống trong phạm vi đã chọn: chưa có số hồ sơ theo tháng', 'The workflow does not run on the system in the chosen scope: no monthly counts'],
  trendTitle: [(n, from, to) => `${n} hồ sơ tiếp nhận trên hệ thống từ tháng ${from} đến tháng ${to}`, (n, from, to) => `${n} dossiers received on the system from ${from} to ${to}`],
  good: ['Tốt', 'Good'],
  medium: ['Trung bình', 'Medium'],
  poor: ['Kém', 'Poor'],
  higher: [(label, good, poor) => `${label}: tốt từ ${good}, kém dưới ${poor}`, (label, good, poor) => `${label}: good from ${good}, poor below ${poor}`],
  lower: [(label, good, poor) => `${label}: tốt đến ${good}, kém trên ${poor}`, (label, good, poor) => `${label}: good up to ${good}, poor above ${poor}`],
  noun: ['thủ tục', 'procedures'],
  exportTitle: ['Đài quan sát', 'Observatory'],
  summary: [(n, at) => `${n} thủ tục; số liệu đọc lúc ${at}.`, (n, at) => `${n} procedures; figures read at ${at}.`]
});
showPage(t);

const FILTERS = ['field', 'agency', 'province', 'year'];
/** The stages of going live by their step, as the stage column's figures count them (1 design … 4 rollout). */
const STAGE_STEPS = ['DESIGN', 'TEST', 'PILOT', 'ROLLOUT'];
const SVG = 'http://www.w3.org/2000/svg';
let table = null;
let answer = null;

/** A figure's value written for its column's unit. */
function written(unit, value) {
  if (value === null || value === undefined) return '';
  if (unit === 'SHARE') return share(value, 1);
  if (unit === 'VND') return vnd(value);
  if (unit === 'SCORE') return number(value, 1);
  if (unit === 'DOSSIERS') return money(value);
  if (unit === 'STAGE') return nameOf('stage', STAGE_STEPS[Number(value) - 1]);
  return String(value);
}

function filterParams() {
  const query = new URLSearchParams();
  FILTERS.forEach((f) => { if ($('obs-' + f).value) query.set(f, $('obs-' + f).value); });
  return query;
}

/** The workbook's address: the filters and the page's language (a link does not send the page's language). */
function workbookUrl(format) {
  if (format !== 'xlsx') return null;
  const query = filterParams();
  query.set('lang', language());
  return '/api/observatory.xlsx?' + query;
}

/** A figure's cell: its value coloured by its rating, its source as a tooltip, the other source's figure below. */
function figureCell(column, figure) {
  const beside = figure && figure.beside && figure.beside.value !== null
    ? el('small', { className: 'obs-beside', title: figure.beside.note },
      `${figure.beside.sourceName}: ${written(column.unit, figure.beside.value)}`)
    : null;
  if (!figure || figure.value === null) {
    return el('td', { className: 'num obs-missing', dataset: { sort: '', export: t('noData'), column: column.key } },
      el('span', { className: 'obs-value', title: figure ? figure.missing : '' }, t('noData')), beside ? el('br') : null, beside);
  }
  return el('td', {
    className: 'num obs-figure' + (figure.rating ? ' rating-' + figure.rating.toLowerCase() : ''),
    dataset: { sort: String(figure.value), export: written(column.unit, figure.value), column: column.key,
      rating: figure.rating || '' },
    title: figure.note
  }, el('span', { className: 'obs-value' }, written(column.unit, figure.value)), beside ? el('br') : null, beside);
}

const monthName = (m) => `${m.slice(5)}/${m.slice(0, 4)}`;

/** The cases of each month as a line (inline SVG), its last month marked; the total in words as its title. */
function sparkline(trend, months) {
  if (!trend) {
    return el('td', { className: 'obs-trend', dataset: { sort: '', export: '' }, title: t('notRunning') }, '—');
  }
  const width = 96;
  const height = 22;
  const top = Math.max(1, ...trend);
  const x = (i) => (trend.length < 2 ? width / 2 : (i * (width - 4)) / (trend.length - 1) + 2);
  const y = (n) => height - 2 - (n * (height - 4)) / top;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('class', 'sparkline');
  svg.setAttribute('role', 'img');
  const line = document.createElementNS(SVG, 'polyline');
  line.setAttribute('points', trend.map((n, i) => `${x(i).toFixed(1)},${y(n).toFixed(1)}`).join(' '));
  const last = document.createElementNS(SVG, 'circle');
  last.setAttribute('cx', x(trend.length - 1).toFixed(1));
  last.setAttribute('cy', y(trend[trend.length - 1]).toFixed(1));
  last.setAttribute('r', '2');
  svg.append(line, last);
  const total = trend.reduce((a, b) => a + b, 0);
  const title = months.length ? t('trendTitle', money(total), monthName(months[0]), monthName(months[months.length - 1])) : '';
  svg.setAttribute('aria-label', title);
  return el('td', { className: 'obs-trend', dataset: { sort: String(total), export: trend.join(' ') }, title }, svg);
}

function row(r, columns, months) {
  return el('tr', { className: 'obs-row', dataset: { code: r.code } },
    el('td', {}, el('a', { href: '/procedure.html?code=' + encodeURIComponent(r.code) }, r.code)),
    el('td', { className: 'obs-name', dataset: { export: r.name } }, data('span', {}, r.name), ' ',
      el('span', { className: 'badge obs-online', dataset: { level: r.onlineLevel } }, nameOf('onlineLevel', r.onlineLevel))),
    data('td', {}, r.field),
    data('td', { className: 'obs-agency' }, r.agencyName || r.agencyCode || ''),
    columns.map((c) => figureCell(c, r.figures[c.key])),
    sparkline(r.trend, months));
}

/** The header: the procedure's columns, then each figure column by the server's label, then the trend. */
function header(columns) {
  const th = (props, text) => el('th', props, text);
  return el('tr', {},
    th({ dataset: { i18n: 'code' } }, t('code')), th({ dataset: { i18n: 'name' } }, t('name')),
    th({ dataset: { i18n: 'fieldColumn' } }, t('fieldColumn')), th({ dataset: { i18n: 'agency' } }, t('agency')),
    columns.map((c) => th({ className: 'num' + (c.hasData ? '' : ' obs-nodata'), dataset: { key: c.key },
      title: c.missing || '' }, c.label)),
    th({ dataset: { i18n: 'trend' } }, t('trend')));
}

function legend(columns) {
  const chip = (rating, text) => el('span', { className: 'obs-chip rating-' + rating }, text);
  const lines = columns.filter((c) => c.good !== null && c.poor !== null).map((c) => {
    const say = (v) => written(c.unit, v);
    return el('li', { dataset: { key: c.key } }, t(c.direction === 'HIGHER_IS_BETTER' ? 'higher' : 'lower', c.label, say(c.good), say(c.poor)));
  });
  $('obs-legend').replaceChildren(el('p', {}, chip('good', t('good')), ' ', chip('medium', t('medium')), ' ',
    chip('poor', t('poor')), ' ', el('span', { className: 'obs-chip obs-missing' }, t('noData'))), el('ul', {}, lines));
}

async function load() {
  showError(null);
  const query = filterParams();
  history.replaceState(null, '', location.pathname + (query.toString() ? '?' + query : ''));
  try {
    answer = await api('/api/observatory' + (query.toString() ? '?' + query : ''));
  } catch (e) {
    showError(e);
    return;
  }
  const observatory = $('observatory');
  if (!table) {
    observatory.tHead.replaceChildren(header(answer.columns));
    table = longTable(observatory, { title: t('exportTitle'), noun: () => t('noun'), exportUrl: workbookUrl });
  } else {
    [...observatory.tHead.rows[0].cells].forEach((cell) => {
      const column = answer.columns.find((c) => c.key === cell.dataset.key);
      if (column) {
        cell.textContent = column.label;
        cell.title = column.missing || '';
      } else if (cell.dataset.i18n) {
        cell.textContent = t(cell.dataset.i18n);
      }
    });
  }
  legend(answer.columns);
  observatory.tBodies[0].replaceChildren(...answer.rows.map((r) => row(r, answer.columns, answer.months)));
  $('obs-summary').textContent = t('summary', money(answer.total), when(answer.at));
  document.body.dataset.ready = 'true';
}

async function start() {
  const [fields, agencies, localities] = await Promise.all([api('/api/fields'), api('/api/agencies'), api('/api/localities')]);
  const option = (text, value) => Object.assign(new Option(text, value), { translate: false });
  Object.keys(fields).forEach((name) => $('obs-field').add(option(name, name)));
  agencies.forEach((a) => $('obs-agency').add(option(a.name, a.code)));
  localities.filter((l) => l.kind !== 'NATIONAL').forEach((l) => $('obs-province').add(option(l.name, l.code)));
  const thisYear = Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date()));
  for (let y = thisYear; y >= thisYear - 9; y--) $('obs-year').add(new Option(String(y), String(y)));
  FILTERS.forEach((f) => {
    const wanted = params.get(f);
    if (wanted !== null && [...$('obs-' + f).options].some((o) => o.value === wanted)) $('obs-' + f).value = wanted;
    $('obs-' + f).addEventListener('change', () => { document.body.dataset.ready = 'false'; load(); });
  });
  await load();
}

onLanguage(() => { if (table) load(); });
start().catch(showError);

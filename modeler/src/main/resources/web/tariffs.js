// The tariffs page: the value of one hour of an applicant's time per applicant type and year, each with its
// derivation (monthly income ÷ working days per month ÷ hours per day, rounded half-up to the đồng) shown so that it
// can be recomputed by hand. Central reform staff change a tariff's inputs, see the hourly tariff derived again as
// they type, and save it naming the version they read (a stale save is refused); others read.
import { api, ApiError, currentUser, json } from './kit/api.js';
import { whileBusy } from './kit/busy.js';
import { data, el } from './kit/dom.js';
import { fieldErrors, typedNumber } from './kit/entry.js';
import { dateTime, money, number } from './kit/format.js';
import { onLanguage, showPage, texts } from './kit/i18n.js';
import { nameOf } from './kit/names.js';
import { isCentral } from './kit/roles.js';
import { table } from './kit/table.js';

const t = texts('tariffs', {
  title: ['Đơn giá giờ công (Mô hình chi phí chuẩn)', 'Hourly tariffs (Standard Cost Model)'],
  help: ['Giá trị một giờ của người thực hiện thủ tục, theo đối tượng và năm: thu nhập bình quân tháng ÷ số ngày làm việc trong tháng ÷ số giờ làm việc trong ngày, làm tròn đến đồng. Mọi chi phí tuân thủ dùng đơn giá này.',
    'The value of one hour of an applicant\'s time, per applicant type and year: average monthly income ÷ working days per month ÷ working hours per day, rounded to whole VND. Every compliance cost uses it.'],
  applicantType: ['Đối tượng', 'Applicants'],
  year: ['Năm', 'Year'],
  monthlyIncomeVnd: ['Thu nhập bình quân tháng (đ)', 'Average monthly income (VND)'],
  workingDaysPerMonth: ['Số ngày làm việc/tháng', 'Working days per month'],
  hoursPerDay: ['Số giờ làm việc/ngày', 'Working hours per day'],
  vndPerHour: ['Đơn giá (đ/giờ)', 'Tariff (VND/hour)'],
  derivation: ['Cách tính', 'Derivation'],
  source: ['Nguồn số liệu', 'Source'],
  changedBy: ['Người sửa', 'Changed by'],
  changedAt: ['Thời điểm sửa', 'Changed at'],
  version: ['Phiên bản', 'Version'],
  actions: ['', ''],
  shipped: ['số liệu ban đầu', 'initial data'],
  edit: ['Sửa', 'Change'],
  add: ['Thêm đơn giá cho một năm', 'Add a tariff for a year'],
  addTitle: ['Đơn giá giờ công mới', 'New tariff'],
  editTitle: [(type, year) => `Sửa đơn giá giờ công: ${type}, năm ${year}`, (type, year) => `Change the tariff: ${type}, ${year}`],
  derived: [(m, d, h, v) => `Đơn giá giờ công = ${m} đ ÷ ${d} ngày ÷ ${h} giờ = ${v} đ/giờ`, (m, d, h, v) => `Tariff = ${m} VND ÷ ${d} days ÷ ${h} hours = ${v} VND/hour`],
  notDerived: ['Đơn giá giờ công: nhập đủ thu nhập, số ngày và số giờ (lớn hơn 0) để tính.', 'Tariff: enter the income, days and hours (above 0) to derive it.'],
  formula: [(m, d, h, v) => `${m} ÷ (${d} × ${h}) = ${v}`, (m, d, h, v) => `${m} ÷ (${d} × ${h}) = ${v}`],
  save: ['Lưu đơn giá', 'Save the tariff'],
  cancel: ['Hủy', 'Cancel'],
  saved: [(type, year, v) => `Đã lưu đơn giá giờ công của ${type} năm ${year}: ${v} đ/giờ.`, (type, year, v) => `Saved the tariff of ${type} for ${year}: ${v} VND/hour.`],
  reload: ['Tải lại đơn giá', 'Reload the tariffs'],
  readOnly: ['Chỉ chuyên viên cải cách và quản trị hệ thống được sửa đơn giá giờ công.', 'Only reform analysts and administrators may change tariffs.']
});
showPage(t);

const INPUTS = ['monthlyIncomeVnd', 'workingDaysPerMonth', 'hoursPerDay'];
const TYPES = ['CITIZEN', 'BUSINESS'];
const state = { tariffs: [], user: null, editing: null, adding: false, message: null };
const $ = (id) => document.getElementById(id);

/** A decimal string with at most two decimals as a whole number of hundredths; null otherwise. */
function hundredths(plain) {
  if (plain === null) return null;
  const [whole, fraction = ''] = plain.split('.');
  return fraction.length > 2 ? null : BigInt(whole + fraction.padEnd(2, '0'));
}

/** income ÷ (days × hours), rounded half-up to the đồng as the server rounds it; null unless all are positive. */
function derive(income, days, hours) {
  const [i, d, h] = [income, days, hours].map(hundredths);
  if (i === null || d === null || h === null || i < 0n || d <= 0n || h <= 0n) return null;
  const divisor = d * h;
  return (2n * i * 100n + divisor) / (2n * divisor);
}

const typeName = (type) => nameOf('applicantType', type);

function renderList() {
  const central = isCentral(state.user);
  const rows = state.tariffs.map((x) => el('tr', { dataset: { type: x.applicantType, year: x.year } },
    el('td', {}, typeName(x.applicantType)), el('td', { className: 'num' }, x.year),
    el('td', { className: 'num' }, money(x.monthlyIncomeVnd)), el('td', { className: 'num' }, number(x.workingDaysPerMonth)),
    el('td', { className: 'num' }, number(x.hoursPerDay)), el('td', { className: 'num tariff-value' }, money(x.vndPerHour)),
    el('td', { className: 'derivation' }, t('formula', number(x.monthlyIncomeVnd), number(x.workingDaysPerMonth), number(x.hoursPerDay), money(x.vndPerHour))),
    data('td', {}, x.source), x.changedBy ? data('td', {}, x.changedBy) : el('td', {}, t('shipped')),
    el('td', {}, x.changedAt ? dateTime(x.changedAt) : ''), el('td', { className: 'num' }, number(x.version)),
    el('td', {}, central ? el('button', { type: 'button', className: 'secondary edit', onclick: () => edit(x) }, t('edit')) : '')));
  $('tariff-list').replaceChildren(...[
    table(['applicantType', 'year', 'monthlyIncomeVnd', 'workingDaysPerMonth', 'hoursPerDay', 'vndPerHour', 'derivation', 'source',
      'changedBy', 'changedAt', 'version', 'actions'], rows, { label: t, numeric: [false, true, true, true, true, true, false, false, false, false, true],
      attrs: { id: 'tariff-table' } }),
    state.message ? el('p', { className: 'ok', id: 'tariff-saved', role: 'status' }, state.message) : null,
    central ? (state.editing || state.adding ? null : el('p', {}, el('button', { type: 'button', id: 'tariff-add', onclick: add }, t('add'))))
      : el('p', { className: 'note', id: 'tariff-read-only' }, t('readOnly'))].filter(Boolean));
}

function edit(tariff) {
  Object.assign(state, { editing: tariff, adding: false, message: null });
  render();
  $('tariff-income').focus();
}

function add() {
  Object.assign(state, { editing: null, adding: true, message: null });
  render();
}

function close() {
  Object.assign(state, { editing: null, adding: false });
  render();
}

function renderEditor() {
  const box = $('tariff-editor');
  const x = state.editing;
  if (!x && !state.adding) {
    box.replaceChildren();
    return;
  }
  const general = el('p', { className: 'error', id: 'tariff-error', role: 'alert' });
  const errors = fieldErrors(general);
  const type = el('select', { id: 'tariff-type', name: 'applicantType', disabled: Boolean(x) },
    ...TYPES.map((code) => el('option', { value: code, selected: x ? x.applicantType === code : false }, typeName(code))));
  const year = el('input', { id: 'tariff-year', name: 'year', type: 'number', step: 1, size: 6, disabled: Boolean(x),
    value: x ? x.year : new Date().getFullYear() });
  const ids = { monthlyIncomeVnd: 'tariff-income', workingDaysPerMonth: 'tariff-days', hoursPerDay: 'tariff-hours' };
  const inputs = Object.fromEntries(INPUTS.map((f) => [f, el('input', { id: ids[f], name: f, inputMode: 'decimal', size: 12,
    value: x ? number(x[f]) : '' })]));
  const source = data('input', { id: 'tariff-source', name: 'source', size: 60, maxLength: 1000, value: x ? x.source : '' });
  const derived = el('p', { className: 'tariff-derived', id: 'tariff-derived', role: 'status' });
  const read = () => Object.fromEntries(INPUTS.map((f) => {
    try { return [f, typedNumber(inputs[f].value)]; } catch { return [f, undefined]; }
  }));
  const showDerived = () => {
    const v = read();
    const hourly = INPUTS.some((f) => v[f] === undefined) ? null : derive(v.monthlyIncomeVnd, v.workingDaysPerMonth, v.hoursPerDay);
    derived.textContent = hourly === null ? t('notDerived')
      : t('derived', number(v.monthlyIncomeVnd), number(v.workingDaysPerMonth), number(v.hoursPerDay), money(Number(hourly)));
  };
  INPUTS.forEach((f) => inputs[f].addEventListener('input', showDerived));
  const label = (key, input) => el('label', {}, el('span', {}, t(key)), input, errors.at(input.name));
  const form = el('form', { id: 'tariff-form', className: 'tariff-form', autocomplete: 'off', noValidate: true, onsubmit: async (e) => {
    e.preventDefault();
    errors.clear();
    const body = { source: source.value.trim() || null, version: x ? x.version : 0 };
    let refused = false;
    INPUTS.forEach((f) => {
      try {
        const value = typedNumber(inputs[f].value);
        body[f] = value === null ? null : Number(value);
      } catch (problem) {
        errors.put(f, problem.message);
        refused = true;
      }
    });
    if (refused) return;
    const path = `/api/tariffs/${encodeURIComponent(type.value)}/${encodeURIComponent(year.value)}`;
    try {
      const saved = await whileBusy(e.submitter, () => api(path, json('PUT', body)));
      state.message = t('saved', typeName(saved.applicantType), saved.year, money(saved.vndPerHour));
      Object.assign(state, { editing: null, adding: false });
      await load();
    } catch (problem) {
      if (problem instanceof ApiError && problem.status === 409) {
        general.replaceChildren(problem.message, ' ', el('button', { type: 'button', className: 'secondary', id: 'tariff-reload',
          onclick: () => { Object.assign(state, { editing: null, adding: false }); load(); } }, t('reload')));
      } else {
        errors.show(problem);
      }
    }
  } },
  el('h3', {}, x ? t('editTitle', typeName(x.applicantType), x.year) : t('addTitle')),
  el('div', { className: 'tariff-fields' }, label('applicantType', type), label('year', year),
    ...INPUTS.map((f) => label(f, inputs[f])), label('source', source)),
  derived, general,
  el('p', {}, el('button', { type: 'submit', id: 'tariff-save' }, t('save')), ' ',
    el('button', { type: 'button', className: 'secondary', id: 'tariff-cancel', onclick: close }, t('cancel'))));
  showDerived();
  box.replaceChildren(form);
}

function render() {
  renderList();
  renderEditor();
}

async function load() {
  try {
    const [tariffs, user] = await Promise.all([api('/api/tariffs'), currentUser()]);
    Object.assign(state, { tariffs, user });
    render();
  } catch (e) {
    $('error').textContent = e.message;
  }
}

onLanguage(render);
load();

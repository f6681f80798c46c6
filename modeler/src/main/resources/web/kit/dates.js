// Days as people in Viet Nam write them: typed or picked as dd/MM/yyyy on a calendar that starts on Monday, in
// both languages; ISO yyyy-MM-dd is what is stored and sent. A typed day that the calendar does not have (31/02,
// month 20) is refused at its field, never moved to another day. The pickers are flatpickr from the vendor
// bundles (FormViewer for form-js forms, DatePicker for the pages' own inputs), configured here.
import { date } from './format.js';
import { onLanguage, texts } from './i18n.js';

const t = texts('dates', {
  datePlaceholder: ['dd/mm/yyyy', 'dd/mm/yyyy'],
  weekdaysShort: [['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'], ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']],
  weekdaysLong: [['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'],
    ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']],
  monthsShort: [['Th1', 'Th2', 'Th3', 'Th4', 'Th5', 'Th6', 'Th7', 'Th8', 'Th9', 'Th10', 'Th11', 'Th12'],
    ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']],
  monthsLong: [['Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4', 'Tháng 5', 'Tháng 6', 'Tháng 7', 'Tháng 8', 'Tháng 9',
    'Tháng 10', 'Tháng 11', 'Tháng 12'],
  ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
    'December']],
  weekAbbreviation: ['Tuần', 'Wk'],
  scrollTitle: ['Cuộn để tăng', 'Scroll to increment'],
  toggleTitle: ['Bấm để chuyển', 'Click to toggle'],
  yearAriaLabel: ['Năm', 'Year'],
  monthAriaLabel: ['Tháng', 'Month'],
  rangeSeparator: [' đến ', ' to '],
  dayImpossible: [(typed) => `ngày ${typed} không tồn tại`, (typed) => `${typed} is not a day of the calendar`],
  dayMalformed: [(typed) => `“${typed}” không phải là ngày: nhập theo dạng ngày/tháng/năm, ví dụ 05/07/2025`,
    (typed) => `“${typed}” is not a date: type day/month/year, e.g. 05/07/2025`],
  dayTooEarly: [(typed, min) => `ngày ${typed} trước ngày ${min}, ngày sớm nhất được nhận`,
    (typed, min) => `${typed} is before ${min}, the earliest day taken`]
});

const pad = (n) => String(n).padStart(2, '0');
const daysIn = (year, month) => new Date(year, month, 0).getDate();

/**
 * What a typed day is: { empty }, { iso, shown, date } for a real day, or { problem, typed } where problem is
 * 'malformed' or 'impossible'. Taken: d/M/yyyy (separated by / . or -), ddMMyyyy, and ISO yyyy-MM-dd.
 */
export function readDay(text) {
  const typed = String(text || '').trim();
  if (!typed) return { empty: true };
  let day;
  let month;
  let year;
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(typed) || /^(\d{2})(\d{2})(\d{4})$/.exec(typed);
  if (m) {
    [day, month, year] = m.slice(1).map(Number);
  } else if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(typed))) {
    [year, month, day] = m.slice(1).map(Number);
  } else {
    return { problem: 'malformed', typed };
  }
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return { problem: 'impossible', typed };
  return { iso: `${year}-${pad(month)}-${pad(day)}`, shown: `${pad(day)}/${pad(month)}/${year}`,
    date: new Date(year, month - 1, day) };
}

/** Why a typed day is refused, naming the field by its label when one is given. */
export function dayProblem(label, read) {
  const why = read.problem === 'impossible' ? t('dayImpossible', read.typed)
    : read.problem === 'early' ? t('dayTooEarly', read.typed, read.min) : t('dayMalformed', read.typed);
  return label ? `${label}: ${why}` : why.charAt(0).toUpperCase() + why.slice(1);
}

/** The flatpickr locale of the current language: Monday first, the names from this module's texts. */
function calendarLocale() {
  return {
    firstDayOfWeek: 1,
    weekdays: { shorthand: t('weekdaysShort'), longhand: t('weekdaysLong') },
    months: { shorthand: t('monthsShort'), longhand: t('monthsLong') },
    weekAbbreviation: t('weekAbbreviation'),
    scrollTitle: t('scrollTitle'),
    toggleTitle: t('toggleTitle'),
    yearAriaLabel: t('yearAriaLabel'),
    monthAriaLabel: t('monthAriaLabel'),
    rangeSeparator: t('rangeSeparator'),
    time_24hr: true
  };
}

/** A typed day as the input's picker would take it: a real day not before the picker's earliest one. */
function check(input, text) {
  const read = readDay(text);
  const min = input._flatpickr && input._flatpickr.config.minDate;
  if (read.date && min && read.date < new Date(min.getFullYear(), min.getMonth(), min.getDate())) {
    return { problem: 'early', typed: read.typed || text.trim(), min: date(isoOf(min)) };
  }
  return read;
}

const isoOf = (date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/**
 * Says on input whether what was typed is refused: a 'date-checked' event (bubbling) whose detail is the refusal
 * ({ problem, typed }) or null; the page shows the message. Returns whether it is refused.
 */
function refuses(input, text) {
  const read = check(input, text);
  const refusal = read.problem ? read : null;
  input.dispatchEvent(new CustomEvent('date-checked', { bubbles: true, detail: refusal }));
  return refusal !== null;
}

const pickerOptions = () => ({
  dateFormat: 'd/m/Y',
  ariaDateFormat: 'd/m/Y',
  allowInput: true,
  locale: calendarLocale(),
  parseDate: (text) => readDay(text).date
});

/** Puts vendor (window.FormViewer or window.DatePicker) on dd/MM/yyyy with texts(key, english, ...args) for widgets. */
export function configureDates(vendor, widgetTexts) {
  if (!vendor || typeof vendor.configure !== 'function') return vendor;
  vendor.configure({ options: pickerOptions, refuses,
    text: (key, english, ...args) => (key === 'datePlaceholder' ? t('datePlaceholder')
      : widgetTexts && widgetTexts.has(key) ? widgetTexts(key, ...args) : english) });
  return vendor;
}

/**
 * A date input of a page (not a form-js field): typed or picked as dd/MM/yyyy on the calendar, read with readDay.
 * The input must already sit in an element: the calendar opens beside it.
 */
export function datePicker(input) {
  input.placeholder = t('datePlaceholder');
  input.autocomplete = 'off';
  const vendor = configureDates(window.DatePicker);
  if (vendor) {
    vendor.datePicker(input, { static: true });
    pickers.add(input);
  }
  return input;
}

// The pages' own pickers are made again after a language switch, with the calendar's names in the new language.
const pickers = new Set();
onLanguage(() => [...pickers].forEach((input) => {
  pickers.delete(input);
  if (!input._flatpickr) return;
  input._flatpickr.destroy();
  if (input.isConnected) datePicker(input);
}));

export { t };

// Numbers, money and times as a Vietnamese civil servant reads them: vi-VN digits (decimal comma, dot thousands) in
// both languages, whole đồng, units in the page's language, dates dd/MM/yyyy and times HH:mm in Viet Nam's zone.
import { language } from './language.js';

const absent = (v) => v === null || v === undefined || v === '' || Number.isNaN(Number(v));
const unit = (vi, en) => (language() === 'vi' ? vi : en);

/** Whole đồng with vi-VN grouping ("3.000.000"); '' when absent. */
export const money = (v) => (absent(v) ? '' : Math.round(Number(v)).toLocaleString('vi-VN'));

/** A vi-VN number with at most digits decimals (2 by default); '' when absent. */
export const number = (v, digits) => (absent(v) ? '' : Number(v).toLocaleString('vi-VN',
  { maximumFractionDigits: digits === undefined ? 2 : digits }));

/** A vi-VN number with exactly digits decimals ("74,40"), for scores and points; '' when absent. */
export const fixed = (v, digits) => (absent(v) ? '' : Number(v).toLocaleString('vi-VN',
  { minimumFractionDigits: digits, maximumFractionDigits: digits }));

/** Whole đồng with its unit: "3.000.000 đ" ("3.000.000 VND" in English); '' when absent. */
export const vnd = (v) => (absent(v) ? '' : `${money(v)} ${unit('đ', 'VND')}`);

const LARGE = [[1e9, 'tỷ đ', 'billion VND'], [1e6, 'triệu đ', 'million VND']];

/** A large amount of đồng shortened with one decimal: "4.019,5 tỷ đ", "12,3 triệu đ"; below a million as vnd(). */
export function largeVnd(v) {
  if (absent(v)) return '';
  const n = Number(v);
  const step = LARGE.find(([size]) => Math.abs(n) >= size);
  return step ? `${number(n / step[0], 1)} ${unit(step[1], step[2])}` : vnd(n);
}

/** A percentage given in percent: "12,5 %" (one decimal unless digits says otherwise); '' when absent. */
export const percent = (v, digits) => (absent(v) ? '' : `${number(v, digits === undefined ? 1 : digits)} %`);

/** A share 0..1 as a percentage: 0.125 → "12,5 %"; '' when absent. */
export const share = (v, digits) => (absent(v) ? '' : percent(Number(v) * 100, digits));

/** Hours spent: "2,5 giờ" ("2,5 h" in English); '' when absent. */
export const hours = (v) => (absent(v) ? '' : `${number(v)} ${unit('giờ', 'h')}`);

/** A legal time limit: "15 ngày làm việc" ("15 working days"); '' when absent. */
export const workingDays = (v) => (absent(v) ? '' : `${number(v)} ${unit('ngày làm việc',
  Number(v) === 1 ? 'working day' : 'working days')}`);

export const ZONE = 'Asia/Ho_Chi_Minh';

const parts = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, day: '2-digit', month: '2-digit', year: 'numeric',
  hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

function local(iso) {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return null;
  return Object.fromEntries(parts.formatToParts(instant).map((x) => [x.type, x.value]));
}

/** An ISO instant as Viet Nam's local time, "dd/MM/yyyy HH:mm"; '' when absent. */
export function when(iso) {
  const p = iso ? local(iso) : null;
  return p ? `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}` : '';
}

/** The time of an instant (ISO text or Date) in Viet Nam, "HH:mm"; '' when absent. */
export function time(instant) {
  const p = instant ? local(instant) : null;
  return p ? `${p.hour}:${p.minute}` : '';
}

/** The same as when(): every page shows a moment as "dd/MM/yyyy HH:mm" in Viet Nam's zone, in both languages. */
export const dateTime = when;

/** A calendar date ("2025-07-01") or an instant's day in Viet Nam as "dd/MM/yyyy"; '' when absent. */
export function date(iso) {
  if (!iso) return '';
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (plain) return `${plain[3]}/${plain[2]}/${plain[1]}`;
  const p = local(iso);
  return p ? `${p.day}/${p.month}/${p.year}` : '';
}

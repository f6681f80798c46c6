// Numbers, money and times as a Vietnamese civil servant reads them: vi-VN digits, whole đồng, Viet Nam's time zone.
import { locale } from './i18n.js';

/** Whole đồng with vi-VN grouping ("3.000.000"); '' when absent. */
export const money = (v) => (v === null || v === undefined || v === '') ? '' : Math.round(Number(v)).toLocaleString('vi-VN');

/** A vi-VN number with at most digits decimals (2 by default); '' when absent. */
export const number = (v, digits) => (v === null || v === undefined) ? '' : Number(v).toLocaleString('vi-VN',
  { maximumFractionDigits: digits === undefined ? 2 : digits });

/** A date and time in the current language's format (the browser's time zone). */
export const dateTime = (iso) => new Date(iso).toLocaleString(locale());

export const ZONE = 'Asia/Ho_Chi_Minh';

const parts = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, day: '2-digit', month: '2-digit', year: 'numeric',
  hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** An ISO instant as Viet Nam's local time, "dd/MM/yyyy HH:mm"; '' when absent. */
export function when(iso) {
  if (!iso) return '';
  const p = Object.fromEntries(parts.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

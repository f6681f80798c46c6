// What running workflows measured, shown beside the usage statistics: per province, the dossiers counted, the days
// they cover, the coverage of the workflow (all dossiers or a pilot) and the projection to a year; and whether the
// figure stands for the province's year (a workflow covering all dossiers, measured long enough) or is only shown
// beside the statistic it never replaces. Shared by the procedure page and the ranking's explanation.
import { data, el } from '../kit/dom.js';
import { money } from '../kit/format.js';
import { texts } from '../kit/i18n.js';
import { nameOf } from '../kit/names.js';
import { table } from '../kit/table.js';

const t = texts('measured', {
  msTitle: ['Số liệu đo từ quy trình đang vận hành', 'Measured by the running workflow'],
  msHelp: ['Chỉ số liệu đo của quy trình áp dụng cho toàn bộ hồ sơ, đo đủ thời gian, mới được quy ra năm và dùng thay số liệu thống kê; số liệu thí điểm hoặc đo chưa đủ thời gian chỉ đặt bên cạnh để tham khảo.',
    'Only a workflow covering all dossiers, measured long enough, is projected to a year and stands in for the statistics; a pilot’s figures, or too short a measurement, are shown beside them for reference.'],
  msLocality: ['Địa phương', 'Locality'],
  msYear: ['Năm', 'Year'],
  msCoverage: ['Hồ sơ áp dụng', 'Dossiers covered'],
  msDossiers: ['Hồ sơ đã đo', 'Dossiers measured'],
  msPeriod: ['Thời gian đo', 'Period measured'],
  msUse: ['Cách dùng', 'Use'],
  msDays: [(d, y) => `đo ${d} ngày, quy ra năm: ${y} hồ sơ`, (d, y) => `measured ${d} days, projected to a year: ${y} dossiers`],
  msWholeYear: ['đo cả năm', 'measured the whole year'],
  msStands: ['dùng thay số liệu thống kê', 'stands in for the statistics'],
  msBeside: ['chỉ tham khảo, không thay số liệu thống kê', 'for reference only, the statistics stand']
});

/** How a measurement is used, in words. */
export const measuredUse = (m) => (m.standsForYear ? t('msStands') : t('msBeside'));

/** The period of a measurement and its projection, in words. */
export const measuredPeriod = (m) => (m.coveredDays ? t('msDays', m.coveredDays, money(m.projectedPerYear)) : t('msWholeYear'));

/** The measurements as a titled table (id measured-usage), or null when there are none. */
export function measuredBeside(measured, localityName) {
  if (!measured || !measured.length) return null;
  const rows = measured.map((m) => el('tr', { dataset: { locality: m.localityCode, coverage: m.coverage, stands: String(m.standsForYear) } },
    el('td', {}, data('span', {}, localityName(m.localityCode))), el('td', { className: 'num' }, String(m.year)),
    el('td', { className: 'coverage' }, nameOf('coverage', m.coverage)),
    el('td', { className: 'num' }, money(m.dossiersTotal)),
    el('td', { className: 'period' }, measuredPeriod(m)),
    el('td', { className: 'use ' + (m.standsForYear ? 'stands' : 'beside') }, measuredUse(m))));
  return el('div', { className: 'measured-usage', id: 'measured-usage' },
    el('h4', {}, t('msTitle')), el('p', { className: 'note' }, t('msHelp')),
    table(['msLocality', 'msYear', 'msCoverage', 'msDossiers', 'msPeriod', 'msUse'], rows,
      { label: t, numeric: [false, true, false, true, false, false] }));
}

// The templates page's differences said as sentences: a version diff's changed attributes ("Mức phí, lệ phí:
// 8.000 đ → 10.000 đ") and a locality's deviations from the national standard, each with the label a person knows
// and values formatted (đ, ngày làm việc, names instead of codes), never an attribute's internal name.
import { data } from '../kit/dom.js';
import { number, vnd, workingDays } from '../kit/format.js';
import { texts } from '../kit/i18n.js';
import { nameOf } from '../kit/names.js';

const t = texts('templateChanges', {
  nothing: ['(không có)', '(none)'],
  'attr.name': ['Tên', 'Name'],
  'attr.field': ['Lĩnh vực', 'Field'],
  'attr.level': ['Cấp thực hiện', 'Level'],
  'attr.agencyCode': ['Cơ quan thực hiện', 'Implementing agency'],
  'attr.processingDays': ['Thời hạn giải quyết', 'Processing time'],
  'attr.onlineLevel': ['Mức trực tuyến', 'Online level'],
  'attr.legalBasis': ['Căn cứ pháp lý', 'Legal basis'],
  'attr.channel': ['Kênh', 'Channel'],
  'attr.amountVnd': ['Mức phí, lệ phí', 'Fee amount'],
  'attr.case': ['Trường hợp', 'Case'],
  'attr.originals': ['Số bản chính', 'Originals'],
  'attr.copies': ['Số bản sao', 'Copies'],
  'attr.copyKind': ['Loại bản sao', 'Copy kind'],
  'attr.reusableFrom': ['Có thể khai thác từ', 'Reusable from'],
  'attr.formCode': ['Mẫu đơn, tờ khai', 'Form'],
  'attr.form': ['Biểu mẫu', 'Form'],
  'attr.type': ['Kiểu dữ liệu', 'Type'],
  'attr.label': ['Nhãn', 'Label'],
  'attr.labelEn': ['Nhãn tiếng Anh', 'English label'],
  'attr.required': ['Bắt buộc', 'Required'],
  'attr.help': ['Hướng dẫn ghi', 'Help text'],
  'attr.minLength': ['Số ký tự tối thiểu', 'Minimum length'],
  'attr.maxLength': ['Số ký tự tối đa', 'Maximum length'],
  'attr.min': ['Giá trị nhỏ nhất', 'Minimum'],
  'attr.max': ['Giá trị lớn nhất', 'Maximum'],
  'attr.pattern': ['Định dạng', 'Pattern'],
  'attr.options': ['Các lựa chọn', 'Options'],
  'attr.reuseFrom': ['Lấy dữ liệu từ', 'Reused from'],
  'attr.version': ['Phiên bản', 'Version'],
  standardOnly: [(what) => `${what} (chỉ có trong chuẩn)`, (what) => `${what} (in the standard only)`],
  localOnly: [(what) => `${what} (chỉ có ở địa phương)`, (what) => `${what} (local only)`],
  helpOf: [(field) => `Hướng dẫn ghi trường ${field}`, (field) => `Help text of field ${field}`]
});

const NAMED = { level: 'level', onlineLevel: 'onlineLevel', channel: 'channel', copyKind: 'copyKind' };
const NUMBERS = ['originals', 'copies', 'minLength', 'maxLength', 'min', 'max'];

/** One value of attribute as a person reads it; '(không có)' when there is none. */
export function valueOf(attribute, value, databaseName) {
  if (value === null || value === undefined || value === '') return t('nothing');
  if (attribute === 'amountVnd') return vnd(value);
  if (attribute === 'processingDays') return workingDays(value);
  if (NAMED[attribute]) return nameOf(NAMED[attribute], value);
  if (attribute === 'required') return nameOf('boolean', value);
  if (NUMBERS.includes(attribute)) return number(value, 6);
  if ((attribute === 'reusableFrom' || attribute === 'reuseFrom') && databaseName) return databaseName(value);
  return String(value);
}

/** The label of attribute (its internal name only when no label is known). */
export const labelOf = (attribute) => t.of('attr', attribute);

/** A change of one attribute: "Mức phí, lệ phí: 8.000 đ → 10.000 đ". */
export function changeLine(change, databaseName) {
  return `${labelOf(change.attribute)}: ${valueOf(change.attribute, change.before, databaseName)} → `
    + valueOf(change.attribute, change.after, databaseName);
}

/** What a fee deviation's subject "id (name)" names: the fee's name. */
const feeName = (subject) => {
  const m = /^[^\s(]+ \((.*)\)$/.exec(subject || '');
  return m ? m[1] : subject;
};

/**
 * A deviation's detail (its kind is shown beside it), as the parts of a line: "Thời hạn giải quyết: 1 ngày làm việc →
 * 5 ngày làm việc", "Lệ phí cấp bản sao: 8.000 đ → 12.000 đ"; the names and texts the package and the locality wrote
 * are marked as data. agencyName(code) names the standard's agency when known.
 */
export function deviationLine(d, agencyName) {
  const named = (text) => data('span', {}, text);
  switch (d.kind) {
    case 'OUTDATED_VERSION': return [`${labelOf('version')}: ${d.standard} → ${d.local}`];
    case 'LONGER_TIME':
    case 'SHORTER_TIME': return [`${labelOf('processingDays')}: ${workingDays(d.standard)} → ${workingDays(d.local)}`];
    case 'HIGHER_FEE':
    case 'LOWER_FEE': return [named(feeName(d.subject)), `: ${vnd(d.standard)} → ${vnd(d.local)}`];
    case 'OTHER_AGENCY': {
      const standard = agencyName && agencyName(d.standard) ? `${d.standard} (${agencyName(d.standard)})` : d.standard;
      return [`${labelOf('agencyCode')}: `, standard ? named(standard) : t('nothing'), ' → ', d.local ? named(d.local) : t('nothing')];
    }
    case 'EXTRA_DOCUMENT':
    case 'EXTRA_FIELD': return sentence(t('localOnly', '\u0000'), d.local || d.subject);
    case 'FEWER_DOCUMENTS':
    case 'FEWER_FIELDS': return sentence(t('standardOnly', '\u0000'), d.standard || d.subject);
    case 'LOCAL_HELP_TEXT': return [...sentence(t('helpOf', '\u0000'), d.subject), ': “', named(d.standard || ''), '” → “',
      named(d.local || ''), '”'];
    default: return [named(d.subject), `: ${d.standard ?? t('nothing')} → ${d.local ?? t('nothing')}`];
  }
}

/** A sentence of the page's words with a name in it: the text's \u0000 is where the name goes, marked as data. */
function sentence(text, name) {
  const [before, after] = text.split('\u0000');
  return [before, data('span', {}, name), after];
}

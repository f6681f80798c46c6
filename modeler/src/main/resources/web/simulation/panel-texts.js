// What the modeler's simulation group in the properties panel says, in the page's language, and the defaults it
// shows in empty fields: the module gives the panel its simulationTexts service (see frontend/src/simulation/panel.js).
import { language, texts } from '../kit/i18n.js';

const t = texts('simulation', {
  group: ['Mô phỏng', 'Simulation'],
  durationKind: ['Thời gian xử lý (phân phối)', 'Processing time (distribution)'],
  kindDefault: ['Mặc định', 'Default'],
  'kind.FIXED': ['Cố định', 'Fixed'],
  'kind.UNIFORM': ['Đều', 'Uniform'],
  'kind.TRIANGULAR': ['Tam giác', 'Triangular'],
  'kind.NORMAL': ['Chuẩn', 'Normal'],
  'kind.EXPONENTIAL': ['Mũ', 'Exponential'],
  'kind.LOG_NORMAL': ['Log-chuẩn', 'Log-normal'],
  'field.value': ['Thời gian (giờ)', 'Duration (hours)'],
  'field.min': ['Ngắn nhất (giờ)', 'Minimum (hours)'],
  'field.mode': ['Thường gặp nhất (giờ)', 'Most likely (hours)'],
  'field.max': ['Dài nhất (giờ)', 'Maximum (hours)'],
  'field.mean': ['Trung bình (giờ)', 'Mean (hours)'],
  'field.sd': ['Độ lệch chuẩn (giờ)', 'Standard deviation (hours)'],
  hours: ['giờ', 'hours'],
  hoursNote: ['Giờ làm việc của người thực hiện.', 'Working hours of the role that performs it.'],
  defaultIs: [(what) => `Mặc định: ${what}`, (what) => `Default: ${what}`],
  defaultDuration: ['tam giác 0,25 / 0,5 / 1 giờ', 'triangular 0.25 / 0.5 / 1 hours'],
  role: ['Người thực hiện (vai trò)', 'Performed by (role)'],
  roleDefault: ['Theo làn chứa nhiệm vụ', 'The lane that holds the task'],
  nobody: ['Không ai (tự động)', 'No one (automated)'],
  'applicant.applicantHours': ['Số giờ của người nộp hồ sơ', 'Applicant\'s hours'],
  'applicant.visits': ['Số lần đến cơ quan', 'Visits in person'],
  'applicant.outOfPocket': ['Chi phí bằng tiền (đồng)', 'Out-of-pocket cost (VND)'],
  probability: ['Xác suất đi nhánh này (%)', 'Probability of this branch (%)'],
  probabilityNote: ['Các nhánh ra của một cổng loại trừ cộng lại phải bằng 100 %.',
    'The branches leaving an exclusive gateway must add up to 100 %.'],
  arrivals: ['Hồ sơ đến', 'Arrivals'],
  'arrival.POISSON': ['Ngẫu nhiên (Poisson)', 'Random (Poisson)'],
  'arrival.FIXED': ['Đều đặn (lịch cố định)', 'Evenly (fixed schedule)'],
  'run.casesPerDay': ['Số hồ sơ mỗi ngày làm việc', 'Cases per working day'],
  'run.cases': ['Số hồ sơ mô phỏng', 'Cases to simulate'],
  'run.warmupCases': ['Số hồ sơ khởi động (không tính)', 'Warm-up cases (not counted)'],
  'run.seed': ['Hạt giống ngẫu nhiên', 'Random seed'],
  roleHeading: ['Vai trò:', 'Role:'],
  'roleField.count': ['Số người', 'Staff'],
  'roleField.hours': ['Giờ làm việc (08:00-12:00,13:00-17:00)', 'Working hours (08:00-12:00,13:00-17:00)'],
  'roleField.costPerHour': ['Chi phí mỗi giờ (đồng)', 'Cost per hour (VND)'],
  notNumber: ['Hãy nhập một số.', 'Enter a number.'],
  belowMin: [(min) => `Không được nhỏ hơn ${min}.`, (min) => `Must not be below ${min}.`],
  aboveHundred: ['Không được lớn hơn 100 %.', 'Must not be above 100 %.'],
  badHours: ['Viết giờ làm việc như 08:00-12:00,13:00-17:00.', 'Write working hours as 08:00-12:00,13:00-17:00.']
});

const decimal = () => (language() === 'vi' ? ',' : '.');

/** A number as a field shows it: the language's decimal sign, no grouping, at most four decimals. */
function number(n) {
  if (n === undefined || n === null || Number.isNaN(Number(n))) return '';
  return String(Math.round(Number(n) * 10000) / 10000).replace('.', decimal());
}

/**
 * A number typed in a field, with either decimal sign and no grouping (as the fields show numbers; spaces ignored):
 * undefined when empty, NaN when not a number.
 */
function parse(text) {
  const s = String(text || '').replace(/\s/g, '').replace(',', '.');
  if (s === '') return undefined;
  return /^-?\d*\.?\d+$/.test(s) ? Number(s) : NaN;
}

/**
 * The module that gives the simulation group its texts; defaults() answers the parameters a run of the stored model
 * uses (or undefined before they are read).
 */
export function simulationTextsModule(defaults) {
  return { simulationTexts: ['value', { text: (key, ...args) => t(key, ...args), number, parse, defaults }] };
}

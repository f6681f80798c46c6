// The date picker of the pages' own date inputs (task forms, filters), exposed as window.DatePicker
// ({ datePicker, configure }).
export { configure, datePicker } from './date-picker.js';

// flatpickr as Procedo's pages use it, for form-js's date fields and for the pages' own date inputs: the page gives
// the settings (format, calendar names, the strict reading of a typed day) and the texts of form-js's widgets
// through configure(); a typed day the page refuses stays in its input, and flatpickr never rewrites it.
import flatpickr from 'flatpickr';

let settings = {
  options: () => ({}),
  refuses: () => false,
  text: (key, english) => english
};

/**
 * Sets what the pickers and form-js's widgets use from now on: options(input) the flatpickr options of a picker,
 * refuses(input, typed) whether a typed day is refused (the page shows why), text(key, english, ...args) a widget's
 * text in the page's language.
 */
export function configure(next) {
  settings = { ...settings, ...next };
}

/** A text of form-js's widgets in the page's language; english is the text form-js itself would show. */
export function text(key, english, ...args) {
  return settings.text(key, english, ...args);
}

/**
 * A flatpickr on input with the page's settings over config. A typed day the page refuses is kept from flatpickr,
 * which would otherwise clear the input (on Enter, on blur, on a click or focus elsewhere): the text stays.
 */
export function datePicker(input, config) {
  const instance = flatpickr(input, { ...(config || {}), ...settings.options(input) });
  const setDate = instance.setDate;
  instance.setDate = (date, ...rest) => {
    if (typeof date === 'string' && settings.refuses(input, date)) return undefined;
    return setDate(date, ...rest);
  };
  return instance;
}

export default datePicker;

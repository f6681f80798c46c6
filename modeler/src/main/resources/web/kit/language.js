// The language the person chose: Vietnamese by default, English on the switch, kept in this browser. The calls
// (api.js) and the texts (i18n.js) both read this one choice, without importing each other.
const STORAGE_KEY = 'procedo.lang';
let chosen = localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';

/** The current language: 'vi' or 'en'. */
export function language() {
  return chosen;
}

/** Keeps next ('vi' or 'en') as the language of this browser. */
export function chooseLanguage(next) {
  chosen = next === 'en' ? 'en' : 'vi';
  localStorage.setItem(STORAGE_KEY, chosen);
}

// Building and finding elements.

/** Creates an element: el('td', {className: 'num'}, 'text', child...). */
export function el(tag, props, ...children) {
  const node = document.createElement(tag);
  Object.entries(props || {}).forEach(([k, v]) => {
    if (k === 'dataset') Object.assign(node.dataset, v);
    else if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else if (k in node) node[k] = v;
    else node.setAttribute(k, v);
  });
  children.flat().forEach((c) => { if (c !== null && c !== undefined) node.append(c instanceof Node ? c : String(c)); });
  return node;
}

/**
 * An element holding data rather than the page's own words (a procedure's or agency's name, a person, a code someone
 * typed): marked translate="no", so that neither a translator nor the language checks take it for the page's text.
 */
export function data(tag, props, ...children) {
  return el(tag, Object.assign({}, props || {}, { translate: false }), ...children);
}

/**
 * A file input shown as a button in the page's words (its label, class file-button, says "Chọn tệp…"; the browser's
 * own "Choose File" follows the browser's language, not the page's), with the chosen file's name beside it.
 */
export function fileChooser(input) {
  const name = data('span', { className: 'file-name' });
  input.closest('label').after(' ', name);
  input.addEventListener('change', () => { name.textContent = input.files[0] ? input.files[0].name : ''; });
}

/** The element with this id. */
export const $ = (id) => document.getElementById(id);

/**
 * A message as the parts of a line: what it quotes ('Thẩm định hồ sơ', “Giấy khai sinh”) is a name it cites, marked
 * as data; the rest is the message's own words.
 */
export function withNames(text) {
  // a quote opens after a space or a bracket and closes before one or a punctuation mark: "can't" quotes nothing
  return String(text ?? '').split(/((?<=^|[\s(])'[^']*'(?=$|[\s),.;:])|“[^”]*”)/)
    .map((part, i) => (i % 2 ? data('span', {}, part) : part)).filter((part) => part !== '');
}

/** Shows an error's message in the page's #error element (the names it quotes marked as data), or clears it. */
export function showError(e) {
  $('error').replaceChildren(...(e ? withNames(e.message) : []));
}

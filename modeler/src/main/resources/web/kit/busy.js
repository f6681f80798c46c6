// Showing that an action is under way: the button or link that started it is disabled, marked aria-busy and says
// "Đang xử lý…" beside a spinner until the answer has come, then reads as before. Downloads that take a while (reports,
// the catalog workbook) are fetched by the page itself for the same reason, then saved under the server's file name.
import { ApiError, request } from './api.js';
import { el } from './dom.js';
import { texts } from './i18n.js';

const t = texts('busy', {
  busyWorking: ['Đang xử lý…', 'Working…']
});

/**
 * Shows control busy (disabled, aria-busy, "Đang xử lý…" with a spinner) and answers the function that shows it as it
 * was. A control already busy stays so; its second caller's function changes nothing.
 */
export function markBusy(control) {
  if (!control || control.getAttribute('aria-busy') === 'true') return () => {};
  const label = [...control.childNodes];
  const button = 'disabled' in control;
  const wasDisabled = button && control.disabled;
  control.setAttribute('aria-busy', 'true');
  control.classList.add('busy');
  if (button) control.disabled = true;
  else control.setAttribute('aria-disabled', 'true');
  control.replaceChildren(el('span', { className: 'spinner', 'aria-hidden': 'true' }), t('busyWorking'));
  return () => {
    control.replaceChildren(...label);
    control.classList.remove('busy');
    control.removeAttribute('aria-busy');
    if (button) control.disabled = wasDisabled;
    else control.removeAttribute('aria-disabled');
  };
}

/** Runs work() with control shown busy until it ends; answers (or throws) what work does. */
export async function whileBusy(control, work) {
  if (control && control.getAttribute('aria-busy') === 'true') return undefined;
  const done = markBusy(control);
  try {
    return await work();
  } finally {
    done();
  }
}

/** The file name an answer gives in its Content-Disposition, or the last part of its address. */
function fileName(response, url) {
  const disposition = response.headers.get('content-disposition') || '';
  const utf8 = disposition.match(/filename\*=UTF-8''([^;]+)/i);
  if (utf8) return decodeURIComponent(utf8[1]);
  const plain = disposition.match(/filename="?([^";]+)"?/i);
  return plain ? plain[1] : new URL(url, location.href).pathname.split('/').pop();
}

/** Saves blob as a file of this name, as a download link would. */
export function saveFile(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

/**
 * Makes a download link (its href read at the click) fetch the file itself, busy until the file has arrived, then save
 * it; a refusal is handed to onError as an ApiError. A click with a modifier key keeps the browser's own behaviour.
 */
export function busyDownload(link, onError) {
  link.addEventListener('click', (event) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const url = link.href;
    whileBusy(link, async () => {
      const response = await request(url);
      if (!response.ok) {
        const type = response.headers.get('content-type') || '';
        throw new ApiError(response.status, type.includes('json') ? await response.json() : { message: await response.text() });
      }
      saveFile(await response.blob(), fileName(response, url));
    }).catch((e) => onError(e));
  });
}

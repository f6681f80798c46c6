// Calls of the JSON API that turn its errors into readable messages. Every call acts as the signed-in person: the
// browser sends the session cookie, and every change carries the session's CSRF token (X-CSRF-Token); an answer
// 401 (no session, or it ended) takes the person to the sign-in page and back here afterwards. Every call names the
// page's language (Accept-Language), in which the server words its answers.
import { language } from './language.js';

/** The sign-in page, the one page shown without a session. */
export const SIGN_IN_PAGE = '/signin.html';
const CSRF_HEADER = 'X-CSRF-Token';
const SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS'];
/** The code of the refusal of a change sent without the session's CSRF token. */
const CSRF_REFUSED = 'modeler.access.csrf';

/**
 * Error thrown by api(): message for people (each field by its label as the person sees it), status, the API's
 * errors[] and the sentence's code for code.
 */
export class ApiError extends Error {
  constructor(status, body) {
    const errors = (body && body.errors) || [];
    super(errors.length ? errors.map((e) => (e.label || e.field ? `${e.label || e.field}: ` : '') + e.message).join('; ')
      : (body && body.message) || ('HTTP ' + status));
    this.code = body && body.code;
    this.status = status;
    this.errors = errors;
    this.body = body;
  }
}

/** This page's address as a same-site path, to come back to after signing in. */
export function here() {
  return location.pathname + location.search + location.hash;
}

/** Sends the person to the sign-in page, which brings them back to next (this page by default). */
export function toSignIn(next) {
  location.assign(`${SIGN_IN_PAGE}?next=${encodeURIComponent(next || here())}`);
}

let me = null;

/**
 * The signed-in person ({username, displayName, roles, mustChangePassword, csrfToken}), asked of GET /api/me once
 * for the page.
 */
export function currentUser() {
  return me || reloadUser();
}

/** Asks GET /api/me again (the session may have changed since the page loaded). */
export function reloadUser() {
  const asked = fetch('/api/me', { headers: { Accept: 'application/json', 'Accept-Language': language() } }).then(async (response) => {
    if (response.status === 401 && location.pathname !== SIGN_IN_PAGE) toSignIn();
    if (!response.ok) throw new ApiError(response.status, await body(response));
    return response.json();
  });
  asked.catch(() => { if (me === asked) me = null; });
  me = asked;
  return asked;
}

/** Keeps the person an answer of the API names (signing in, a password change): the session and its token are new. */
export function rememberUser(user) {
  me = Promise.resolve(user);
}

async function body(response) {
  const type = response.headers.get('content-type') || '';
  return type.includes('json') ? response.json() : { message: await response.text() };
}

async function send(url, options, token) {
  const o = Object.assign({}, options || {});
  o.headers = Object.assign({ 'Accept-Language': language() }, o.headers || {});
  if (token) o.headers[CSRF_HEADER] = token;
  return fetch(url, o);
}

/** Whether a 403 says that the request lacked the session's CSRF token (the session changed since the page loaded). */
async function refusedForCsrf(response) {
  if (response.status !== 403) return false;
  const answer = await response.clone().json().catch(() => ({}));
  return answer.code === CSRF_REFUSED;
}

/**
 * fetch() as the signed-in person: a change carries the CSRF token (asked again once when the server refuses it);
 * an answer 401 sends the person to the sign-in page (except on that page). Answers the Response, whatever its status.
 */
export async function request(url, options) {
  pending(+1);
  try {
    return await requestOnce(url, options);
  } finally {
    pending(-1);
  }
}

/** Counts the calls under way in the page's data-calls attribute (0 when the page has what it asked for). */
function pending(change) {
  const root = document.documentElement;
  root.dataset.calls = String(Number(root.dataset.calls || 0) + change);
}

async function requestOnce(url, options) {
  const method = ((options && options.method) || 'GET').toUpperCase();
  const changes = !SAFE_METHODS.includes(method);
  let response = await send(url, options, changes ? (await currentUser()).csrfToken : null);
  if (changes && await refusedForCsrf(response)) {
    response = await send(url, options, (await reloadUser()).csrfToken);
  }
  if (response.status === 401 && location.pathname !== SIGN_IN_PAGE) {
    toSignIn();
  }
  return response;
}

/** request() that returns parsed JSON (or text for non-JSON answers) and throws ApiError on 4xx/5xx. */
export async function api(url, options) {
  const response = await request(url, options);
  const type = response.headers.get('content-type') || '';
  const answer = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) throw new ApiError(response.status, typeof answer === 'string' ? { message: answer } : answer);
  return answer;
}

/** A JSON body for api(): {method, headers with Content-Type, body}. */
export function json(method, value) {
  return { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(value) };
}

/** The query parameters of the page's address. */
export const params = new URLSearchParams(location.search);

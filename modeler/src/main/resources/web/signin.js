// The sign-in page: username and password, clear messages for a wrong password and for a locked account (with
// when to try again), then, when the password must change, the change-password form; finally the page asked for
// (?next=, a path of this site only).
import { ApiError, currentUser, json, params, rememberUser } from './kit/api.js';
import { $, el } from './kit/dom.js';
import { time } from './kit/format.js';
import { language, onLanguage, showPage, texts } from './kit/i18n.js';
import { passwordForm, passwordText } from './account/password.js';

const t = texts('signin', {
  siTitle: ['Đăng nhập', 'Sign in'],
  siUsername: ['Tên đăng nhập', 'Username'],
  siPassword: ['Mật khẩu', 'Password'],
  siSubmit: ['Đăng nhập', 'Sign in'],
  siMissing: ['Hãy nhập tên đăng nhập và mật khẩu.', 'Enter your username and password.'],
  siWrong: ['Tên đăng nhập hoặc mật khẩu không đúng. Lưu ý: đăng nhập sai nhiều lần, tài khoản sẽ bị tạm khóa.',
    'Wrong username or password. Note: after repeated failures the account is locked for a while.'],
  siLocked: [(seconds, at) => `Tài khoản đang tạm khóa vì đăng nhập sai nhiều lần. Hãy thử lại sau ${seconds} giây (lúc ${at}).`,
    (seconds, at) => `The account is locked after repeated failed sign-ins. Try again in ${seconds} seconds (at ${at}).`],
  siFailed: [(m) => `Không đăng nhập được: ${m}`, (m) => `Could not sign in: ${m}`],
  siMustChange: ['Bạn cần đặt mật khẩu mới trước khi làm việc (mật khẩu hiện tại là mật khẩu tạm thời).',
    'Set a new password before you start (the current one is temporary).']
});
showPage(t);

/** Where to go once signed in: a path of this site (never another site's address), not this page. */
export function safeNext(raw) {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  let url;
  try { url = new URL(raw, location.origin); } catch { return '/'; }
  if (url.origin !== location.origin || url.pathname === location.pathname) return '/';
  return url.pathname + url.search + url.hash;
}

const next = safeNext(params.get('next'));
let message = null;

function say(render) {
  message = render;
  $('signin-error').textContent = render ? render() : '';
}

function lockedUntil(seconds) {
  const at = new Date(Date.now() + seconds * 1000);
  return () => t('siLocked', seconds, time(at));
}

function goOn() {
  location.assign(next);
}

function askForNewPassword(user, current) {
  $('signin').hidden = true;
  const box = $('change');
  const why = el('p', { className: 'notice', id: 'change-why' }, t('siMustChange'));
  const title = el('h2', {}, passwordText('chTitle'));
  onLanguage(() => { why.textContent = t('siMustChange'); title.textContent = passwordText('chTitle'); });
  box.replaceChildren(title, why, passwordForm(user, goOn, current));
  box.hidden = false;
  $('current-password').focus();
}

async function signIn(event) {
  event.preventDefault();
  const username = $('username').value.trim();
  const password = $('password').value;
  if (!username || !password) { say(() => t('siMissing')); return; }
  say(null);
  $('signin-submit').disabled = true;
  try {
    // Signing in is the one change without a session (so without a CSRF token), and its 401 is an answer to show
    // here, not a reason to come back to this page: it goes to fetch itself rather than through api().
    const signIn = json('POST', { username, password });
    signIn.headers['Accept-Language'] = language();
    const response = await fetch('/api/session', signIn);
    const type = response.headers.get('content-type') || '';
    const body = type.includes('json') ? await response.json() : { message: await response.text() };
    if (response.status === 401) { say(() => t('siWrong')); $('password').select(); return; }
    if (response.status === 429) { say(lockedUntil(Number(response.headers.get('Retry-After')) || 60)); return; }
    if (!response.ok) { const e = new ApiError(response.status, body); say(() => t('siFailed', e.message)); return; }
    rememberUser(body);
    if (body.mustChangePassword || params.get('change') === '1') askForNewPassword(body, password);
    else goOn();
  } catch (e) {
    say(() => t('siFailed', e.message));
  } finally {
    $('signin-submit').disabled = false;
  }
}

$('signin-form').addEventListener('submit', signIn);
onLanguage(() => say(message));
if (params.get('change') === '1') {
  // Signed in with a password that must change: the form asks for it at once.
  currentUser().then((user) => askForNewPassword(user)).catch(() => $('username').focus());
} else {
  $('username').focus();
}

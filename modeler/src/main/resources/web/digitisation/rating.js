// The applicant's rating of the service on the public status page: once the dossier has its outcome, a score from 1
// to 5 and a comment, sent with the dossier number and its look-up code (no sign-in, no cookie); once per dossier.
import { el } from '../kit/dom.js';
import { language, texts } from '../kit/i18n.js';

const t = texts('rating', {
  rtTitle: ['Đánh giá mức độ hài lòng', 'Rate the service'],
  rtIntro: ['Ông/bà hài lòng thế nào với việc giải quyết hồ sơ này? Mỗi hồ sơ được đánh giá một lần.',
    'How satisfied are you with how this dossier was handled? Each dossier is rated once.'],
  rtScore: ['Mức độ hài lòng', 'Satisfaction'],
  'score.1': ['Rất không hài lòng', 'Very dissatisfied'],
  'score.2': ['Không hài lòng', 'Dissatisfied'],
  'score.3': ['Bình thường', 'Neutral'],
  'score.4': ['Hài lòng', 'Satisfied'],
  'score.5': ['Rất hài lòng', 'Very satisfied'],
  rtComment: ['Ý kiến (không bắt buộc)', 'Comment (optional)'],
  rtSubmit: ['Gửi đánh giá', 'Send the rating'],
  rtChoose: ['Hãy chọn một mức độ hài lòng.', 'Choose a level of satisfaction.'],
  rtThanks: ['Cảm ơn ông/bà đã đánh giá. Ý kiến của ông/bà giúp cơ quan cải thiện việc giải quyết thủ tục hành chính.',
    'Thank you for your rating. It helps the agency improve how it handles administrative procedures.'],
  rtFailed: ['Không gửi được đánh giá lúc này. Hãy thử lại sau.', 'The rating could not be sent. Try again later.']
});

/**
 * The rating form for the dossier looked up with {dossierNumber, code}; {@code state} keeps what was typed and the
 * answer across redrawing in the other language.
 */
export function ratingPanel(lookup, state) {
  const error = el('p', { className: 'error', id: 'rating-error', role: 'alert' }, state.error || '');
  if (state.sent) {
    return el('section', { id: 'rating', className: 'rating' }, el('h3', {}, t('rtTitle')),
      el('p', { id: 'rating-thanks' }, t('rtThanks')));
  }
  const choices = [1, 2, 3, 4, 5].map((n) => el('label', { className: 'rating-choice' },
    el('input', { type: 'radio', name: 'score', value: String(n), id: 'score-' + n, checked: state.score === n,
      onchange: () => { state.score = n; } }), ' ', `${n} — ${t('score.' + n)}`));
  const comment = el('textarea', { id: 'rating-comment', rows: 3, maxLength: 2000,
    oninput: (e) => { state.comment = e.target.value; } });
  comment.value = state.comment || '';
  const send = async (event) => {
    event.preventDefault();
    if (!state.score) {
      error.textContent = t('rtChoose');
      return;
    }
    try {
      const response = await fetch('/api/dossier-rating', { method: 'POST', credentials: 'omit',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': language() },
        body: JSON.stringify({ dossierNumber: lookup.dossierNumber, code: lookup.code, score: state.score,
          comment: state.comment || null }) });
      if (response.ok) {
        state.sent = true;
        state.error = null;
      } else {
        const answer = await response.json().catch(() => ({}));
        state.error = answer.errors && answer.errors.length ? answer.errors[0].message : answer.message || t('rtFailed');
      }
    } catch {
      state.error = t('rtFailed');
    }
    state.redraw();
  };
  return el('section', { id: 'rating', className: 'rating' },
    el('h3', {}, t('rtTitle')),
    el('p', { className: 'note' }, t('rtIntro')),
    el('form', { id: 'rating-form', className: 'stacked', onsubmit: send },
      el('fieldset', {}, el('legend', {}, t('rtScore')), choices),
      el('label', {}, el('span', {}, t('rtComment')), comment),
      error,
      el('button', { type: 'submit', id: 'rating-submit' }, t('rtSubmit'))));
}

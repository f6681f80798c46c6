// Catalog page: a badge with the planned annual saving on every ranked procedure that has a simplification plan.
import { api } from '../kit/api.js';
import { el } from '../kit/dom.js';
import { money } from '../kit/format.js';
import { texts } from '../kit/i18n.js';
import { nameOf } from '../kit/names.js';

const t = texts('planBadges', {
  planBadge: [(s, st) => `Phương án ${st}: −${s} đ/năm`, (s, st) => `Plan (${st}): −${s} VND/year`]
});
const savings = {};
function decorate() {
  document.querySelectorAll('#ranking tr.item').forEach((row) => {
    const s = savings[row.dataset.code];
    if (!s || row.querySelector('.plan-badge')) return;
    const cell = row.children[2];
    if (cell) {
      cell.append(el('span', { className: 'badge plan-badge', dataset: { status: s.status } },
        t('planBadge', money(s.savingVnd), nameOf('planStatus', s.status).toLocaleLowerCase('vi'))));
    }
  });
}
/** Keeps a badge on every row of the ranking (#ranking) whose procedure has a plan, as the rows change. */
export function showPlanBadges() {
  api('/api/plans/savings').then((list) => {
    list.forEach((s) => { savings[s.procedureCode] = s; });
    decorate();
    const body = document.querySelector('#ranking tbody');
    if (body) new MutationObserver(decorate).observe(body, { childList: true });
  }).catch(() => { /* the ranking stays usable without badges */ });
}

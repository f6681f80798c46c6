// Catalog page: a badge with the planned annual saving on every ranked procedure that has a simplification plan.
(function () {
  Procedo.addTexts({ vi: { planBadge: (s, st) => `Phương án ${st}: −${s} đ/năm` }, en: { planBadge: (s, st) => `Plan ${st}: −${s} VND/year` } });
  let savings = {};
  function decorate() {
    document.querySelectorAll('#ranking tr.item').forEach((row) => {
      const s = savings[row.dataset.code];
      if (!s || row.querySelector('.plan-badge')) return;
      const cell = row.children[2];
      if (cell) cell.append(Procedo.el('span', { className: 'badge plan-badge', title: s.status }, Procedo.t('planBadge', Procedo.money(s.savingVnd), s.status)));
    });
  }
  Procedo.api('/api/plans/savings').then((list) => {
    list.forEach((s) => { savings[s.procedureCode] = s; });
    decorate();
    const body = document.querySelector('#ranking tbody');
    if (body) new MutationObserver(decorate).observe(body, { childList: true });
  }).catch(() => { /* the ranking stays usable without badges */ });
})();

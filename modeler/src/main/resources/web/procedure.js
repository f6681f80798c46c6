// The procedure page: its data, dossier, fees, compliance cost, usage by province and models.
// Each section renders itself from the procedure's API; other scripts may fill further sections (e.g. #plan).
(function () {
  Procedo.addTexts({
    vi: { code: 'Mã', field: 'Lĩnh vực', level: 'Cấp thực hiện', agency: 'Cơ quan thực hiện',
      processingDays: 'Thời hạn giải quyết (ngày làm việc)', onlineLevel: 'Mức trực tuyến', legalBasis: 'Căn cứ pháp lý' },
    en: { code: 'Code', field: 'Field', level: 'Level', agency: 'Implementing agency',
      processingDays: 'Processing time (working days)', onlineLevel: 'Online level', legalBasis: 'Legal basis' }
  });
  const { t, el, api } = Procedo;
  const code = Procedo.params.get('code');
  let procedure = null;

  function renderFacts() {
    const p = procedure;
    document.getElementById('title').textContent = p.name;
    document.title = 'Procedo — ' + p.name;
    const facts = [['code', p.code], ['field', p.field], ['level', p.level], ['agency', p.agencyCode],
      ['processingDays', p.processingDays], ['onlineLevel', p.onlineLevel], ['legalBasis', p.legalBasis]];
    document.getElementById('facts').replaceChildren(el('dl', { className: 'facts' },
      facts.flatMap(([k, v]) => [el('dt', {}, t(k)), el('dd', { dataset: { fact: k } }, v === undefined ? '' : v)])));
  }

  async function load() {
    try {
      procedure = await api('/api/procedures/' + encodeURIComponent(code));
      renderFacts();
      document.dispatchEvent(new CustomEvent('procedo:procedure', { detail: procedure }));
    } catch (e) {
      document.getElementById('error').textContent = e.message;
    }
  }

  Procedo.onLanguage(() => procedure && renderFacts());
  load();
})();

// The procedure page: its data, dossier, fees, compliance cost (with a chart of time cost vs out-of-pocket per
// activity), usage by province (table and chart) and its BPMN models with their versions.
// Each section renders itself from the API; other scripts may fill further sections (e.g. #plan) on the
// `procedo:procedure` event.
(function () {
  Procedo.addTexts({
    vi: { code: 'Mã', field: 'Lĩnh vực', level: 'Cấp thực hiện', agency: 'Cơ quan thực hiện', applicantType: 'Đối tượng',
      processingDays: 'Thời hạn giải quyết (ngày làm việc)', onlineLevel: 'Mức trực tuyến', legalBasis: 'Căn cứ pháp lý',
      decision: 'Quyết định công bố', formerCode: 'Mã cũ', status: 'Trạng thái', version: 'Phiên bản dữ liệu',
      dossierTitle: 'Thành phần hồ sơ', caseName: 'Trường hợp', component: 'Giấy tờ', originals: 'Bản chính',
      copies: 'Bản sao', copyKind: 'Loại bản sao', reusableFrom: 'Có thể khai thác từ', formCode: 'Mẫu đơn, tờ khai',
      allCases: 'Mọi trường hợp', none: '—',
      feesTitle: 'Phí, lệ phí', channel: 'Kênh', feeName: 'Khoản', amount: 'Mức thu (đ)', noFees: 'Không thu phí, lệ phí.',
      costTitle: 'Chi phí tuân thủ (Mô hình chi phí chuẩn)', scenario: 'Kịch bản', asIs: 'Hiện trạng', toBe: 'Sau đơn giản hóa',
      activity: 'Hoạt động', hours: 'Giờ', share: 'Tỷ lệ hồ sơ', timeCost: 'Chi phí thời gian (đ)',
      outOfPocket: 'Chi phí bằng tiền (đ)', total: 'Cộng/hồ sơ (đ)', annual: 'Cả năm (đ)',
      perDossier: 'Chi phí/hồ sơ', dossiersPerYear: 'Số hồ sơ/năm', annualCost: 'Chi phí/năm', saving: 'Tiết kiệm',
      tariffLine: (t, y, m, d, h) => `Đơn giá thời gian ${t} đ/giờ (năm ${y}: thu nhập bình quân ${m} đ/tháng ÷ ${d} ngày ÷ ${h} giờ).`,
      volumeLine: (n, s, o) => `Số hồ sơ/năm: ${n} (${s}); tỷ lệ trực tuyến ${o} %.`,
      toBeBasis: (b) => b === 'DESIGNED' ? 'Kịch bản sau đơn giản hóa: các hoạt động đã thiết kế.'
        : 'Kịch bản sau đơn giản hóa: ước tính trực tuyến toàn trình (bỏ đi lại, chờ đợi; phí trực tuyến).',
      chartTitle: 'Chi phí mỗi hồ sơ theo hoạt động: thời gian (đậm) và tiền (nhạt)',
      usageTitle: 'Số hồ sơ theo tỉnh, thành phố', locality: 'Địa phương', year: 'Năm', source: 'Nguồn',
      coveredDays: 'Thời gian đo', wholeYear: 'cả năm',
      coveredDaysValue: (d, y) => `${d} ngày → ${y} hồ sơ/năm`,
      dossiersTotal: 'Tổng số hồ sơ', dossiersOnline: 'Trực tuyến', dossiersOnTime: 'Đúng hạn', onTimeRate: 'Tỷ lệ đúng hạn',
      ESTIMATED: 'ước tính', IMPORTED: 'nhập từ báo cáo', MEASURED: 'đo từ hệ thống', noUsage: 'Chưa có số liệu.',
      modelsTitle: 'Mô hình quy trình (BPMN)', AS_IS: 'Hiện trạng (as-is)', TO_BE: 'Sau đơn giản hóa (to-be)',
      noModel: 'Chưa có mô hình.', openModeler: 'Mở trình thiết kế', newModel: 'Tạo mô hình', compare: 'So sánh hiện trạng – sau đơn giản hóa',
      versions: 'Các phiên bản', author: 'Người lưu', savedAt: 'Thời điểm', comment: 'Ghi chú', latest: 'Phiên bản mới nhất',
      open: 'Mở', IN_PERSON: 'Trực tiếp', ONLINE: 'Trực tuyến', POST: 'Bưu chính', CENTRAL: 'Trung ương', PROVINCE: 'Tỉnh',
      COMMUNE: 'Xã', DISTRICT: 'Huyện', NONE: 'Chưa trực tuyến', PARTIAL: 'Một phần', FULL: 'Toàn trình',
      CITIZEN: 'Công dân', BUSINESS: 'Doanh nghiệp', ACTIVE: 'Đang hiệu lực', REPEALED: 'Đã bãi bỏ',
      ORIGINAL: 'Bản chính', CERTIFIED_COPY: 'Bản sao chứng thực', COPY: 'Bản sao',
      POPULATION_DB: 'CSDL quốc gia về dân cư', CIVIL_STATUS_DB: 'CSDL hộ tịch điện tử', HEALTH_DB: 'Dữ liệu y tế',
      INSURANCE_DB: 'CSDL bảo hiểm', BUSINESS_REGISTRY: 'CSDL quốc gia về đăng ký doanh nghiệp', LAND_DB: 'CSDL đất đai',
      JUDICIAL_RECORDS_DB: 'CSDL lý lịch tư pháp', VEHICLE_DB: 'CSDL đăng ký phương tiện' },
    en: { code: 'Code', field: 'Field', level: 'Level', agency: 'Implementing agency', applicantType: 'Applicants',
      processingDays: 'Processing time (working days)', onlineLevel: 'Online level', legalBasis: 'Legal basis',
      decision: 'Publishing decision', formerCode: 'Former code', status: 'Status', version: 'Data version',
      dossierTitle: 'Dossier components', caseName: 'Case', component: 'Document', originals: 'Originals',
      copies: 'Copies', copyKind: 'Copy kind', reusableFrom: 'Reusable from', formCode: 'Form', allCases: 'Every case',
      none: '—', feesTitle: 'Fees and charges', channel: 'Channel', feeName: 'Item', amount: 'Amount (VND)',
      noFees: 'No fees or charges.', costTitle: 'Compliance cost (Standard Cost Model)', scenario: 'Scenario',
      asIs: 'As-is', toBe: 'To-be', activity: 'Activity', hours: 'Hours', share: 'Share of dossiers',
      timeCost: 'Time cost (VND)', outOfPocket: 'Out-of-pocket (VND)', total: 'Per dossier (VND)', annual: 'Per year (VND)',
      perDossier: 'Cost per dossier', dossiersPerYear: 'Dossiers per year', annualCost: 'Annual cost', saving: 'Saving',
      tariffLine: (t, y, m, d, h) => `Tariff ${t} VND/hour (${y}: average income ${m} VND/month ÷ ${d} days ÷ ${h} hours).`,
      volumeLine: (n, s, o) => `Dossiers per year: ${n} (${s}); online share ${o} %.`,
      toBeBasis: (b) => b === 'DESIGNED' ? 'To-be scenario: the designed activities.'
        : 'To-be scenario: full-online estimate (no travel or waiting; online fees).',
      chartTitle: 'Cost per dossier by activity: time (dark) and money (light)',
      usageTitle: 'Dossiers by province', locality: 'Locality', year: 'Year', source: 'Source',
      coveredDays: 'Period measured', wholeYear: 'whole year',
      coveredDaysValue: (d, y) => `${d} days → ${y} dossiers/year`,
      dossiersTotal: 'Dossiers', dossiersOnline: 'Online', dossiersOnTime: 'On time', onTimeRate: 'On-time rate',
      ESTIMATED: 'estimated', IMPORTED: 'imported', MEASURED: 'measured', noUsage: 'No figures yet.',
      modelsTitle: 'Process models (BPMN)', AS_IS: 'As-is', TO_BE: 'To-be', noModel: 'No model yet.',
      openModeler: 'Open in the modeler', newModel: 'Create a model', compare: 'Compare as-is and to-be',
      versions: 'Versions', author: 'Saved by', savedAt: 'Saved at', comment: 'Comment', latest: 'Latest version',
      open: 'Open', IN_PERSON: 'In person', ONLINE: 'Online', POST: 'Post', CENTRAL: 'Central', PROVINCE: 'Province',
      COMMUNE: 'Commune', DISTRICT: 'District', NONE: 'Not online', PARTIAL: 'Partial', FULL: 'Full',
      CITIZEN: 'Citizens', BUSINESS: 'Businesses', ACTIVE: 'In force', REPEALED: 'Repealed',
      ORIGINAL: 'Original', CERTIFIED_COPY: 'Certified copy', COPY: 'Copy',
      POPULATION_DB: 'National population database', CIVIL_STATUS_DB: 'Civil status database', HEALTH_DB: 'Health data',
      INSURANCE_DB: 'Insurance database', BUSINESS_REGISTRY: 'National business registry', LAND_DB: 'Land database',
      JUDICIAL_RECORDS_DB: 'Judicial records database', VEHICLE_DB: 'Vehicle registration database' }
  });
  const { t, el, api, money, number } = Procedo;
  const code = Procedo.params.get('code');
  const state = { procedure: null, cost: null, usage: null, localities: {}, agencies: {}, models: null, versions: {} };
  const section = (id) => document.getElementById(id);
  const enc = encodeURIComponent;

  function table(headers, rows, numeric) {
    return el('table', { className: 'data' },
      el('thead', {}, el('tr', {}, headers.map((h, i) => el('th', { className: numeric && numeric[i] ? 'num' : '' }, t(h))))),
      el('tbody', {}, rows.map((r) => el('tr', {}, r.map((v, i) => el('td', { className: numeric && numeric[i] ? 'num' : '' }, v))))));
  }

  function renderFacts() {
    const p = state.procedure;
    section('title').textContent = p.name;
    document.title = 'Procedo — ' + p.name;
    const agency = state.agencies[p.agencyCode];
    const facts = [['code', p.code], ['field', p.field], ['level', t(p.level)], ['agency', agency ? agency.name : p.agencyCode],
      ['applicantType', t(p.applicantType)], ['processingDays', p.processingDays], ['onlineLevel', t(p.onlineLevel)],
      ['legalBasis', p.legalBasis], ['decision', p.decision], ['formerCode', p.formerCode], ['status', t(p.status)],
      ['version', p.version]].filter(([, v]) => v !== null && v !== undefined && v !== '');
    section('facts').replaceChildren(el('dl', { className: 'facts' },
      facts.flatMap(([k, v]) => [el('dt', {}, t(k)), el('dd', { dataset: { fact: k } }, v)])));
  }

  function renderDossier() {
    const p = state.procedure;
    const rows = p.dossierComponents.map((d) => [d.caseName || t('allCases'), d.name, d.originals, d.copies,
      t(d.copyKind), d.reusableFrom ? t(d.reusableFrom) : t('none'), d.formCode || t('none')]);
    section('dossier').replaceChildren(el('h3', {}, t('dossierTitle')),
      table(['caseName', 'component', 'originals', 'copies', 'copyKind', 'reusableFrom', 'formCode'], rows,
        [false, false, true, true]));
  }

  function renderFees() {
    const fees = state.procedure.fees;
    section('fees').replaceChildren(el('h3', {}, t('feesTitle')), fees.length
      ? table(['channel', 'feeName', 'amount'], fees.map((f) => [t(f.channel), f.name, money(f.amountVnd)]), [false, false, true])
      : el('p', {}, t('noFees')));
  }

  /** Horizontal stacked bars, one per activity: time cost then out-of-pocket, as-is and to-be on one scale. */
  function costChart(asIs, toBe) {
    const lines = [['asIs', asIs], ['toBe', toBe]].flatMap(([s, r]) => r.lines
      .filter((l) => Number(l.totalVnd) > 0).map((l) => ({ scenario: s, ...l })));
    const max = Math.max(1, ...lines.map((l) => Number(l.totalVnd) * 1));
    const rowHeight = 22;
    const labelWidth = 420;
    const barWidth = 420;
    const svgNs = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(svgNs, 'svg');
    svg.setAttribute('class', 'chart');
    svg.setAttribute('width', labelWidth + barWidth + 140);
    svg.setAttribute('height', lines.length * rowHeight + 10);
    const add = (tag, attrs, text) => {
      const node = document.createElementNS(svgNs, tag);
      Object.entries(attrs).forEach(([k, v]) => node.setAttribute(k, v));
      if (text !== undefined) node.textContent = text;
      svg.append(node);
      return node;
    };
    lines.forEach((l, i) => {
      const y = i * rowHeight + 4;
      const label = (l.scenario === 'asIs' ? '◼ ' : '◻ ') + l.name;
      add('text', { x: 0, y: y + 14, class: 'label ' + l.scenario }, label.length > 62 ? label.slice(0, 60) + '…' : label)
        .append(Object.assign(document.createElementNS(svgNs, 'title'), { textContent: t(l.scenario) + ': ' + l.name }));
      const time = Number(l.timeCostVnd) * Number(l.share);
      const cash = Number(l.outOfPocketVnd) * Number(l.share);
      const wTime = barWidth * time / max;
      const wCash = barWidth * cash / max;
      add('rect', { x: labelWidth, y, width: wTime, height: rowHeight - 6, class: 'time ' + l.scenario });
      add('rect', { x: labelWidth + wTime, y, width: wCash, height: rowHeight - 6, class: 'cash ' + l.scenario });
      add('text', { x: labelWidth + wTime + wCash + 6, y: y + 14, class: 'value' }, money(l.totalVnd));
    });
    return svg;
  }

  function renderCost() {
    const c = state.cost;
    if (!c) return;
    const { asIs, toBe, savingVnd, savingPercent } = c.comparison;
    const b = c.basis;
    const lineRows = (scenario, r) => r.lines.map((l) => [t(scenario), l.name, number(l.hours), number(l.share),
      money(l.timeCostVnd), money(l.outOfPocketVnd), money(l.totalVnd), money(l.annualVnd)]);
    section('cost').replaceChildren(
      el('h3', {}, t('costTitle')),
      el('div', { className: 'kpis' },
        kpi('perDossier', money(asIs.costPerDossierVnd) + ' → ' + money(toBe.costPerDossierVnd) + ' đ'),
        kpi('dossiersPerYear', money(b.dossiersPerYear)),
        kpi('annualCost', money(asIs.annualCostVnd) + ' → ' + money(toBe.annualCostVnd) + ' đ'),
        kpi('saving', money(savingVnd) + ' đ (' + number(savingPercent) + ' %)', 'saving')),
      el('p', { className: 'note' }, t('tariffLine', money(b.tariffVndPerHour), b.tariff.year, money(b.tariff.monthlyIncomeVnd),
        number(b.tariff.workingDaysPerMonth), number(b.tariff.hoursPerDay)) + ' ' +
        t('volumeLine', money(b.dossiersPerYear), volumeSource(b.volumeSource), number(Number(b.onlineShare) * 100)) + ' ' + t('toBeBasis', c.toBeBasis)),
      el('p', { className: 'chart-title' }, t('chartTitle')),
      costChart(asIs, toBe),
      el('details', {}, el('summary', {}, t('activity') + ' × ' + t('hours') + ' …'),
        table(['scenario', 'activity', 'hours', 'share', 'timeCost', 'outOfPocket', 'total', 'annual'],
          [...lineRows('asIs', asIs), ...lineRows('toBe', toBe)], [false, false, true, true, true, true, true, true])));
  }

  /** The volume's source as the server states it (English), said in Vietnamese when the page is. */
  function volumeSource(text) {
    if (Procedo.lang !== 'vi' || !text) return text;
    let m = text.match(/^usage statistics (\d+)$/);
    if (m) return `thống kê số hồ sơ năm ${m[1]}`;
    m = text.match(/^usage statistics (\d+), of which (\d+) a year measured by the workflow engine$/);
    if (m) return `thống kê số hồ sơ năm ${m[1]}, trong đó ${money(m[2])} hồ sơ/năm đếm từ quy trình đang vận hành`;
    m = text.match(/^population (\d+) × frequency (.+)$/);
    if (m) return `số người có nhu cầu ${money(m[1])} × tần suất ${m[2]} lần/năm`;
    return text === 'no usage recorded' ? 'chưa có số liệu' : text;
  }

  function kpi(label, value, className) {
    return el('div', { className: 'kpi ' + (className || '') }, el('span', { className: 'kpi-label' }, t(label)),
      el('span', { className: 'kpi-value', dataset: { kpi: label } }, value));
  }

  function renderUsage() {
    const stats = (state.usage && state.usage.stats) || [];
    if (!stats.length) {
      section('usage').replaceChildren(el('h3', {}, t('usageTitle')), el('p', {}, t('noUsage')));
      return;
    }
    // as the ranking counts them: each locality's latest year, the most trustworthy source of that year
    const rank = { ESTIMATED: 0, IMPORTED: 1, MEASURED: 2 };
    const best = {};
    stats.forEach((s) => {
      const b = best[s.localityCode];
      if (!b || s.year > b.year || (s.year === b.year && rank[s.source] > rank[b.source])) best[s.localityCode] = s;
    });
    const latest = Math.max(...stats.map((s) => s.year));
    const yearDays = (y) => ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 366 : 365);
    const perYear = (s) => (s.coveredDays ? Math.round(s.dossiersTotal * yearDays(s.year) / Math.max(30, s.coveredDays)) : s.dossiersTotal);
    const rows = Object.values(best).sort((a, b) => perYear(b) - perYear(a));
    const max = Math.max(1, ...rows.map(perYear));
    const name = (codeOf) => (state.localities[codeOf] || {}).name || codeOf;
    const bars = el('div', { className: 'bars' }, rows.slice(0, 34).map((s) => el('div', { className: 'bar-row' },
      el('span', { className: 'bar-label' }, name(s.localityCode)),
      el('span', { className: 'bar' + (s.source === 'MEASURED' ? ' measured' : ''), style: `width:${Math.max(1, 300 * perYear(s) / max)}px` }),
      el('span', { className: 'bar-value' }, money(perYear(s))))));
    section('usage').replaceChildren(el('h3', {}, t('usageTitle') + ' — ' + latest),
      el('div', { className: 'usage-grid' }, bars,
        table(['locality', 'year', 'source', 'dossiersTotal', 'coveredDays', 'dossiersOnline', 'dossiersOnTime', 'onTimeRate'],
          rows.map((s) => [name(s.localityCode), s.year, t(s.source), money(s.dossiersTotal),
            s.coveredDays ? t('coveredDaysValue', s.coveredDays, money(perYear(s))) : t('wholeYear'),
            money(s.dossiersOnline),
            s.dossiersOnTime === null ? '' : money(s.dossiersOnTime),
            s.dossiersOnTime === null || !s.dossiersTotal ? '' : number(100 * s.dossiersOnTime / s.dossiersTotal, 1) + ' %']),
          [false, true, false, true, false, true, true, true])));
  }

  function renderModels() {
    const models = state.models || [];
    const byKind = Object.fromEntries(models.map((m) => [m.kind, m]));
    const cards = ['AS_IS', 'TO_BE'].map((kind) => {
      const m = byKind[kind];
      const href = `/modeler.html?code=${enc(code)}&kind=${kind}`;
      const versions = state.versions[kind];
      return el('div', { className: 'model-card', dataset: { kind } },
        el('h4', {}, t(kind)),
        m ? el('p', {}, `${t('latest')}: v${m.version} — ${m.author}, ${new Date(m.createdAt).toLocaleString(Procedo.lang === 'vi' ? 'vi-VN' : 'en-GB')}`
          + (m.comment ? ` — ${m.comment}` : '')) : el('p', {}, t('noModel')),
        el('a', { className: 'button', href, dataset: { open: kind } }, m ? t('openModeler') : t('newModel')),
        m ? el('details', { ontoggle: (e) => e.target.open && loadVersions(kind) }, el('summary', {}, t('versions')),
          versions ? table(['version', 'author', 'savedAt', 'comment'], versions.slice().reverse().map((v) => [
            el('a', { href: `${href}&version=${v.version}` }, 'v' + v.version), v.author,
            new Date(v.createdAt).toLocaleString(Procedo.lang === 'vi' ? 'vi-VN' : 'en-GB'), v.comment || ''])) : '…') : null);
    });
    const both = byKind.AS_IS && byKind.TO_BE;
    section('models').replaceChildren(el('h3', {}, t('modelsTitle')), el('div', { className: 'model-cards' }, cards),
      both ? el('p', {}, el('a', { className: 'button secondary', id: 'compare-link', href: `/compare.html?code=${enc(code)}` }, t('compare'))) : null,
      el('div', { id: 'model-preview', className: 'model-preview' }));
    const preview = byKind.TO_BE ? 'TO_BE' : byKind.AS_IS ? 'AS_IS' : null;
    if (preview && window.ProcedoBpmn) showPreview(preview);
  }

  async function showPreview(kind) {
    try {
      const xml = await api(`/api/procedures/${enc(code)}/models/${kind}`);
      const container = section('model-preview');
      container.replaceChildren(el('p', { className: 'note' }, t(kind)), el('div', { className: 'canvas' }));
      const viewer = window.ProcedoBpmn.createViewer(container.querySelector('.canvas'));
      await viewer.importXML(xml);
      viewer.get('canvas').zoom('fit-viewport');
    } catch (e) {
      section('model-preview').replaceChildren(el('p', { className: 'error' }, e.message));
    }
  }

  async function loadVersions(kind) {
    if (state.versions[kind]) return;
    state.versions[kind] = await api(`/api/procedures/${enc(code)}/models/${kind}/versions`);
    renderModels();
    const details = document.querySelector(`.model-card[data-kind="${kind}"] details`);
    if (details) details.open = true;
  }

  function renderAll() {
    if (!state.procedure) return;
    renderFacts();
    renderDossier();
    renderFees();
    renderCost();
    renderUsage();
    renderModels();
  }

  async function load() {
    try {
      const [procedure, localities, agencies] = await Promise.all([api('/api/procedures/' + enc(code)),
        api('/api/localities'), api('/api/agencies')]);
      state.procedure = procedure;
      localities.forEach((l) => { state.localities[l.code] = l; });
      agencies.forEach((a) => { state.agencies[a.code] = a; });
      renderFacts();
      renderDossier();
      renderFees();
      document.dispatchEvent(new CustomEvent('procedo:procedure', { detail: procedure }));
      const [cost, usage, models] = await Promise.all([api(`/api/procedures/${enc(code)}/cost`),
        api(`/api/procedures/${enc(code)}/usage`), api(`/api/procedures/${enc(code)}/models`).catch(() => [])]);
      Object.assign(state, { cost, usage, models });
      renderAll();
    } catch (e) {
      section('error').textContent = e.message;
    }
  }

  Procedo.onLanguage(renderAll);
  load();
})();

// Shared by the pages that run workflows (operations, intake, task list, case, the procedure page's panel):
// Vietnamese names of groups, steps, states and channels; times in Viet Nam's zone; who is acting (the officer's
// name, kept in this browser and sent as X-User); the localities for selects.
// Loaded after /common.js; exposes window.ProcedoWorkflow.
(function () {
  Procedo.addTexts({
    vi: {
      wfWho: 'Cán bộ', wfWhoPlaceholder: 'Họ và tên', wfNeedWho: 'Hãy nhập tên cán bộ trước (ô “Cán bộ”).',
      wfNational: 'toàn quốc', wfAll: 'Tất cả', wfChoose: '— chọn —', wfOverdue: 'Quá hạn', wfEscalated: 'Đã báo động',
      wfYes: 'Có', wfNo: 'Không', wfHours: (h) => `${h} giờ`, wfDays: (d) => `${d} ngày`,
      wfWorkingDays: (n) => `${n} ngày làm việc`, wfMinutes: (m) => `${m} phút`,
      wfProblems: (n) => `${n} vấn đề — chưa triển khai. Sửa trong trình thiết kế rồi kiểm tra lại:`,
      wfElement: 'Phần tử', wfMessage: 'Vấn đề',
      wfGroups: { 'mot-cua': 'Bộ phận một cửa', 'tu-phap': 'Tư pháp – hộ tịch', 'cong-an': 'Công an',
        bhxh: 'Bảo hiểm xã hội', applicant: 'Người nộp hồ sơ (trên Cổng dịch vụ công)' },
      wfStates: { ACTIVE: 'Đang giải quyết', COMPLETED: 'Đã giải quyết xong', CANCELLED: 'Đã hủy' },
      wfChannels: { ONLINE: 'Trực tuyến', COUNTER: 'Trực tiếp tại bộ phận một cửa', POST: 'Qua bưu chính' },
      wfTypes: { userTask: 'Việc xử lý', serviceTask: 'Bước tự động', scriptTask: 'Bước tự động',
        sendTask: 'Gửi thông báo', receiveTask: 'Chờ nhận tin', businessRuleTask: 'Áp dụng quy tắc', manualTask: 'Việc làm ngoài hệ thống',
        task: 'Bước', startEvent: 'Tiếp nhận (bắt đầu)', endEvent: 'Kết thúc', noneEndEvent: 'Kết thúc',
        terminateEndEvent: 'Kết thúc', errorEndEvent: 'Kết thúc do lỗi', escalationEndEvent: 'Kết thúc, báo động',
        escalation: 'Quá hạn: báo động',
        exclusiveGateway: 'Rẽ nhánh theo điều kiện', parallelGateway: 'Rẽ nhánh song song', inclusiveGateway: 'Rẽ nhánh',
        eventBasedGateway: 'Chờ sự kiện', boundaryTimer: 'Hết thời hạn', intermediateTimer: 'Chờ đến hạn',
        boundaryEscalation: 'Báo động', intermediateThrowEvent: 'Sự kiện', intermediateCatchEvent: 'Chờ sự kiện',
        callActivity: 'Gọi quy trình khác', subProcess: 'Quy trình con' }
    },
    en: {
      wfWho: 'Officer', wfWhoPlaceholder: 'Full name', wfNeedWho: 'Enter the officer’s name first (the “Officer” box).',
      wfNational: 'national', wfAll: 'All', wfChoose: '— choose —', wfOverdue: 'Overdue', wfEscalated: 'Escalated',
      wfYes: 'Yes', wfNo: 'No', wfHours: (h) => `${h} h`, wfDays: (d) => `${d} days`,
      wfWorkingDays: (n) => (n === 1 ? '1 working day' : `${n} working days`), wfMinutes: (m) => `${m} min`,
      wfProblems: (n) => `${n} problem(s) — nothing deployed. Fix them in the modeler and check again:`,
      wfElement: 'Element', wfMessage: 'Problem',
      wfGroups: { 'mot-cua': 'One-stop desk', 'tu-phap': 'Justice – civil status', 'cong-an': 'Police',
        bhxh: 'Social insurance', applicant: 'Applicant (on the public service portal)' },
      wfStates: { ACTIVE: 'In progress', COMPLETED: 'Completed', CANCELLED: 'Cancelled' },
      wfChannels: { ONLINE: 'Online', COUNTER: 'At the one-stop desk', POST: 'By post' },
      wfTypes: { userTask: 'Human task', serviceTask: 'Automatic step', scriptTask: 'Automatic step',
        sendTask: 'Notification', receiveTask: 'Waits for a message', businessRuleTask: 'Business rule', manualTask: 'Work outside the system',
        task: 'Step', startEvent: 'Received (start)', endEvent: 'End', noneEndEvent: 'End', terminateEndEvent: 'End',
        errorEndEvent: 'End with an error', escalationEndEvent: 'End, escalated', escalation: 'Overdue: escalated',
        exclusiveGateway: 'Decision',
        parallelGateway: 'Parallel split', inclusiveGateway: 'Split', eventBasedGateway: 'Waits for an event',
        boundaryTimer: 'Time limit reached', intermediateTimer: 'Waits until due', boundaryEscalation: 'Escalation',
        intermediateThrowEvent: 'Event', intermediateCatchEvent: 'Waits for an event', callActivity: 'Calls another process',
        subProcess: 'Sub-process' }
    }
  });
  const { t, el, api } = Procedo;
  const ZONE = 'Asia/Ho_Chi_Minh';
  const USER_KEY = 'procedo.user';
  const GROUPS = ['mot-cua', 'tu-phap', 'cong-an', 'bhxh', 'applicant'];

  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, day: '2-digit', month: '2-digit', year: 'numeric',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

  /** An ISO instant as Viet Nam's local time, "dd/MM/yyyy HH:mm"; '' when absent. */
  function when(iso) {
    if (!iso) return '';
    const p = Object.fromEntries(parts.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
    return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
  }

  const fromTable = (table, key) => (t(table) || {})[key] || key;
  const groupName = (g) => fromTable('wfGroups', g);
  const stateName = (s) => fromTable('wfStates', s);
  const channelName = (c) => fromTable('wfChannels', c);
  const typeName = (type) => fromTable('wfTypes', type);

  /** Hours as a number, one decimal (two under an hour); '' when null. */
  const hours = (h) => (h === null || h === undefined) ? '' : Procedo.number(h, Math.abs(Number(h)) < 1 ? 2 : 1);
  /** A duration given in hours, said in minutes under an hour: "4 phút", "2,5 giờ". */
  const duration = (h) => (h === null || h === undefined) ? ''
    : Number(h) < 1 ? t('wfMinutes', Math.round(Number(h) * 60)) : t('wfHours', Procedo.number(h, 1));
  /** "12,5 giờ (0,5 ngày)": hours and the same in calendar days. */
  const hoursAndDays = (h) => (h === null || h === undefined) ? '—'
    : `${t('wfHours', hours(h))} (${t('wfDays', Procedo.number(Number(h) / 24, 1))})`;

  function user() {
    return (localStorage.getItem(USER_KEY) || '').trim();
  }

  function setUser(name) {
    localStorage.setItem(USER_KEY, (name || '').trim());
    document.querySelectorAll('input.wf-who').forEach((i) => { if (i.value !== name) i.value = name; });
  }

  /** A labelled input for the officer's name, kept in this browser for every page. */
  function whoField(id) {
    const input = el('input', { type: 'text', className: 'wf-who', id: id || 'who', value: user(),
      placeholder: t('wfWhoPlaceholder'), autocomplete: 'name', oninput: (e) => setUser(e.target.value) });
    return el('label', { className: 'wf-who-label' }, el('span', {}, t('wfWho') + ' '), input);
  }

  /**
   * A call made by the officer: X-User (URL-encoded) and an optional JSON body. Throws when no name is set, unless
   * options.anonymous allows the call without one.
   */
  function act(url, options) {
    const name = user();
    if (!name && !(options && options.anonymous)) throw new Error(t('wfNeedWho'));
    const o = Object.assign({ method: 'POST' }, options || {});
    delete o.anonymous;
    const headers = Object.assign(name ? { 'X-User': encodeURIComponent(name) } : {}, o.headers || {});
    if (o.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      o.body = JSON.stringify(o.json);
      delete o.json;
    }
    o.headers = headers;
    return api(url, o);
  }

  let localityLoad = null;
  /** The provinces and cities (without the national entry), cached for the page. */
  function localities() {
    if (!localityLoad) localityLoad = api('/api/localities').then((list) => list.filter((l) => l.code !== 'VN'));
    return localityLoad;
  }

  const names = {};
  localities().then((list) => list.forEach((l) => { names[l.code] = l.name; })).catch(() => {});
  /** "01 — Thành phố Hà Nội", or "toàn quốc" for none. */
  function localityName(code) {
    if (!code) return t('wfNational');
    return names[code] ? `${code} — ${names[code]}` : code;
  }

  /** Options of a locality select: first an entry with value '' named by emptyKey, then every province. */
  async function localityOptions(select, emptyKey) {
    const list = await localities();
    const current = select.value;
    select.replaceChildren(el('option', { value: '' }, t(emptyKey)),
      ...list.map((l) => el('option', { value: l.code }, `${l.code} — ${l.name}`)));
    select.value = current;
  }

  /** The badges of a case or task: overdue, escalated. */
  function badges(item) {
    return [item.overdue ? el('span', { className: 'wf-badge overdue' }, t('wfOverdue')) : null,
      item.escalated || item.priority >= 100 ? el('span', { className: 'wf-badge escalated' }, t('wfEscalated')) : null];
  }

  const caseLink = (id) => el('a', { href: '/case.html?id=' + encodeURIComponent(id), className: 'wf-case-link',
    title: id }, shortId(id));
  /** Engine ids are long; the first part is enough to tell cases apart on a screen. */
  const shortId = (id) => (id && id.length > 13 ? id.slice(0, 8) + '…' : id);

  /** The problems found in a to-be model, each element id linking to that element in the modeler. */
  function problemTable(code, problems) {
    const enc = encodeURIComponent;
    return el('div', { className: 'wf-problems' }, el('p', { className: 'error' }, t('wfProblems', problems.length)),
      el('table', { className: 'data problems' },
        el('thead', {}, el('tr', {}, el('th', {}, t('wfElement')), el('th', {}, t('wfMessage')))),
        el('tbody', {}, problems.map((p) => el('tr', { dataset: { element: p.elementId || '' } },
          el('td', {}, p.elementId ? el('a', { href: `/modeler.html?code=${enc(code)}&kind=TO_BE&element=${enc(p.elementId)}` },
            p.elementId) : ''),
          el('td', {}, p.message))))));
  }

  // Messages of the form-js viewer and of the server's field checks are English; in Vietnamese they are said again.
  const VI_MESSAGES = [
    [/^Field is required\.$/, () => 'Bắt buộc nhập.'],
    [/^Field must match pattern .*$/, () => 'Không đúng định dạng.'],
    [/^Field must have minimum length of (\d+)\.$/, (n) => `Tối thiểu ${n} ký tự.`],
    [/^Field must have maximum length of (\d+)\.$/, (n) => `Tối đa ${n} ký tự.`],
    [/^Field must have minimum value of (.+)\.$/, (n) => `Giá trị nhỏ nhất là ${n}.`],
    [/^Field must have maximum value of (.+)\.$/, (n) => `Giá trị lớn nhất là ${n}.`],
    [/^Field must be a valid email\.$/, () => 'Thư điện tử không hợp lệ.'],
    [/^Field must be a valid\s+international phone number.*$/, () => 'Số điện thoại không hợp lệ.'],
    [/^Value is not a number\.$/, () => 'Không phải là số.'],
    [/^Value is expected to be an integer\.$/, () => 'Phải là số nguyên.'],
    [/^is required \((.*)\)$/, () => 'bắt buộc nhập.'],
    [/^is required.*$/, () => 'bắt buộc nhập.'],
    [/^must be a number$/, () => 'phải là số.'],
    [/^must be a whole number$/, () => 'phải là số nguyên.'],
    [/^must be a date.*$/, () => 'phải là ngày (năm-tháng-ngày).'],
    [/^must be one of (.*)$/, (o) => `phải là một trong ${o}.`],
    [/^must be true or false$/, () => 'phải là có hoặc không.'],
    [/^must be yes or no$/, () => 'phải là có hoặc không.'],
    [/^does not have the expected form$/, () => 'không đúng định dạng.'],
    [/^must be text of at most (\d+) characters$/, (n) => `tối đa ${n} ký tự.`],
    [/^is longer than (\d+) characters$/, (n) => `dài quá ${n} ký tự.`],
    [/^needs the province and the commune$/, () => 'cần có tỉnh/thành phố và xã/phường.'],
    [/^is not a field of the (start )?form$/, () => 'không phải là trường của biểu mẫu.']
  ];

  /** A field message in the page's language (known English messages said in Vietnamese). */
  function said(message) {
    if (Procedo.lang !== 'vi' || !message) return message;
    for (const [pattern, say] of VI_MESSAGES) {
      const m = message.match(pattern);
      if (m) return say(...m.slice(1));
    }
    return message;
  }

  /** Keeps the form-js viewer's error messages inside container in the page's language. */
  function translateFormErrors(container) {
    const fix = () => container.querySelectorAll('.fjs-form-field-error li').forEach((li) => {
      const node = li.firstChild;
      if (node && node.nodeType === Node.TEXT_NODE) {
        const text = said(node.data);
        if (text !== node.data) node.data = text;
      }
    });
    new MutationObserver(fix).observe(container, { childList: true, subtree: true, characterData: true });
  }

  window.ProcedoWorkflow = { problemTable, said, translateFormErrors, GROUPS, ZONE, when, hours, duration, hoursAndDays,
    groupName, stateName, channelName, typeName, user, setUser, whoField, act, localities, localityName, localityOptions,
    badges, caseLink, shortId };
})();

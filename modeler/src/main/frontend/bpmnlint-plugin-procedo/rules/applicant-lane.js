// A model with lanes or with several pools must say which lane or pool is the applicant's: every figure of the
// analysis (touchpoints, in-person visits) is counted in it. Names are matched without diacritics.
const WORDS = ['nguoi dan', 'cong dan', 'ca nhan', 'to chuc', 'doanh nghiep', 'nguoi nop', 'nguoi yeu cau',
  'applicant', 'citizen', 'business'];

function fold(text) {
  return (text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
    .toLowerCase().replace(/\s+/g, ' ');
}

function isApplicant(element) {
  const name = fold(element.name);
  return WORDS.some((w) => name.includes(w));
}

function lanesOf(laneSets, into) {
  (laneSets || []).forEach((set) => (set.lanes || []).forEach((lane) => {
    into.push(lane);
    if (lane.childLaneSet) lanesOf([lane.childLaneSet], into);
  }));
  return into;
}

module.exports = function () {
  function check(node, reporter) {
    if (node.$type !== 'bpmn:Definitions') return;
    const roots = node.rootElements || [];
    const participants = roots.filter((e) => e.$type === 'bpmn:Collaboration')
      .flatMap((c) => c.participants || []);
    const processes = roots.filter((e) => e.$type === 'bpmn:Process');
    const lanes = processes.flatMap((p) => lanesOf(p.laneSets, []));
    if (lanes.length === 0 && participants.length < 2) return;
    if (lanes.some(isApplicant) || participants.some(isApplicant)) return;
    const target = roots.find((e) => e.$type === 'bpmn:Collaboration') || processes[0] || node;
    reporter.report(target.id, 'No lane or pool is the applicant\'s (name it e.g. "Applicant" or "Business")');
  }
  return { check };
};

// The same test for the modeler's simulation panel, which asks whether a task is the applicant's.
module.exports.isApplicant = isApplicant;

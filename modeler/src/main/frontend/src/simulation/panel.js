// The properties panel's "simulation" group: on a task its duration (a distribution in hours) and the role that
// performs it, and for a task of the applicant's lane the applicant's hours, visits and out-of-pocket cost; on a
// sequence flow leaving an exclusive or inclusive gateway its probability (%); on the process (or its pool) the
// arrivals, the run (cases, warm-up, seed) and each lane's staff, working hours and cost per hour. Values are kept in
// the model as BPSim 2.0 (./bpsim.js); an empty field means the default. Every edit is one command (undo, redo).
// The page gives the texts and the defaults: the module's simulationTexts service, text(key, ...args), number(n)
// and parse(text) for the numbers in the fields (the page's language's decimal sign, no grouping), and defaults(), the parameters a run of the stored model uses ({resolved} of GET .../simulation), or undefined.
import { SelectEntry, TextFieldEntry } from '@bpmn-io/properties-panel';
import { jsx } from '@bpmn-io/properties-panel/preact/jsx-runtime';
import { useService } from 'bpmn-js-properties-panel';
import applicantLane from 'bpmnlint-plugin-procedo/rules/applicant-lane';
import { constant, distribution, edited, elementParameters, expected, probability, properties, scenarioOf } from './bpsim.js';

const KINDS = ['FIXED', 'UNIFORM', 'TRIANGULAR', 'NORMAL', 'EXPONENTIAL', 'LOG_NORMAL'];
const FIELDS = { FIXED: ['value'], UNIFORM: ['min', 'max'], TRIANGULAR: ['min', 'mode', 'max'], NORMAL: ['mean', 'sd'],
  EXPONENTIAL: ['mean'], LOG_NORMAL: ['mean', 'sd'] };
const HOURS_PER_DAY = 8;

const is = (bo, type) => bo && bo.$instanceOf && bo.$instanceOf(type);

/** The definitions of the diagram on screen. */
function definitionsOf(injector) {
  return injector.get('bpmnjs').getDefinitions();
}

/** All lanes of the model (nested ones too), as business objects. */
function lanes(definitions) {
  const into = [];
  const walk = (sets) => (sets || []).forEach((set) => (set.get('lanes') || []).forEach((lane) => {
    into.push(lane);
    if (lane.childLaneSet) walk([lane.childLaneSet]);
  }));
  (definitions.get('rootElements') || []).filter((e) => is(e, 'bpmn:Process')).forEach((p) => walk(p.get('laneSets')));
  return into;
}

/** The role that performs a flow node by default: its innermost lane, else its pool; with the role's name. */
function roleOf(definitions, bo) {
  const lane = lanes(definitions).filter((l) => (l.get('flowNodeRef') || []).includes(bo))
    .find((l) => !l.childLaneSet || !(l.childLaneSet.get('lanes') || []).some((c) => (c.get('flowNodeRef') || []).includes(bo)));
  if (lane) return lane;
  const process = bo.$parent;
  return (definitions.get('rootElements') || []).filter((e) => is(e, 'bpmn:Collaboration'))
    .flatMap((c) => c.get('participants') || []).find((p) => p.processRef === process);
}

/** The start event where a case begins: the first plain start event of a process no message flow starts. */
function caseStart(definitions) {
  const targets = new Set((definitions.get('rootElements') || []).filter((e) => is(e, 'bpmn:Collaboration'))
    .flatMap((c) => c.get('messageFlows') || []).map((f) => f.targetRef));
  for (const process of (definitions.get('rootElements') || []).filter((e) => is(e, 'bpmn:Process'))) {
    const start = (process.get('flowElements') || []).find((e) => is(e, 'bpmn:StartEvent') && !targets.has(e));
    if (start) return start;
  }
  return undefined;
}

/** The panel's entries for one element, or none when simulation has nothing to say about it. */
function entriesOf(element, injector) {
  const bo = element.businessObject;
  if (is(bo, 'bpmn:Task')) return taskEntries(element, injector);
  if (is(bo, 'bpmn:SequenceFlow') && (is(bo.sourceRef, 'bpmn:ExclusiveGateway') || is(bo.sourceRef, 'bpmn:InclusiveGateway'))
    && (bo.sourceRef.get('outgoing') || []).length > 1) return [{ id: 'simulation-probability', component: Probability, element }];
  if (is(bo, 'bpmn:Process') || is(bo, 'bpmn:Participant') || is(bo, 'bpmn:Collaboration')) return processEntries(element, injector);
  return [];
}

function taskEntries(element, injector) {
  const bo = element.businessObject;
  const scenario = scenarioOf(definitionsOf(injector));
  const duration = distribution(elementParameters(scenario, bo.id)
    && elementParameters(scenario, bo.id).timeParameters && elementParameters(scenario, bo.id).timeParameters.processingTime, scenario);
  const entries = [{ id: 'simulation-duration-kind', component: DurationKind, element }];
  if (duration) FIELDS[duration.kind].forEach((field) => entries.push({ id: 'simulation-duration-' + field, field, component: DurationField, element }));
  entries.push({ id: 'simulation-role', component: Role, element });
  const role = roleOf(definitionsOf(injector), bo);
  if (role && applicantLane.isApplicant(role)) {
    ['applicantHours', 'visits', 'outOfPocket'].forEach((name) => entries.push({ id: 'simulation-' + name, name,
      component: ApplicantField, element }));
  }
  return entries;
}

function processEntries(element, injector) {
  const entries = ['arrivals', 'casesPerDay', 'cases', 'warmupCases', 'seed'].map((name) => ({ id: 'simulation-' + name,
    name, component: name === 'arrivals' ? ArrivalKind : RunField, element }));
  const definitions = definitionsOf(injector);
  const named = lanes(definitions);
  const roles = named.length ? named : (definitions.get('rootElements') || []).filter((e) => is(e, 'bpmn:Collaboration'))
    .flatMap((c) => c.get('participants') || []);
  roles.filter((r) => !applicantLane.isApplicant(r)).forEach((role) => {
    entries.push({ id: `simulation-role-${role.id}`, role, component: RoleHeading, element });
    ['count', 'hours', 'costPerHour'].forEach((name) => entries.push({ id: `simulation-role-${role.id}-${name}`, role,
      name, component: RoleField, element }));
  });
  return entries;
}

/** What the entries share: the services, the scenario's values, and an edit made as one command. */
function useSimulation(element) {
  const injector = useService('injector');
  const texts = useService('simulationTexts');
  const commandStack = useService('commandStack');
  const definitions = definitionsOf(injector);
  const scenario = scenarioOf(definitions);
  const edit = (change) => {
    const relationships = edited(injector.get('moddle'), definitions, change);
    commandStack.execute('procedo.simulation.update', { definitions, relationships, element });
  };
  const defaults = texts.defaults() || {};
  return { injector, texts, t: texts.text, definitions, scenario, edit, defaults, own: elementParameters(scenario, element.businessObject.id) };
}

/** A check of a typed number: a message when it is not a number, or below min. */
const check = (s, min) => (text) => {
  const n = s.texts.parse(text);
  if (n === undefined) return null;
  if (Number.isNaN(n)) return s.t('notNumber');
  return n < min ? s.t('belowMin', s.texts.number(min)) : null;
};

function field(props, s, extra) {
  return jsx(TextFieldEntry, { element: props.element, id: props.id, debounce: useService('debounceInput'), ...extra,
    placeholder: extra.placeholder === undefined || extra.placeholder === null ? '' : s.texts.number(extra.placeholder) });
}

function DurationKind(props) {
  const s = useSimulation(props.element);
  const id = props.element.businessObject.id;
  const holder = s.own && s.own.timeParameters && s.own.timeParameters.processingTime;
  const current = distribution(holder, s.scenario);
  const fallback = s.defaults.tasks && s.defaults.tasks[id] && s.defaults.tasks[id].duration;
  return jsx(SelectEntry, { element: props.element, id: props.id, label: s.t('durationKind'),
    description: current ? s.t('hoursNote') : s.t('defaultIs', fallback ? describe(s, fallback) : s.t('defaultDuration')),
    getValue: () => (current ? current.kind : ''),
    setValue: (kind) => s.edit((editor) => editor.duration(id, kind ? shaped(kind, expected(current) || expected(fallback) || 0.5) : undefined)),
    getOptions: () => [{ value: '', label: s.t('kindDefault') }, ...KINDS.map((k) => ({ value: k, label: s.t('kind.' + k) }))] });
}

/** A distribution of kind `kind` with mean about m hours. */
function shaped(kind, m) {
  const r = (x) => Math.round(x * 100) / 100;
  switch (kind) {
  case 'FIXED': return { kind, value: r(m) };
  case 'UNIFORM': return { kind, min: r(m / 2), max: r(m * 1.5) };
  case 'TRIANGULAR': return { kind, min: r(m / 2), mode: r(m), max: r(m * 1.5) };
  case 'NORMAL': return { kind, mean: r(m), sd: r(m / 4) };
  case 'EXPONENTIAL': return { kind, mean: r(m) };
  default: return { kind, mean: r(m), sd: r(m / 2) };
  }
}

function describe(s, d) {
  return s.t('kind.' + d.kind) + ' ' + FIELDS[d.kind].map((f) => s.texts.number(d[f])).join(' / ') + ' ' + s.t('hours');
}

function DurationField(props) {
  const s = useSimulation(props.element);
  const id = props.element.businessObject.id;
  const current = distribution(s.own && s.own.timeParameters && s.own.timeParameters.processingTime, s.scenario);
  return field(props, s, { label: s.t('field.' + props.field), validate: check(s, 0),
    getValue: () => (current && current[props.field] !== undefined ? s.texts.number(current[props.field]) : ''),
    setValue: (text, error) => {
      const n = s.texts.parse(text);
      if (error || n === undefined || Number.isNaN(n)) return;
      s.edit((editor) => editor.duration(id, { ...current, [props.field]: n }));
    } });
}

function Role(props) {
  const s = useSimulation(props.element);
  const bo = props.element.businessObject;
  const current = constant(s.own && s.own.resourceParameters && s.own.resourceParameters.role);
  const own = roleOf(s.definitions, bo);
  // the roles are offered by their names, data the person typed (the page marks those options translate="no")
  const roles = lanes(s.definitions).length ? lanes(s.definitions) : (s.definitions.get('rootElements') || [])
    .filter((e) => is(e, 'bpmn:Collaboration')).flatMap((c) => c.get('participants') || []);
  return jsx(SelectEntry, { element: props.element, id: props.id, label: s.t('role'),
    getValue: () => current || '',
    setValue: (role) => s.edit((editor) => editor.role(bo.id, role || undefined)),
    getOptions: () => [{ value: '', label: s.t(own ? 'roleDefault' : 'nobody') },
      ...roles.map((r) => ({ value: r.id, label: r.name || r.id }))] });
}

function ApplicantField(props) {
  const s = useSimulation(props.element);
  const id = props.element.businessObject.id;
  const own = properties(s.own)[props.name];
  const fallback = s.defaults.tasks && s.defaults.tasks[id] && s.defaults.tasks[id][props.name];
  return field(props, s, { label: s.t('applicant.' + props.name), validate: check(s, 0), placeholder: fallback,
    getValue: () => (own === undefined ? '' : s.texts.number(Number(own))),
    setValue: (text, error) => {
      const n = s.texts.parse(text);
      if (error || Number.isNaN(n)) return;
      s.edit((editor) => editor.elementProperty(id, props.name, props.name === 'visits' && n !== undefined ? Math.round(n) : n));
    } });
}

function Probability(props) {
  const s = useSimulation(props.element);
  const id = props.element.businessObject.id;
  const own = probability(s.own && s.own.controlParameters && s.own.controlParameters.probability);
  const fallback = s.defaults.branches && s.defaults.branches[id];
  const percent = (p) => Math.round(p * 100 * 1000) / 1000;
  return field(props, s, { label: s.t('probability'), description: s.t('probabilityNote'),
    placeholder: fallback === undefined ? undefined : percent(fallback),
    validate: (text) => check(s, 0)(text) || (s.texts.parse(text) > 100 ? s.t('aboveHundred') : null),
    getValue: () => (own === undefined ? '' : s.texts.number(percent(own))),
    setValue: (text, error) => {
      const n = s.texts.parse(text);
      if (error || Number.isNaN(n)) return;
      s.edit((editor) => editor.probability(id, n === undefined ? undefined : n / 100));
    } });
}

function ArrivalKind(props) {
  const s = useSimulation(props.element);
  const start = caseStart(s.definitions);
  const own = start && properties(elementParameters(s.scenario, start.id));
  const current = own && own.arrivals;
  const perDay = own && own.casesPerDay !== undefined ? Number(own.casesPerDay) : undefined;
  const fallback = s.defaults.arrivals || {};
  return jsx(SelectEntry, { element: props.element, id: props.id, label: s.t('arrivals'),
    getValue: () => current || '',
    setValue: (kind) => s.edit((editor) => editor.arrivals(start.id, kind || undefined,
      kind ? perDay || fallback.casesPerDay || 10 : perDay, hoursPerDay(s))),
    getOptions: () => [{ value: '', label: s.t('defaultIs', s.t('arrival.' + (fallback.kind || 'POISSON'))) },
      { value: 'POISSON', label: s.t('arrival.POISSON') }, { value: 'FIXED', label: s.t('arrival.FIXED') }],
    disabled: !start });
}

function hoursPerDay(s) {
  return (s.defaults.run && s.defaults.run.officeHours && hoursOf(s.defaults.run.officeHours)) || HOURS_PER_DAY;
}

/** Hours a day of working hours written "08:00-12:00,13:00-17:00" give. */
function hoursOf(text) {
  const minutes = (time) => {
    const [h, m] = time.trim().split(':').map(Number);
    return h * 60 + (m || 0);
  };
  const total = String(text).split(',').map((p) => p.split('-')).reduce((sum, [from, to]) => sum + minutes(to) - minutes(from), 0);
  return total > 0 ? total / 60 : undefined;
}

const RUN = { casesPerDay: 0, cases: 1, warmupCases: 0, seed: 0 };

function RunField(props) {
  const s = useSimulation(props.element);
  const start = caseStart(s.definitions);
  const startOwn = start && properties(elementParameters(s.scenario, start.id));
  const run = s.scenario && s.scenario.scenarioParameters;
  const current = {
    casesPerDay: startOwn && startOwn.casesPerDay,
    cases: properties(run).cases,
    warmupCases: run && constant(run.warmup),
    seed: run && run.seed
  }[props.name];
  const fallback = props.name === 'casesPerDay' ? s.defaults.arrivals && s.defaults.arrivals.casesPerDay
    : s.defaults.run && s.defaults.run[props.name];
  return field(props, s, { label: s.t('run.' + props.name), validate: check(s, RUN[props.name]), placeholder: fallback,
    disabled: props.name === 'casesPerDay' && !start,
    getValue: () => (current === undefined ? '' : s.texts.number(Number(current))),
    setValue: (text, error) => {
      const n = s.texts.parse(text);
      if (error || Number.isNaN(n)) return;
      const whole = n === undefined || props.name === 'casesPerDay' ? n : Math.round(n);
      s.edit((editor) => {
        if (props.name === 'casesPerDay') editor.arrivals(start.id, (startOwn && startOwn.arrivals) || 'POISSON', whole, hoursPerDay(s));
        else if (props.name === 'cases') editor.elementProperty(undefined, 'cases', whole);
        else if (props.name === 'warmupCases') editor.warmup(whole);
        else editor.seed(whole);
      });
    } });
}

/** The name of a role (a lane or pool) above its fields: data the person typed, not the page's words. */
function RoleHeading(props) {
  const texts = useService('simulationTexts');
  return jsx('div', { class: 'bio-properties-panel-entry procedo-role-heading', 'data-entry-id': props.id,
    children: [texts.text('roleHeading'), ' ', jsx('strong', { translate: 'no', children: props.role.name || props.role.id })] });
}

function RoleField(props) {
  const s = useSimulation(props.element);
  const role = props.role;
  const own = elementParameters(s.scenario, role.id);
  const current = {
    count: own && constant(own.resourceParameters && own.resourceParameters.quantity),
    hours: own && properties(own).workingHours,
    costPerHour: own && constant(own.costParameters && own.costParameters.unitCost)
  }[props.name];
  const fallback = s.defaults.roles && s.defaults.roles[role.id] && s.defaults.roles[role.id][props.name];
  const hours = props.name === 'hours';
  const label = s.t('roleField.' + props.name);
  return jsx(TextFieldEntry, { element: props.element, id: props.id, debounce: useService('debounceInput'), label,
    placeholder: fallback === undefined ? '' : hours ? String(fallback) : s.texts.number(fallback),
    validate: hours ? (text) => (!text || hoursOf(text) ? null : s.t('badHours')) : check(s, props.name === 'count' ? 1 : 0),
    getValue: () => (current === undefined ? '' : hours ? current : s.texts.number(Number(current))),
    setValue: (text, error) => {
      if (error) return;
      if (hours) {
        s.edit((editor) => editor.elementProperty(role.id, 'workingHours', text && text.trim() ? text.trim().replace(/\s/g, '') : undefined));
        return;
      }
      const n = s.texts.parse(text);
      if (Number.isNaN(n)) return;
      s.edit((editor) => (props.name === 'count' ? editor.staff(role.id, n === undefined ? undefined : Math.round(n))
        : editor.costPerHour(role.id, n)));
    } });
}

/** The command of an edit: the definitions' relationships replaced by those with the edited BPSim data. */
function UpdateHandler() {}
UpdateHandler.prototype.execute = function (context) {
  context.old = context.definitions.get('relationships').slice();
  context.definitions.set('relationships', context.relationships);
  return [context.element];
};
UpdateHandler.prototype.revert = function (context) {
  context.definitions.set('relationships', context.old);
  return [context.element];
};

function SimulationPropertiesProvider(propertiesPanel, injector, commandStack) {
  commandStack.registerHandler('procedo.simulation.update', UpdateHandler);
  propertiesPanel.registerProvider(500, {
    getGroups: (element) => (groups) => {
      const entries = entriesOf(element, injector);
      if (!entries.length) return groups;
      const texts = injector.get('simulationTexts');
      return [...groups, { id: 'simulation', label: texts.text('group'), entries }];
    }
  });
}
SimulationPropertiesProvider.$inject = ['propertiesPanel', 'injector', 'commandStack'];

/** The module: pass it to the modeler with a simulationTexts service ({text, number, defaults}). */
export const simulationPanelModule = {
  __init__: ['simulationPropertiesProvider'],
  simulationPropertiesProvider: ['type', SimulationPropertiesProvider]
};

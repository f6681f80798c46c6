// Simulation parameters in the model as BPSim 2.0, read and written the way the server's BpsimFormat does: one
// bpmn:relationship of type BPSimData holding bpsim:BPSimData with one scenario; per task its ProcessingTime and Role,
// per lane its Quantity and UnitCost, per branch its Probability, on the case's start event the arrivals; what BPSim
// has no element for (cases per working day, the applicant's burden, working hours, cases) as a Property.
// Times are hours (the scenario's baseTimeUnit converted), probabilities fractions.

const HOURS_PER_DAY = 8;

/** Hours in one BPSim time unit (as BpsimFormat.hoursPer: a day is a working day; minutes when not said). */
export function hoursPer(unit) {
  switch ((unit || '').trim().toLowerCase()) {
  case 'ms': return 1 / 3600000;
  case 's': return 1 / 3600;
  case 'hour': case 'h': return 1;
  case 'day': return HOURS_PER_DAY;
  case 'year': return HOURS_PER_DAY * 250;
  default: return 1 / 60;
  }
}

const number = (text) => {
  if (text === undefined || text === null || String(text).trim() === '') return undefined;
  const n = Number(String(text).trim());
  return Number.isFinite(n) ? n : undefined;
};

/** The relationship holding a BPSim 2.0 scenario, or undefined. */
function bpsimRelationship(definitions) {
  return (definitions.get('relationships') || []).find((r) => r.type === 'BPSimData' && r.extensionElements
    && (r.extensionElements.get('values') || []).some((v) => v.$type === 'bpsim:BPSimData'));
}

function dataOf(relationship) {
  return relationship.extensionElements.get('values').find((v) => v.$type === 'bpsim:BPSimData');
}

/** The model's first BPSim 2.0 scenario, or undefined. */
export function scenarioOf(definitions) {
  const relationship = bpsimRelationship(definitions);
  return relationship ? (dataOf(relationship).get('scenario') || [])[0] : undefined;
}

function unitOf(scenario) {
  const parameters = scenario && scenario.scenarioParameters;
  return parameters ? hoursPer(parameters.baseTimeUnit) : 1 / 60;
}

/** The parameters of one element in a scenario, or undefined. */
export function elementParameters(scenario, id) {
  return scenario && (scenario.get('elementParameters') || []).find((p) => p.elementRef === id);
}

/** The value of a parameter holding a constant (e.g. Role, Quantity), as written. */
export function constant(holder) {
  const value = holder && (holder.get('value') || [])[0];
  return value && value.value !== undefined ? String(value.value).trim() : undefined;
}

/** The named properties of an element's (or the scenario's) PropertyParameters, name → text. */
export function properties(parameters) {
  const result = {};
  const holder = parameters && parameters.propertyParameters;
  ((holder && holder.get('property')) || []).forEach((p) => {
    const value = constant(p);
    if (value !== undefined) result[p.name] = value;
  });
  return result;
}

/**
 * The hours of an ISO 8601 duration such as PT1H30M or P2D (a day counts as a working day, as the server reads it),
 * or undefined.
 */
export function isoHours(text) {
  const m = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/
    .exec(String(text || '').trim());
  if (!m || m.slice(1).every((part) => part === undefined)) return undefined;
  const [days, hours, minutes, seconds] = m.slice(1).map((part) => (part === undefined ? 0 : Number(part)));
  return days * HOURS_PER_DAY + hours + minutes / 60 + seconds / 3600;
}

/** A distribution of hours ({kind, value | min, mode, max | mean, sd}) held by a parameter, or undefined. */
export function distribution(holder, scenario) {
  const shape = holder && (holder.get('value') || [])[0];
  if (!shape) return undefined;
  const factor = shape.timeUnit ? hoursPer(shape.timeUnit) : unitOf(scenario);
  const at = (name) => {
    const n = number(shape[name]);
    return n === undefined ? undefined : n * factor;
  };
  switch (shape.$type) {
  case 'bpsim:FloatingParameter': case 'bpsim:NumericParameter': return { kind: 'FIXED', value: at('value') };
  case 'bpsim:DurationParameter': {
    const hours = isoHours(shape.value);
    return hours === undefined ? undefined : { kind: 'FIXED', value: hours };
  }
  case 'bpsim:UniformDistribution': return { kind: 'UNIFORM', min: at('min'), max: at('max') };
  case 'bpsim:TriangularDistribution': return { kind: 'TRIANGULAR', min: at('min'), mode: at('mode'), max: at('max') };
  case 'bpsim:NormalDistribution': case 'bpsim:TruncatedNormalDistribution':
    return { kind: 'NORMAL', mean: at('mean'), sd: at('standardDeviation') };
  case 'bpsim:ExponentialDistribution': case 'bpsim:PoissonDistribution': case 'bpsim:NegativeExponentialDistribution':
    return { kind: 'EXPONENTIAL', mean: at('mean') };
  case 'bpsim:LogNormalDistribution': return { kind: 'LOG_NORMAL', mean: at('mean'), sd: at('standardDeviation') };
  default: return undefined;
  }
}

/** A probability as a fraction (BPSim files also give percentages). */
export function probability(holder) {
  const p = number(constant(holder));
  return p === undefined ? undefined : p > 1 ? p / 100 : p;
}

/** The mean of a distribution of hours. */
export function expected(d) {
  if (!d) return undefined;
  switch (d.kind) {
  case 'FIXED': return d.value;
  case 'UNIFORM': return (d.min + d.max) / 2;
  case 'TRIANGULAR': return (d.min + d.mode + d.max) / 3;
  default: return d.mean;
  }
}

// ---- writing: every change is made on a copy of the BPSim data, which then takes the place of the old one.

/** A deep copy of a moddle element (references kept as they are). */
function copy(moddle, element) {
  if (!element || typeof element !== 'object' || !element.$type || !element.$descriptor) return element;
  const values = {};
  element.$descriptor.properties.forEach((p) => {
    const value = element.get(p.name);
    if (value === undefined || value === null) return;
    if (p.isMany) {
      if (value.length) values[p.name] = p.isReference ? value.slice() : value.map((v) => copy(moddle, v));
    } else {
      values[p.name] = p.isReference ? value : copy(moddle, value);
    }
  });
  const result = moddle.create(element.$type, values);
  Object.assign(result.$attrs, element.$attrs);
  return result;
}

/**
 * Edits the BPSim data of a model: change(editor) makes its changes on a copy, and the relationships of the
 * definitions that result are answered (the old list is left as it was, for undo).
 */
export function edited(moddle, definitions, change) {
  const relationships = definitions.get('relationships') || [];
  const old = bpsimRelationship(definitions);
  const relationship = old ? copyRelationship(moddle, old) : newRelationship(moddle, definitions);
  relationship.$parent = definitions;
  const data = dataOf(relationship);
  if (!(data.get('scenario') || []).length) data.get('scenario').push(newScenario(moddle));
  const scenario = data.get('scenario')[0];
  if (!scenario.scenarioParameters) scenario.scenarioParameters = newScenarioParameters(moddle);
  change(new Editor(moddle, scenario));
  // a new scenario goes first: the server reads the first BPSim scenario of a model (another tool's may follow)
  return old ? relationships.map((r) => (r === old ? relationship : r)) : [relationship, ...relationships];
}

function copyRelationship(moddle, old) {
  const relationship = moddle.create('bpmn:Relationship', { id: old.id, type: old.type, direction: old.direction,
    source: (old.get('source') || []).slice(), target: (old.get('target') || []).slice() });
  const values = old.extensionElements.get('values').map((v) => (v.$type === 'bpsim:BPSimData' ? copy(moddle, v) : v));
  relationship.extensionElements = moddle.create('bpmn:ExtensionElements', { values });
  return relationship;
}

function newRelationship(moddle, definitions) {
  const process = (definitions.get('rootElements') || []).find((e) => e.$type === 'bpmn:Process');
  const relationship = moddle.create('bpmn:Relationship', { id: 'BPSimData_procedo', type: 'BPSimData',
    source: process ? [process] : [], target: process ? [process] : [] });
  relationship.extensionElements = moddle.create('bpmn:ExtensionElements',
    { values: [moddle.create('bpsim:BPSimData', { scenario: [newScenario(moddle)] })] });
  return relationship;
}

function newScenario(moddle) {
  return moddle.create('bpsim:Scenario', { id: 'procedo', name: 'Procedo', vendor: 'Procedo', version: '1',
    scenarioParameters: newScenarioParameters(moddle) });
}

function newScenarioParameters(moddle) {
  return moddle.create('bpsim:ScenarioParameters', { replication: '1', baseTimeUnit: 'hour', baseCurrencyUnit: 'VND' });
}

const SECTION_OF = {
  // arrivals in TimeParameters, where BpsimFormat writes and reads them
  ProcessingTime: 'timeParameters', InterTriggerTimer: 'timeParameters', TriggerCount: 'controlParameters',
  Probability: 'controlParameters', Role: 'resourceParameters', Quantity: 'resourceParameters', UnitCost: 'costParameters'
};
const SECTION_TYPE = { timeParameters: 'bpsim:TimeParameters', controlParameters: 'bpsim:ControlParameters',
  resourceParameters: 'bpsim:ResourceParameters', costParameters: 'bpsim:CostParameters' };
const lower = (name) => name[0].toLowerCase() + name.slice(1);

/** The changes one can make to a scenario (values in hours, VND and fractions; undefined removes a value). */
class Editor {
  constructor(moddle, scenario) {
    this.moddle = moddle;
    this.scenario = scenario;
    this.unit = unitOf(scenario);
  }

  element(id) {
    let parameters = elementParameters(this.scenario, id);
    if (!parameters) {
      parameters = this.moddle.create('bpsim:ElementParameters', { elementRef: id });
      this.scenario.get('elementParameters').push(parameters);
    }
    return parameters;
  }

  /** Sets (or with value undefined removes) the parameter `name` (e.g. Role) of an element to a value element. */
  parameter(id, name, value) {
    const parameters = this.element(id);
    const sectionName = SECTION_OF[name];
    let section = parameters[sectionName];
    if (!section && value) section = parameters[sectionName] = this.moddle.create(SECTION_TYPE[sectionName]);
    if (section) section[lower(name)] = value ? this.moddle.create('bpsim:' + name, { value: [value] }) : undefined;
    this.prune(parameters);
  }

  constant(type, value) {
    return value === undefined ? undefined : this.moddle.create('bpsim:' + type, { value: String(value) });
  }

  /** A distribution of hours as its BPSim element, in the scenario's time unit unless it is hours. */
  shape(d) {
    if (!d) return undefined;
    const own = this.unit === 1 ? {} : { timeUnit: 'hour' };
    const s = (n) => String(n);
    switch (d.kind) {
    case 'FIXED': return this.moddle.create('bpsim:FloatingParameter', { value: s(d.value), ...own });
    case 'UNIFORM': return this.moddle.create('bpsim:UniformDistribution', { min: s(d.min), max: s(d.max), ...own });
    case 'TRIANGULAR': return this.moddle.create('bpsim:TriangularDistribution',
      { min: s(d.min), mode: s(d.mode), max: s(d.max), ...own });
    case 'NORMAL': return this.moddle.create('bpsim:NormalDistribution', { mean: s(d.mean), standardDeviation: s(d.sd), ...own });
    case 'EXPONENTIAL': return this.moddle.create('bpsim:NegativeExponentialDistribution', { mean: s(d.mean), ...own });
    default: return this.moddle.create('bpsim:LogNormalDistribution', { mean: s(d.mean), standardDeviation: s(d.sd), ...own });
    }
  }

  duration(id, d) { this.parameter(id, 'ProcessingTime', this.shape(d)); }

  role(id, role) { this.parameter(id, 'Role', this.constant('StringParameter', role)); }

  probability(id, p) { this.parameter(id, 'Probability', this.constant('FloatingParameter', p)); }

  staff(id, count) { this.parameter(id, 'Quantity', this.constant('NumericParameter', count)); }

  costPerHour(id, cost) {
    const perUnit = cost === undefined ? undefined : this.unit === 1 ? cost : cost * this.unit;
    this.parameter(id, 'UnitCost', this.constant('FloatingParameter', perUnit));
  }

  /** Arrivals on the case's start event: cases per working day, Poisson (exponential gaps) or fixed gaps. */
  arrivals(startId, kind, casesPerDay, hoursPerDay) {
    const gap = kind && casesPerDay > 0 ? hoursPerDay / casesPerDay : undefined;
    const shape = gap === undefined ? undefined : this.shape(kind === 'FIXED' ? { kind: 'FIXED', value: gap }
      : { kind: 'EXPONENTIAL', mean: gap });
    this.parameter(startId, 'InterTriggerTimer', shape);
    this.property(this.element(startId), 'casesPerDay', casesPerDay);
    this.property(this.element(startId), 'arrivals', kind);
    this.prune(this.element(startId));
  }

  /** A property of an element (by id) or, with id undefined, of the scenario. */
  elementProperty(id, name, value) {
    const holder = id === undefined ? this.scenario.scenarioParameters : this.element(id);
    this.property(holder, name, value);
    if (id !== undefined) this.prune(holder);
  }

  property(holder, name, value) {
    let section = holder.propertyParameters;
    if (!section && value === undefined) return;
    if (!section) section = holder.propertyParameters = this.moddle.create('bpsim:PropertyParameters');
    const list = section.get('property');
    const index = list.findIndex((p) => p.name === name);
    if (index >= 0) list.splice(index, 1);
    if (value !== undefined) {
      list.push(this.moddle.create('bpsim:Property', { name, value: [this.constant('StringParameter', value)] }));
    }
    if (!list.length) holder.propertyParameters = undefined;
  }

  /** Scenario-wide: seed (an attribute), warm-up cases (Warmup) and cases (a property, as the server writes). */
  seed(seed) { this.scenario.scenarioParameters.seed = seed === undefined ? undefined : String(seed); }

  warmup(cases) {
    this.scenario.scenarioParameters.warmup = cases === undefined ? undefined
      : this.moddle.create('bpsim:Warmup', { value: [this.constant('NumericParameter', cases)] });
  }

  /** Drops the sections of an element's parameters left empty, and the element's parameters when all are. */
  prune(parameters) {
    Object.values(SECTION_OF).forEach((name) => {
      const section = parameters[name];
      if (section && section.$descriptor.properties.every((p) => !section.get(p.name)
        || (p.isMany && !section.get(p.name).length))) parameters[name] = undefined;
    });
    const empty = ['timeParameters', 'controlParameters', 'resourceParameters', 'costParameters', 'propertyParameters',
      'priorityParameters'].every((name) => !parameters[name]);
    const list = this.scenario.get('elementParameters');
    if (empty && list.includes(parameters)) list.splice(list.indexOf(parameters), 1);
  }
}

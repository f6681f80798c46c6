// What reaching an end event means for the dossier — Procedo's extension attribute procedo:outcome (GRANTED,
// REFUSED, WITHDRAWN, CANCELLED) — kept by the moddle descriptor below and edited in the properties panel's
// "Outcome" group of an end event. Without the attribute the engine reads the end event's name: a name that says
// refusal ("từ chối", "không cấp" ...) means REFUSED, any other GRANTED. The labels pass through the page's translate.
import { SelectEntry, isSelectEntryEdited } from '@bpmn-io/properties-panel';
import { jsx } from '@bpmn-io/properties-panel/preact/jsx-runtime';
import { useService } from 'bpmn-js-properties-panel';
import { is } from 'bpmn-js/lib/util/ModelUtil';

/** The moddle descriptor of Procedo's attributes: the outcome of an end event, the applicant's step of a task. */
export const procedoModdle = {
  name: 'Procedo',
  prefix: 'procedo',
  uri: 'http://procedo.vn/schema/bpmn',
  xml: { tagAlias: 'lowerCase' },
  types: [
    { name: 'EndOutcome', extends: ['bpmn:EndEvent'], properties: [{ name: 'outcome', isAttr: true, type: 'String' }] },
    { name: 'ApplicantStep', extends: ['bpmn:UserTask'], properties: [{ name: 'applicant', isAttr: true, type: 'String' }] }
  ]
};

const OUTCOMES = [
  ['', 'By the end event\'s name'],
  ['GRANTED', 'Granted (result issued)'],
  ['REFUSED', 'Refused'],
  ['WITHDRAWN', 'Withdrawn'],
  ['CANCELLED', 'Cancelled']
];

function OutcomeEntry(props) {
  const { element, id } = props;
  const modeling = useService('modeling');
  const translate = useService('translate');
  return jsx(SelectEntry, {
    element,
    id,
    label: translate('Outcome'),
    getValue: () => element.businessObject.get('procedo:outcome') || '',
    setValue: (value) => modeling.updateProperties(element, { 'procedo:outcome': value || undefined }),
    getOptions: () => OUTCOMES.map(([value, label]) => ({ value, label: translate(label) }))
  });
}

function OutcomeProvider(propertiesPanel, translate) {
  this.getGroups = (element) => (groups) => {
    if (!is(element, 'bpmn:EndEvent')) return groups;
    const group = { id: 'procedo-outcome', label: translate('Dossier outcome'),
      entries: [{ id: 'procedo-outcome-select', element, component: OutcomeEntry, isEdited: isSelectEntryEdited }] };
    const general = groups.findIndex((g) => g.id === 'general');
    groups.splice(general < 0 ? groups.length : general + 1, 0, group);
    return groups;
  };
  propertiesPanel.registerProvider(400, this);
}
OutcomeProvider.$inject = ['propertiesPanel', 'translate'];

/** The properties panel module with the outcome group. */
export const outcomeModule = { __init__: ['procedoOutcomeProvider'], procedoOutcomeProvider: ['type', OutcomeProvider] };

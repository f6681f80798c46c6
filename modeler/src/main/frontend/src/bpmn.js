// One browser bundle with everything the modeler, viewer and compare pages use, exposed as window.ProcedoBpmn.
import BpmnModeler from 'bpmn-js/lib/Modeler';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { BpmnModdle } from 'bpmn-moddle';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  CamundaPlatformPropertiesProviderModule
} from 'bpmn-js-properties-panel';
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import MinimapModule from 'diagram-js-minimap';
import LintModule from 'bpmn-js-bpmnlint';
import { diff } from 'bpmn-js-differ';
import lintConfig from '../target/bpmnlint-config.cjs';
import { withLayout } from './auto-layout.js';
import { outcomeModule, procedoModdle } from './procedo-outcome.js';

/**
 * A modeler with the Camunda 7 properties panel, the linter (our rule set) and the minimap; pageModules are the
 * page's own modules (e.g. its translate service).
 */
function createModeler(canvas, propertiesPanel, pageModules) {
  return new BpmnModeler({
    container: canvas,
    propertiesPanel: { parent: propertiesPanel },
    linting: { bpmnlint: lintConfig, active: true },
    additionalModules: [
      BpmnPropertiesPanelModule,
      BpmnPropertiesProviderModule,
      CamundaPlatformPropertiesProviderModule,
      CamundaBehaviorsModule,
      MinimapModule,
      LintModule,
      outcomeModule,
      ...(pageModules || [])
    ],
    moddleExtensions: { camunda: camundaModdle, procedo: procedoModdle }
  });
}

/** A read-only viewer with zoom and scroll; pageModules as for createModeler. */
function createViewer(canvas, pageModules) {
  return new NavigatedViewer({ container: canvas, additionalModules: [MinimapModule, ...(pageModules || [])],
    moddleExtensions: { camunda: camundaModdle, procedo: procedoModdle } });
}

/** Element-level differences of two BPMN XML documents: {added, removed, changed, layoutChanged} keyed by id. */
async function compare(oldXml, newXml) {
  const moddle = new BpmnModdle({ camunda: camundaModdle, procedo: procedoModdle });
  const [before, after] = await Promise.all([moddle.fromXML(oldXml), moddle.fromXML(newXml)]);
  return diff(before.rootElement, after.rootElement);
}

window.ProcedoBpmn = { createModeler, createViewer, compare, withLayout };

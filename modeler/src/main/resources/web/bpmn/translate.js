// The translate service of the BPMN editor and viewers (the bpmn.io i18n mechanism: a module that replaces
// diagram-js's 'translate'): Vietnamese from ./vi.js and ./types.js when the page speaks Vietnamese, the English of
// bpmn-js as it is when English is chosen; and putting an open editor's texts into the language after a switch.
import { language } from '../kit/i18n.js';
import { TYPE_NAMES } from './types.js';
import { PATTERNS, VI } from './vi.js';

/** The text as looked up when not found as it is: lower case, hyphens as spaces ("Sub-Process" → "sub process"). */
const loose = (text) => text.toLowerCase().replace(/[-\s]+/g, ' ').trim();

const vocabulary = new Map();
Object.entries(TYPE_NAMES).forEach(([type, [vi, en]]) => {
  // As the replace menu says it ("User task") and as the properties panel's header does ("User Task").
  vocabulary.set(loose(en), vi);
  vocabulary.set(loose(type.slice(type.indexOf(':') + 1).replace(/(\B[A-Z])/g, ' $1')), vi);
});
Object.entries(VI).forEach(([en, vi]) => { if (!vocabulary.has(loose(en))) vocabulary.set(loose(en), vi); });

/** The Vietnamese of an English template of bpmn-js, or undefined when the dictionary lacks it. */
export function vietnamese(template) {
  if (Object.prototype.hasOwnProperty.call(VI, template)) return VI[template];
  const key = loose(template);
  if (vocabulary.has(key)) return vocabulary.get(key);
  for (const [pattern, say] of PATTERNS) {
    const match = template.match(pattern) || key.match(pattern);
    if (match) return say(...match);
  }
  return undefined;
}

/** bpmn-js's translate: the template in the page's language with {placeholders} replaced. */
export function translate(template, replacements) {
  const values = replacements || {};
  const text = (language() === 'vi' && template && vietnamese(template)) || template;
  return text.replace(/{([^}]+)}/g, (whole, key) => (values[key] === undefined ? whole : values[key]));
}

/**
 * The properties panel passes translate to its groups only where a group asks for it: this provider, called after
 * the others, hands it to every group (their "Toggle section", "Create new list item" ...).
 */
function PanelGroupTexts(injector) {
  const panel = injector.get('propertiesPanel', false);
  if (!panel) return;
  panel.registerProvider(1, {
    getGroups: () => (groups) => groups.map((group) => (group.translate ? group : { ...group, translate }))
  });
}
PanelGroupTexts.$inject = ['injector'];

/** Titles that bpmn-js and the properties panel set without asking translate. */
const UNTRANSLATED_TITLES = ['Open pop-up editor', 'Powered by bpmn.io'];

/**
 * Keeps those titles in the page's language: the diagram's container (with the bpmn.io logo) and the properties
 * panel are watched for them; update() says them again after a language switch. The element's name in the panel's
 * header is data, marked so (translate="no").
 */
function TitleTexts(canvas, injector) {
  const panel = injector.get('propertiesPanel', false);
  const roots = [canvas.getContainer().parentNode, panel && panel._container].filter(Boolean);
  this.update = () => roots.forEach((root) => {
    root.querySelectorAll('[title]').forEach((node) => {
      const english = node.dataset.englishTitle || node.getAttribute('title');
      if (!UNTRANSLATED_TITLES.includes(english)) return;
      node.dataset.englishTitle = english;
      const title = translate(english);
      if (node.getAttribute('title') !== title) node.setAttribute('title', title);
    });
    root.querySelectorAll('.bio-properties-panel-header-label:not([translate])')
      .forEach((node) => node.setAttribute('translate', 'no'));
  });
  const observer = new MutationObserver(this.update);
  roots.forEach((root) => observer.observe(root, { childList: true, subtree: true, attributeFilter: ['title'] }));
  this.update();
}
TitleTexts.$inject = ['canvas', 'injector'];

/**
 * The token simulation (bpmn-js-token-simulation) writes its English texts into its toggle, buttons, log and
 * notifications without asking translate: they are watched on the canvas and said in the page's language (the
 * English kept on each text node and element, so that update() says them again after a language switch).
 */
function TokenSimulationTexts(canvas) {
  const root = canvas.getContainer();
  const say = (node) => {
    node.procedoEnglish = node.procedoEnglish || node.textContent.trim();
    const text = translate(node.procedoEnglish);
    if (node.textContent.trim() !== text) node.textContent = ' ' + text + ' ';
  };
  this.update = () => {
    root.querySelectorAll('.bts-toggle-mode, .bts-text, .bts-entry.placeholder').forEach((element) => {
      element.childNodes.forEach((node) => { if (node.nodeType === Node.TEXT_NODE && node.textContent.trim()) say(node); });
    });
    root.querySelectorAll('[class*="bts-"][title]').forEach((element) => {
      const english = element.dataset.englishTitle || element.getAttribute('title');
      element.dataset.englishTitle = english;
      const title = translate(english);
      if (element.getAttribute('title') !== title) element.setAttribute('title', title);
    });
  };
  new MutationObserver(this.update).observe(root, { childList: true, subtree: true, attributeFilter: ['title'] });
  this.update();
}
TokenSimulationTexts.$inject = ['canvas'];

/** The module that gives a bpmn-js modeler or viewer this translate (pass it in additionalModules). */
export const translateModule = {
  __init__: ['panelGroupTexts', 'titleTexts', 'tokenSimulationTexts'],
  translate: ['value', translate],
  panelGroupTexts: ['type', PanelGroupTexts],
  titleTexts: ['type', TitleTexts],
  tokenSimulationTexts: ['type', TokenSimulationTexts]
};

/**
 * Says again in the current language what an open editor or viewer has already drawn: the palette, the context
 * pad, the properties panel, the linter's button and overlays, the minimap's toggle; an open popup menu closes (it
 * is drawn anew when opened again).
 */
export function retranslate(diagram) {
  const optional = (name) => diagram.get(name, false);
  const palette = optional('palette');
  if (palette && palette._container) palette._update();
  const contextPad = optional('contextPad');
  if (contextPad && contextPad.isOpen()) contextPad.open(contextPad._current.target, true);
  const popupMenu = optional('popupMenu');
  if (popupMenu && popupMenu.isOpen()) popupMenu.close();
  const eventBus = diagram.get('eventBus');
  if (optional('propertiesPanel')) eventBus.fire('propertiesPanel.providersChanged');
  const linting = optional('linting');
  if (linting) {
    if (linting._button) linting._button.title = translate('Toggle linting overlays');
    if (linting.isActive()) {
      linting._clearIssues();
      linting.update();
    } else {
      linting._updateButton();
    }
  }
  const titles = optional('titleTexts');
  if (titles) titles.update();
  const tokenTexts = optional('tokenSimulationTexts');
  if (tokenTexts) tokenTexts.update();
  const minimap = optional('minimap');
  if (minimap) {
    if (minimap.isOpen()) minimap.open();
    else minimap.close();
  }
}

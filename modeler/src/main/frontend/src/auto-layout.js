// Models without diagram interchange (no BPMNDI: many generated and exchanged models have none) are given a layout
// before they are drawn: bpmn-auto-layout places the process's flow nodes on a grid, then the participant's pool and
// its lanes are drawn around them, each flow node moved into the band of its lane (rows kept in their order) and
// the sequence flows routed again between the moved shapes. Nothing is stored here: the page saves the layout only
// when the person saves the model.
import { layoutProcess } from 'bpmn-auto-layout';
import { BpmnModdle } from 'bpmn-moddle';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';

const CELL_HEIGHT = 140;
const POOL_HEADER = 30;
const MARGIN = 40;
/** Documents of one activity stand side by side, far enough apart for their labels to wrap without touching. */
const DOCUMENT_SPACING = 95;

const moddle = () => new BpmnModdle({ camunda: camundaModdle });

/** Whether the definitions draw anything: a diagram whose plane holds at least one shape or edge. */
function hasLayout(definitions) {
  return (definitions.diagrams || []).some((d) => d.plane && (d.plane.planeElement || []).length > 0);
}

/**
 * The model as it is when it carries a layout ({xml, laidOut: false}); otherwise the same model with a new layout
 * ({xml, laidOut: true}), or, when no layout could be made, as it is with the reason ({xml, laidOut: false, failed}).
 */
export async function withLayout(xml) {
  const { rootElement } = await moddle().fromXML(xml);
  if (hasLayout(rootElement)) return { xml, laidOut: false };
  try {
    const gridded = await layoutProcess(xml);
    return { xml: await drawPoolAndLanes(gridded), laidOut: true };
  } catch (e) {
    return { xml, laidOut: false, failed: e.message };
  }
}

const isA = (element, type) => element && element.$instanceOf && element.$instanceOf(type);

/** Leaf lanes in the order they are declared (a lane with child lanes gives way to its children). */
function leafLanes(laneSet) {
  return ((laneSet && laneSet.lanes) || []).flatMap((lane) => (lane.childLaneSet && lane.childLaneSet.lanes
    && lane.childLaneSet.lanes.length ? leafLanes(lane.childLaneSet) : [lane]));
}

const middleY = (b) => b.y + b.height / 2;

/** Where a sequence flow leaves its source and enters its target, after the shapes moved. */
function route(source, target) {
  const s = source.bounds;
  const t = target.bounds;
  const sy = middleY(s);
  const ty = middleY(t);
  if (isA(source.bpmnElement, 'bpmn:BoundaryEvent')) {
    const x = s.x + s.width / 2;
    return [{ x, y: s.y + s.height }, { x, y: ty }, { x: t.x, y: ty }];
  }
  if (t.x >= s.x + s.width) {
    if (Math.abs(sy - ty) < 1) return [{ x: s.x + s.width, y: sy }, { x: t.x, y: ty }];
    const mx = Math.round((s.x + s.width + t.x) / 2);
    return [{ x: s.x + s.width, y: sy }, { x: mx, y: sy }, { x: mx, y: ty }, { x: t.x, y: ty }];
  }
  const below = Math.max(s.y + s.height, t.y + t.height) + 20;
  const sx = s.x + s.width / 2;
  const tx = t.x + t.width / 2;
  return [{ x: sx, y: s.y + s.height }, { x: sx, y: below }, { x: tx, y: below }, { x: tx, y: t.y + t.height }];
}

/**
 * Every data object or data store reference of the process that an activity reads or writes: the first such
 * activity, and the data associations between them.
 */
function dataUsers(process) {
  const users = new Map();
  (process.flowElements || []).forEach((node) => {
    const associations = [...(node.dataInputAssociations || []), ...(node.dataOutputAssociations || [])];
    associations.forEach((association) => {
      [...(association.sourceRef || []), association.targetRef].filter((r) => isA(r, 'bpmn:DataObjectReference')
        || isA(r, 'bpmn:DataStoreReference')).forEach((reference) => {
        if (!users.has(reference)) users.set(reference, [node, []]);
        if (users.get(reference)[0] === node) users.get(reference)[1].push(association);
      });
    });
  });
  return users;
}

/** The gridded process drawn inside its participant's pool, with one band per lane. */
async function drawPoolAndLanes(xml) {
  const m = moddle();
  const { rootElement: definitions } = await m.fromXML(xml);
  const collaboration = definitions.rootElements.find((e) => isA(e, 'bpmn:Collaboration'));
  const diagram = definitions.diagrams[0];
  const process = diagram && diagram.plane.bpmnElement;
  const participant = collaboration && (collaboration.participants || []).find((p) => p.processRef === process);
  if (!participant) return xml;

  // a data object is not drawn (its references are); documents are placed beside the activity that uses them
  const planeElements = diagram.plane.planeElement.filter((e) => !isA(e.bpmnElement, 'bpmn:DataObject'));
  const shapes = planeElements.filter((e) => isA(e, 'bpmndi:BPMNShape'));
  const users = dataUsers(process);
  const isData = (s) => users.has(s.bpmnElement);
  const edges = planeElements.filter((e) => isA(e, 'bpmndi:BPMNEdge'));
  const shapeOf = new Map(shapes.map((s) => [s.bpmnElement, s]));
  const lanes = leafLanes((process.laneSets || [])[0]);
  const bands = lanes.length ? lanes.map((lane) => ({ lane, nodes: new Set(lane.flowNodeRef || []), rows: [] }))
    : [{ lane: null, nodes: null, rows: [] }];
  const bandOf = (node) => bands.find((b) => !b.nodes || b.nodes.has(node)) || bands[0];

  // the grid's rows used in each band, in their order: each band is as tall as the rows it holds
  const placed = shapes.filter((s) => !isA(s.bpmnElement, 'bpmn:BoundaryEvent') && !isData(s));
  const row = (shape) => Math.floor(middleY(shape.bounds) / CELL_HEIGHT);
  placed.forEach((s) => { const b = bandOf(s.bpmnElement); if (!b.rows.includes(row(s))) b.rows.push(row(s)); });
  bands.forEach((b) => { b.rows.sort((x, y) => x - y); if (!b.rows.length) b.rows.push(0); });
  const documents = shapes.filter((s) => isData(s) && shapeOf.has(users.get(s.bpmnElement)[0]));
  documents.forEach((s) => { bandOf(users.get(s.bpmnElement)[0]).documents = true; });
  bands.forEach((b) => { if (b.documents) b.rows.push('documents'); });

  const left = Math.min(...shapes.map((s) => s.bounds.x), 0);
  const poolX = MARGIN;
  const dx = poolX + POOL_HEADER + MARGIN - left;
  let top = MARGIN;
  bands.forEach((b) => { b.top = top; top += b.rows.length * CELL_HEIGHT; });

  const moved = new Map();
  placed.forEach((s) => {
    const b = bandOf(s.bpmnElement);
    const centre = b.top + b.rows.indexOf(row(s)) * CELL_HEIGHT + CELL_HEIGHT / 2;
    const dy = centre - middleY(s.bounds);
    moved.set(s.bpmnElement, dy);
    s.bounds.x += dx;
    s.bounds.y += dy;
  });
  shapes.filter((s) => isA(s.bpmnElement, 'bpmn:BoundaryEvent')).forEach((s) => {
    s.bounds.x += dx;
    s.bounds.y += moved.get(s.bpmnElement.attachedToRef) || 0;
  });
  // documents in their band's documents row, below and to the right of their activity, never on top of another
  const nextFree = new Map();
  documents.map((s) => [s, shapeOf.get(users.get(s.bpmnElement)[0])])
    .sort((a, b) => a[1].bounds.x - b[1].bounds.x).forEach(([s, user]) => {
      const b = bandOf(user.bpmnElement);
      s.bounds.x = Math.max(user.bounds.x, nextFree.get(b) || 0);
      s.bounds.y = b.top + b.rows.indexOf('documents') * CELL_HEIGHT + (CELL_HEIGHT - s.bounds.height) / 2;
      nextFree.set(b, s.bounds.x + DOCUMENT_SPACING);
      const line = [{ x: s.bounds.x + s.bounds.width / 2, y: s.bounds.y },
        { x: user.bounds.x + user.bounds.width / 2, y: user.bounds.y + user.bounds.height }];
      users.get(s.bpmnElement)[1].forEach((association) => planeElements.push(m.create('bpmndi:BPMNEdge', {
        id: association.id + '_di', bpmnElement: association,
        waypoint: (isA(association, 'bpmn:DataOutputAssociation') ? [...line].reverse() : line)
          .map((p) => m.create('dc:Point', p))
      })));
    });
  shapes.forEach((s) => { delete s.label; });
  edges.forEach((edge) => {
    const flow = edge.bpmnElement;
    const source = shapeOf.get(flow.sourceRef);
    const target = shapeOf.get(flow.targetRef);
    delete edge.label;
    if (source && target) edge.waypoint = route(source, target).map((p) => m.create('dc:Point', p));
  });

  const poolWidth = Math.max(...shapes.map((s) => s.bounds.x + s.bounds.width), poolX + 200) - poolX + MARGIN;
  const bounds = (x, y, width, height) => m.create('dc:Bounds', { x, y, width, height });
  const pool = m.create('bpmndi:BPMNShape', { id: participant.id + '_di', bpmnElement: participant,
    isHorizontal: true, bounds: bounds(poolX, MARGIN, poolWidth, top - MARGIN) });
  const laneShapes = bands.filter((b) => b.lane).map((b) => m.create('bpmndi:BPMNShape', { id: b.lane.id + '_di',
    bpmnElement: b.lane, isHorizontal: true,
    bounds: bounds(poolX + POOL_HEADER, b.top, poolWidth - POOL_HEADER, b.rows.length * CELL_HEIGHT) }));
  diagram.plane.bpmnElement = collaboration;
  diagram.plane.planeElement = [pool, ...laneShapes, ...planeElements];
  const { xml: drawn } = await m.toXML(definitions, { format: true });
  return drawn;
}

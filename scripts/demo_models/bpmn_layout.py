"""Small BPMN 2.0 writer with a grid layout, used to produce the demo as-is / to-be models.

A model is described as lanes (stacked top to bottom inside one pool) and nodes placed on a grid
(lane, column, row). The writer emits the semantic XML and the diagram interchange (BPMNDI):
shapes on the grid, sequence flows routed orthogonally between shape borders, data associations
as straight lines clipped to the borders, message flows as vertical lines to collapsed pools.
`check()` reports overlapping shapes and edges that cross shapes they do not connect.
"""
import math
from xml.sax.saxutils import escape

POOL_X, POOL_Y = 160, 80
POOL_HEADER = 30
LANE_HEADER = 30
COL_W = 190
FIRST_COL = POOL_X + POOL_HEADER + LANE_HEADER + 90
ROW_H = 150
ROW0 = 85
TASK_W, TASK_H = 130, 90
EVENT = 36
GATEWAY = 50
DOC_W, DOC_H = 36, 50
STORE = 50
DOC_OFFSET = 105  # from the row's centre line to the top of the documents below it
COLLAPSED_H = 60

TASK_TAGS = {
    'task': 'task', 'manual': 'manualTask', 'user': 'userTask', 'service': 'serviceTask',
    'send': 'sendTask', 'receive': 'receiveTask',
}


def attr(v):
    return escape(str(v), {'"': '&quot;'})


def label_box(cx, top, name, width=90):
    lines = max(1, math.ceil(len(name) * 6.2 / width))
    return (cx - width / 2, top, width, 14 * lines)


class Rect:
    def __init__(self, x, y, w, h):
        self.x, self.y, self.w, self.h = x, y, w, h

    @property
    def cx(self):
        return self.x + self.w / 2

    @property
    def cy(self):
        return self.y + self.h / 2

    @property
    def right(self):
        return self.x + self.w

    @property
    def bottom(self):
        return self.y + self.h

    def overlaps(self, o, margin=0):
        return (self.x < o.right + margin and o.x < self.right + margin
                and self.y < o.bottom + margin and o.y < self.bottom + margin)


class Node:
    def __init__(self, id, kind, lane, col, name, row=0, **extra):
        self.id, self.kind, self.lane, self.col, self.name, self.row = id, kind, lane, col, name, row
        self.extra = extra
        self.incoming, self.outgoing = [], []
        self.rect = None

    @property
    def is_gateway(self):
        return self.kind == 'xor'

    @property
    def is_event(self):
        return self.kind in ('start', 'end', 'timer', 'message')


DECISION_LABELS = {
    'approved': 'Hồ sơ đủ điều kiện giải quyết',
    'paperCopy': 'Công dân đề nghị nhận thêm bản giấy',
}


class Model:
    def __init__(self, code, kind, name, executable=False):
        self.code, self.kind, self.name, self.executable = code, kind, name, executable
        key = code.replace('.', '_').replace('-', '_')
        self.process_id = f'Process_{key}_{kind}'
        self.collab_id = f'Collaboration_{key}_{kind}'
        self.participant_id = f'Participant_{key}_{kind}'
        self.lanes = []  # (id, name, group)
        self.nodes = {}
        self.order = []
        self.flows = []  # dict(id, src, tgt, name, cond, waypoints)
        self.docs = []   # dict(id, name, lane, col, inputs, outputs, store)
        self.pools = []  # collapsed pools: (id, name)
        self.mflows = []
        self.messages = []
        self.defaults = {}

    # ---- building -------------------------------------------------------------------------
    def lane(self, id, name, group=None):
        self.lanes.append((id, name, group))

    def node(self, id, kind, lane, col, name, row=0, **extra):
        assert id not in self.nodes, id
        n = Node(id, kind, lane, col, name, row, **extra)
        self.nodes[id] = n
        self.order.append(id)
        return n

    def flow(self, src, tgt, name=None, cond=None, default=False, id=None, waypoints=None):
        fid = id or f'Flow_{src.split("_", 1)[-1]}_{tgt.split("_", 1)[-1]}'
        assert all(f['id'] != fid for f in self.flows), fid
        self.flows.append(dict(id=fid, src=src, tgt=tgt, name=name, cond=cond, waypoints=waypoints))
        self.nodes[src].outgoing.append(fid)
        self.nodes[tgt].incoming.append(fid)
        if default:
            self.defaults[src] = fid
        return fid

    def chain(self, *ids):
        for a, b in zip(ids, ids[1:]):
            self.flow(a, b)

    def join_before(self, target, gid):
        """Puts an exclusive merge gateway in front of target (which has several incoming flows), moving target
        and everything at or right of its column one column to the right."""
        t = self.nodes[target]
        col = t.col
        for n in self.nodes.values():
            if n.col >= col:
                n.col += 1
        for d in self.docs:
            if d['col'] >= col:
                d['col'] += 1
        self.node(gid, 'xor', t.lane, col, None, row=t.row)
        for f in [f for f in self.flows if f['tgt'] == target]:
            self.flows.remove(f)
            self.nodes[f['src']].outgoing.remove(f['id'])
            t.incoming.remove(f['id'])
            default = self.defaults.get(f['src']) == f['id']
            self.flow(f['src'], gid, name=f['name'], cond=f['cond'], default=default)
        self.flow(gid, target)

    def doc(self, id, name, lane, col, inputs=(), outputs=(), store=False):
        self.docs.append(dict(id=id, name=name, lane=lane, col=col, inputs=list(inputs),
                              outputs=list(outputs), store=store))

    def store(self, id, name, lane, col, inputs=()):
        self.doc(id, name, lane, col, inputs=inputs, store=True)

    def pool(self, id, name):
        self.pools.append((id, name))

    def mflow(self, id, src, tgt, name=None):
        self.mflows.append(dict(id=id, src=src, tgt=tgt, name=name))

    def message(self, id, name):
        self.messages.append((id, name))

    # ---- layout ---------------------------------------------------------------------------
    def col_x(self, col):
        return FIRST_COL + col * COL_W

    def layout(self):
        ncols = max(n.col for n in self.nodes.values()) + 1
        ncols = max(ncols, max((d['col'] for d in self.docs), default=0) + 1)
        self.width = POOL_HEADER + LANE_HEADER + 90 + (ncols - 1) * COL_W + 120
        self.lane_rect = {}
        self.lane_top = {}
        y = POOL_Y
        for d in self.docs:
            d['row'] = max([n.row for n in self.nodes.values()
                            if n.lane == d['lane'] and abs(n.col - d['col']) <= 1] + [0])
        for lid, _, _ in self.lanes:
            rows = max([n.row for n in self.nodes.values() if n.lane == lid] + [0])
            h = ROW0 + ROW_H * rows + 90
            for d in self.docs:
                if d['lane'] == lid:
                    lb = label_box(0, 0, d['name'])
                    h = max(h, ROW0 + ROW_H * d['row'] + DOC_OFFSET + DOC_H + 5 + lb[3] + 12)
            h = max(h, 180)
            self.lane_top[lid] = y
            self.lane_rect[lid] = Rect(POOL_X + POOL_HEADER, y, self.width - POOL_HEADER, h)
            y += h
        self.pool_rect = Rect(POOL_X, POOL_Y, self.width, y - POOL_Y)
        self.collapsed_rect = {}
        py = y + 60
        for pid, _ in self.pools:
            self.collapsed_rect[pid] = Rect(POOL_X, py, self.width, COLLAPSED_H)
            py += COLLAPSED_H + 40
        for n in self.nodes.values():
            cx = self.col_x(n.col)
            cy = self.lane_top[n.lane] + ROW0 + ROW_H * n.row
            if n.kind in TASK_TAGS:
                n.rect = Rect(cx - TASK_W / 2, cy - TASK_H / 2, TASK_W, TASK_H)
            elif n.is_gateway:
                n.rect = Rect(cx - GATEWAY / 2, cy - GATEWAY / 2, GATEWAY, GATEWAY)
            else:
                n.rect = Rect(cx - EVENT / 2, cy - EVENT / 2, EVENT, EVENT)
        for d in self.docs:
            top = self.lane_top[d['lane']] + ROW0 + ROW_H * d['row'] + DOC_OFFSET
            cx = self.col_x(d['col'])
            w, h = (STORE, STORE) if d['store'] else (DOC_W, DOC_H)
            d['rect'] = Rect(cx - w / 2, top, w, h)
        self.flow_points = {f['id']: f['waypoints'] or self.route(f) for f in self.flows}
        self.mflow_points = {m['id']: self.route_message(m) for m in self.mflows}
        self.assoc_points = {}
        for n in self.nodes.values():
            linked = [d for d in self.docs if n.id in d['inputs'] or n.id in d['outputs']]
            linked.sort(key=lambda d: d['rect'].cx)
            k = len(linked)
            for i, d in enumerate(linked):
                rank = sorted(linked, key=lambda e: abs(e['rect'].cx - n.rect.cx)).index(d)
                pts = self.data_route(d['rect'], n.rect, (i - (k - 1) / 2) * 16, rank)
                if n.id in d['inputs']:
                    self.assoc_points[f'DataInputAssociation_{d["id"]}_{n.id}'] = pts
                else:
                    self.assoc_points[f'DataOutputAssociation_{n.id}_{d["id"]}'] = list(reversed(pts))

    def data_route(self, doc, task, offset, i):
        """Document or data store below its task: up from the document, along a bus under the task row."""
        tx = task.cx + offset
        if abs(doc.cx - tx) < 1:
            return [(doc.cx, doc.y), (tx, task.bottom)]
        bus = doc.y - 10 - 7 * i
        return [(doc.cx, doc.y), (doc.cx, bus), (tx, bus), (tx, task.bottom)]

    def route(self, f):
        a, b = self.nodes[f['src']], self.nodes[f['tgt']]
        A, B = a.rect, b.rect
        if abs(A.cy - B.cy) < 0.5:
            if b.col > a.col:
                return [(A.right, A.cy), (B.x, B.cy)]
            ch = self.lane_top[a.lane] + 14 + ROW_H * a.row
            return [(A.cx, A.y), (A.cx, ch), (B.cx, ch), (B.cx, B.y)]
        down = B.cy > A.cy
        if b.col == a.col:
            return [(A.cx, A.bottom if down else A.y), (B.cx, B.y if down else B.bottom)]
        if b.col > a.col:
            if b.is_gateway and a.lane == b.lane:  # from another row of the same lane into a merge
                return [(A.right, A.cy), (B.cx, A.cy), (B.cx, B.bottom if down else B.y)]
            if a.is_gateway:
                return [(A.cx, A.bottom if down else A.y), (A.cx, B.cy), (B.x, B.cy)]
            x = self.col_x(b.col) - COL_W / 2
            return [(A.right, A.cy), (x, A.cy), (x, B.cy), (B.x, B.cy)]
        # backwards into another lane or row: leave to the left, enter from above or below
        return [(A.x, A.cy), (B.cx, A.cy), (B.cx, B.y if down else B.bottom)]

    def route_message(self, m):
        if m['src'] in self.nodes:
            n = self.nodes[m['src']].rect
            p = self.collapsed_rect[m['tgt']]
            return [(n.cx, n.bottom), (n.cx, p.y)]
        n = self.nodes[m['tgt']].rect
        p = self.collapsed_rect[m['src']]
        return [(n.cx, p.y), (n.cx, n.bottom)]

    @staticmethod
    def clip(r, px, py, qx, qy):
        """Point where the segment from the centre of r towards (qx,qy) leaves r."""
        dx, dy = qx - px, qy - py
        ts = []
        if dx:
            ts.append((r.w / 2) / abs(dx))
        if dy:
            ts.append((r.h / 2) / abs(dy))
        t = min(ts)
        return (round(px + dx * t), round(py + dy * t))

    def straight(self, r1, r2):
        return [self.clip(r1, r1.cx, r1.cy, r2.cx, r2.cy), self.clip(r2, r2.cx, r2.cy, r1.cx, r1.cy)]

    # ---- labels ---------------------------------------------------------------------------
    def node_label(self, n):
        if n.kind in TASK_TAGS or not n.name:
            return None
        if n.is_gateway:
            above = not any(self.flow_points[f][0][1] < n.rect.y + 1 and abs(self.flow_points[f][0][0] - n.rect.cx) < 1
                            for f in n.outgoing + n.incoming if f in self.flow_points) and \
                not any(self.flow_points[f][-1][1] < n.rect.y + 1 and abs(self.flow_points[f][-1][0] - n.rect.cx) < 1
                        for f in n.incoming)
            x, y, w, h = label_box(n.rect.cx, 0, n.name, 110)
            below = not any(self.flow_points[f][0][1] > n.rect.bottom - 1 and abs(self.flow_points[f][0][0] - n.rect.cx) < 1
                            for f in n.outgoing)
            if above:
                return (x, n.rect.y - 6 - h, w, h)
            if below:
                return (x, n.rect.bottom + 6, w, h)
            x, y, w, h = label_box(n.rect.cx, 0, n.name, 80)
            return (n.rect.x - w - 4, n.rect.y - h, w, h)
        x, y, w, h = label_box(n.rect.cx, n.rect.bottom + 5, n.name)
        if any(n.id in (m['src'], m['tgt']) for m in self.mflows):  # message flow leaves from below
            return (x, n.rect.y - 5 - h, w, h)
        return (x, y, w, h)

    def flow_label(self, f):
        if not f['name']:
            return None
        pts = self.flow_points[f['id']]
        (x1, y1), (x2, y2) = pts[0], pts[1]
        w = max(24, len(f['name']) * 7)
        if abs(y1 - y2) < 1:  # horizontal first segment
            return (x1 + 8, y1 - 20, w, 14)
        return (x1 + 6, (y1 + 4) if y2 > y1 else (y1 - 18), w, 14)

    # ---- XML -------------------------------------------------------------------------------
    def lane_of(self, nid):
        return self.nodes[nid].lane

    def to_xml(self):
        self.layout()
        o = []
        w = o.append
        w('<?xml version="1.0" encoding="UTF-8"?>')
        w('<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
          'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" '
          'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" '
          'xmlns:di="http://www.omg.org/spec/DD/20100524/DI" '
          'xmlns:camunda="http://camunda.org/schema/1.0/bpmn" '
          'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
          f'id="Definitions_{self.process_id}" targetNamespace="http://procedo.vn/bpmn/demo" '
          'exporter="Procedo" exporterVersion="0.1.0">')
        for mid, mname in self.messages:
            w(f'  <bpmn:message id="{mid}" name="{attr(mname)}" />')
        w(f'  <bpmn:collaboration id="{self.collab_id}">')
        w(f'    <bpmn:participant id="{self.participant_id}" name="{attr(self.name)}" processRef="{self.process_id}" />')
        for pid, pname in self.pools:
            w(f'    <bpmn:participant id="{pid}" name="{attr(pname)}" />')
        for m in self.mflows:
            nm = f' name="{attr(m["name"])}"' if m['name'] else ''
            w(f'    <bpmn:messageFlow id="{m["id"]}"{nm} sourceRef="{m["src"]}" targetRef="{m["tgt"]}" />')
        w('  </bpmn:collaboration>')
        ex = 'true' if self.executable else 'false'
        ttl = ' camunda:historyTimeToLive="P180D"' if self.executable else ''
        w(f'  <bpmn:process id="{self.process_id}" name="{attr(self.name)}" isExecutable="{ex}"{ttl}>')
        w(f'    <bpmn:laneSet id="LaneSet_{self.process_id}">')
        for lid, lname, _ in self.lanes:
            w(f'      <bpmn:lane id="{lid}" name="{attr(lname)}">')
            for nid in self.order:
                if self.nodes[nid].lane == lid:
                    w(f'        <bpmn:flowNodeRef>{nid}</bpmn:flowNodeRef>')
            w('      </bpmn:lane>')
        w('    </bpmn:laneSet>')
        groups = {lid: g for lid, _, g in self.lanes}
        for nid in self.order:
            self.write_node(w, self.nodes[nid], groups)
        for f in self.flows:
            nm = f' name="{attr(f["name"])}"' if f['name'] else ''
            head = f'    <bpmn:sequenceFlow id="{f["id"]}"{nm} sourceRef="{f["src"]}" targetRef="{f["tgt"]}"'
            if f['cond']:
                w(head + '>')
                w(f'      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{escape(f["cond"])}</bpmn:conditionExpression>')
                w('    </bpmn:sequenceFlow>')
            else:
                w(head + ' />')
        for d in self.docs:
            if d['store']:
                w(f'    <bpmn:dataStoreReference id="{d["id"]}" name="{attr(d["name"])}" />')
            else:
                w(f'    <bpmn:dataObjectReference id="{d["id"]}" name="{attr(d["name"])}" dataObjectRef="DataObject_{d["id"]}" />')
                w(f'    <bpmn:dataObject id="DataObject_{d["id"]}" />')
        w('  </bpmn:process>')
        self.write_di(w)
        w('</bpmn:definitions>')
        return '\n'.join(o) + '\n'

    def decisions(self, n):
        """The variables that the gateways right after task n test (conditions of the form ${name})."""
        found = []
        for f in self.flows:
            if f['src'] != n.id or self.nodes[f['tgt']].kind != 'xor':
                continue
            for g in self.flows:
                cond = g['cond'] or ''
                if g['src'] == f['tgt'] and cond.startswith('${') and cond.endswith('}'):
                    var = cond[2:-1].strip()
                    if var.isidentifier() and var not in found:
                        found.append(var)
        return found

    def write_node(self, w, n, groups):
        nm = f' name="{attr(n.name)}"' if n.name else ''
        extra = ''
        if n.kind in TASK_TAGS:
            tag = TASK_TAGS[n.kind]
            if self.executable and n.kind == 'user':
                extra = f' camunda:candidateGroups="{groups[n.lane]}"'
            if self.executable and n.kind in ('service', 'send'):
                extra = ' camunda:expression="${true}"'
        elif n.kind == 'start':
            tag = 'startEvent'
        elif n.kind == 'end':
            tag = 'endEvent'
        elif n.kind in ('timer', 'message'):
            tag = 'intermediateCatchEvent'
        elif n.kind == 'xor':
            tag = 'exclusiveGateway'
            if n.id in self.defaults:
                extra = f' default="{self.defaults[n.id]}"'
        else:
            raise ValueError(n.kind)
        w(f'    <bpmn:{tag} id="{n.id}"{nm}{extra}>')
        decisions = self.decisions(n) if self.executable and n.kind == 'user' else []
        if decisions:
            # the task whose outcome a following gateway tests asks for it: a required yes/no field
            w('      <bpmn:extensionElements>')
            w('        <camunda:formData>')
            for var in decisions:
                label = DECISION_LABELS.get(var, var)
                w(f'          <camunda:formField id="{var}" label="{attr(label)}" type="boolean">')
                w('            <camunda:validation>')
                w('              <camunda:constraint name="required" />')
                w('            </camunda:validation>')
                w('          </camunda:formField>')
            w('        </camunda:formData>')
            w('      </bpmn:extensionElements>')
        for f in n.incoming:
            w(f'      <bpmn:incoming>{f}</bpmn:incoming>')
        for f in n.outgoing:
            w(f'      <bpmn:outgoing>{f}</bpmn:outgoing>')
        inputs = [d for d in self.docs if n.id in d['inputs']]
        outputs = [d for d in self.docs if n.id in d['outputs']]
        if inputs:
            w(f'      <bpmn:property id="Property_{n.id}" name="__targetRef_placeholder" />')
        for d in inputs:
            w(f'      <bpmn:dataInputAssociation id="DataInputAssociation_{d["id"]}_{n.id}">')
            w(f'        <bpmn:sourceRef>{d["id"]}</bpmn:sourceRef>')
            w(f'        <bpmn:targetRef>Property_{n.id}</bpmn:targetRef>')
            w('      </bpmn:dataInputAssociation>')
        for d in outputs:
            w(f'      <bpmn:dataOutputAssociation id="DataOutputAssociation_{n.id}_{d["id"]}">')
            w(f'        <bpmn:targetRef>{d["id"]}</bpmn:targetRef>')
            w('      </bpmn:dataOutputAssociation>')
        if n.kind == 'timer':
            w(f'      <bpmn:timerEventDefinition id="TimerEventDefinition_{n.id}">')
            w(f'        <bpmn:timeDuration xsi:type="bpmn:tFormalExpression">{n.extra["duration"]}</bpmn:timeDuration>')
            w('      </bpmn:timerEventDefinition>')
        if n.kind == 'message':
            w(f'      <bpmn:messageEventDefinition id="MessageEventDefinition_{n.id}" messageRef="{n.extra["message"]}" />')
        w(f'    </bpmn:{tag}>')

    def write_di(self, w):
        def bounds(r, ind):
            x, y, ww, hh = r
            w(f'{ind}<dc:Bounds x="{round(x)}" y="{round(y)}" width="{round(ww)}" height="{round(hh)}" />')

        def shape(el, r, label=None, extra=''):
            w(f'      <bpmndi:BPMNShape id="{el}_di" bpmnElement="{el}"{extra}>')
            bounds((r.x, r.y, r.w, r.h), '        ')
            if label:
                w('        <bpmndi:BPMNLabel>')
                bounds(label, '          ')
                w('        </bpmndi:BPMNLabel>')
            w('      </bpmndi:BPMNShape>')

        def edge(el, pts, label=None):
            w(f'      <bpmndi:BPMNEdge id="{el}_di" bpmnElement="{el}">')
            for x, y in pts:
                w(f'        <di:waypoint x="{round(x)}" y="{round(y)}" />')
            if label:
                w('        <bpmndi:BPMNLabel>')
                bounds(label, '          ')
                w('        </bpmndi:BPMNLabel>')
            w('      </bpmndi:BPMNEdge>')

        w(f'  <bpmndi:BPMNDiagram id="BPMNDiagram_{self.process_id}">')
        w(f'    <bpmndi:BPMNPlane id="BPMNPlane_{self.process_id}" bpmnElement="{self.collab_id}">')
        shape(self.participant_id, self.pool_rect, extra=' isHorizontal="true"')
        for lid, _, _ in self.lanes:
            shape(lid, self.lane_rect[lid], extra=' isHorizontal="true"')
        for nid in self.order:
            n = self.nodes[nid]
            extra = ' isMarkerVisible="true"' if n.is_gateway else ''
            shape(nid, n.rect, self.node_label(n), extra)
        for d in self.docs:
            r = d['rect']
            shape(d['id'], r, label_box(r.cx, r.bottom + 5, d['name']))
        for pid, _ in self.pools:
            shape(pid, self.collapsed_rect[pid], extra=' isHorizontal="true"')
        for f in self.flows:
            edge(f['id'], self.flow_points[f['id']], self.flow_label(f))
        for m in self.mflows:
            pts = self.mflow_points[m['id']]
            lb = None
            if m['name']:
                lb = label_box(0, 0, m['name'], 110)
                lb = (pts[0][0] + 8, self.pool_rect.bottom + 6, lb[2], lb[3])
            edge(m['id'], pts, lb)
        for aid, pts in self.assoc_points.items():
            edge(aid, pts)
        w('    </bpmndi:BPMNPlane>')
        w('  </bpmndi:BPMNDiagram>')

    # ---- checks ------------------------------------------------------------------------------
    def check(self):
        problems = []
        shapes = {nid: n.rect for nid, n in self.nodes.items()}
        shapes.update({d['id']: d['rect'] for d in self.docs})
        labels = {}
        for nid, n in self.nodes.items():
            lb = self.node_label(n)
            if lb:
                labels[nid + ' label'] = Rect(*lb)
        for d in self.docs:
            r = d['rect']
            labels[d['id'] + ' label'] = Rect(*label_box(r.cx, r.bottom + 5, d['name']))
        for f in self.flows:
            lb = self.flow_label(f)
            if lb:
                labels[f['id'] + ' label'] = Rect(*lb)
        items = list(shapes.items()) + list(labels.items())
        for i, (a, ra) in enumerate(items):
            for b, rb in items[i + 1:]:
                if ra.overlaps(rb, margin=-1) and not (b.startswith(a) or a.startswith(b)):
                    problems.append(f'overlap {a} / {b}')
        for lid, r in self.lane_rect.items():
            for nid, n in self.nodes.items():
                if n.lane == lid and not (r.x <= n.rect.x and n.rect.right <= r.right and r.y <= n.rect.y and n.rect.bottom <= r.bottom):
                    problems.append(f'{nid} outside lane {lid}')
            for d in self.docs:
                if d['lane'] == lid:
                    lb = Rect(*label_box(d['rect'].cx, d['rect'].bottom + 5, d['name']))
                    if lb.bottom > r.bottom:
                        problems.append(f'label of {d["id"]} below lane {lid}')
        edges = [(f['id'], f['src'], f['tgt'], self.flow_points[f['id']]) for f in self.flows]
        edges += [(m['id'], m['src'], m['tgt'], self.mflow_points[m['id']]) for m in self.mflows]
        for aid, pts in self.assoc_points.items():
            edges.append((aid, None, None, pts))
        for eid, s, t, pts in edges:
            ends = {s, t}
            if eid.startswith('Data'):
                ends = {k for k in shapes if k in eid}
            for k, r in list(shapes.items()) + list(labels.items()):
                if k in ends or k.split(' ')[0] in ends:
                    continue
                inner = Rect(r.x + 1, r.y + 1, r.w - 2, r.h - 2)
                for p, q in zip(pts, pts[1:]):
                    if seg_hits(p, q, inner):
                        problems.append(f'edge {eid} crosses {k}')
                        break
        return problems


def seg_hits(p, q, r):
    (x1, y1), (x2, y2) = p, q
    # Liang-Barsky clipping
    dx, dy = x2 - x1, y2 - y1
    t0, t1 = 0.0, 1.0
    for pp, qq in ((-dx, x1 - r.x), (dx, r.right - x1), (-dy, y1 - r.y), (dy, r.bottom - y1)):
        if pp == 0:
            if qq < 0:
                return False
        else:
            t = qq / pp
            if pp < 0:
                t0 = max(t0, t)
            else:
                t1 = min(t1, t)
    return t0 < t1

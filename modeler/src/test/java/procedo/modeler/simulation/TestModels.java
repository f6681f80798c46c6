package procedo.modeler.simulation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small BPMN models for the simulator's tests, written as a person would draw them: a pool with lanes. */
final class TestModels {

    private final Map<String, List<String>> lanes = new LinkedHashMap<>();
    private final List<String> nodes = new ArrayList<>();
    private final List<String> flows = new ArrayList<>();
    private final List<String> boundaries = new ArrayList<>();
    private String lane = "Lane_Officer";
    private int flowCount;

    TestModels lane(String id, String name) {
        lane = id;
        lanes.putIfAbsent(id + "|" + name, new ArrayList<>());
        return this;
    }

    TestModels node(String type, String id, String name) {
        return node(type, id, name, "");
    }

    TestModels node(String type, String id, String name, String inner) {
        nodes.add("<bpmn:" + type + " id=\"" + id + "\" name=\"" + name + "\">" + inner + "</bpmn:" + type + ">");
        for (Map.Entry<String, List<String>> entry : lanes.entrySet()) {
            if (entry.getKey().startsWith(lane + "|")) {
                entry.getValue().add(id);
            }
        }
        return this;
    }

    TestModels flow(String from, String to) {
        return flow("Flow_" + (++flowCount), from, to);
    }

    TestModels flow(String id, String from, String to) {
        flows.add("<bpmn:sequenceFlow id=\"" + id + "\" sourceRef=\"" + from + "\" targetRef=\"" + to + "\"/>");
        return this;
    }

    TestModels raw(String xml) {
        boundaries.add(xml);
        return this;
    }

    /** start → tasks in sequence → end, in the current lane. */
    TestModels sequence(String... tasks) {
        node("startEvent", "Start", "Tiếp nhận hồ sơ");
        String previous = "Start";
        for (String task : tasks) {
            node("userTask", task, "Bước " + task);
            flow(previous, task);
            previous = task;
        }
        node("endEvent", "End", "Trả kết quả");
        flow(previous, "End");
        return this;
    }

    byte[] xml() {
        StringBuilder s = new StringBuilder();
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
                + " id=\"Defs\" targetNamespace=\"http://procedo.test\">\n");
        s.append(" <bpmn:collaboration id=\"Collab\"><bpmn:participant id=\"Pool\" name=\"UBND xã\" processRef=\"Process\"/>"
                + "</bpmn:collaboration>\n");
        s.append(" <bpmn:process id=\"Process\" name=\"Thủ tục thử\" isExecutable=\"false\">\n");
        if (!lanes.isEmpty()) {
            s.append("  <bpmn:laneSet id=\"LaneSet\">\n");
            lanes.forEach((key, members) -> {
                String[] idName = key.split("\\|", 2);
                s.append("   <bpmn:lane id=\"").append(idName[0]).append("\" name=\"").append(idName[1]).append("\">");
                members.forEach(m -> s.append("<bpmn:flowNodeRef>").append(m).append("</bpmn:flowNodeRef>"));
                s.append("</bpmn:lane>\n");
            });
            s.append("  </bpmn:laneSet>\n");
        }
        nodes.forEach(n -> s.append("  ").append(n).append('\n'));
        boundaries.forEach(n -> s.append("  ").append(n).append('\n'));
        flows.forEach(f -> s.append("  ").append(f).append('\n'));
        s.append(" </bpmn:process>\n</bpmn:definitions>\n");
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }
}

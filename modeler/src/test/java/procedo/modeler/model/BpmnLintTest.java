package procedo.modeler.model;

import static org.assertj.core.api.Assertions.assertThat;
import static procedo.modeler.model.Snippets.bytes;
import static procedo.modeler.model.Snippets.definitions;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule with a model that breaks it and a model that keeps it. */
class BpmnLintTest {

    private List<BpmnAnalysis.LintFinding> lint(String processBody) {
        return new BpmnAnalyser().analyse(bytes(definitions("<bpmn:process id=\"P\">" + processBody
                + "</bpmn:process>"))).lint();
    }

    private List<BpmnAnalysis.LintFinding> lintDocument(String inner) {
        return new BpmnAnalyser().analyse(bytes(definitions(inner))).lint();
    }

    private static List<String> of(List<BpmnAnalysis.LintFinding> findings, String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).map(BpmnAnalysis.LintFinding::elementId).toList();
    }

    private static final String GOOD = """
            <bpmn:startEvent id="S" name="s"/><bpmn:task id="T" name="t"/><bpmn:endEvent id="E" name="e"/>
            <bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="T"/><bpmn:sequenceFlow id="F2" sourceRef="T" targetRef="E"/>""";

    @Test
    void aCleanModelHasNoFinding() {
        assertThat(lint(GOOD)).isEmpty();
    }

    @Test
    void startEventRequired() {
        var findings = lint("""
                <bpmn:task id="T" name="t"/><bpmn:endEvent id="E" name="e"/>
                <bpmn:sequenceFlow id="F2" sourceRef="T" targetRef="E"/>""");
        assertThat(of(findings, "start-event-required")).containsExactly("P");
        assertThat(of(lint(GOOD), "start-event-required")).isEmpty();
    }

    @Test
    void startEventRequiredInSubProcessesToo() {
        var findings = lint("""
                <bpmn:startEvent id="S" name="s"/>
                <bpmn:subProcess id="Sub" name="sub"><bpmn:task id="Inner" name="i"/><bpmn:endEvent id="SE" name="se"/>
                  <bpmn:sequenceFlow id="I1" sourceRef="Inner" targetRef="SE"/></bpmn:subProcess>
                <bpmn:endEvent id="E" name="e"/>
                <bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="Sub"/><bpmn:sequenceFlow id="F2" sourceRef="Sub" targetRef="E"/>""");
        assertThat(of(findings, "start-event-required")).containsExactly("Sub");
        assertThat(of(findings, "end-event-required")).isEmpty();
    }

    @Test
    void endEventRequired() {
        var findings = lint("""
                <bpmn:startEvent id="S" name="s"/><bpmn:task id="T" name="t"/>
                <bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="T"/>""");
        assertThat(of(findings, "end-event-required")).containsExactly("P");
        assertThat(of(lint(GOOD), "end-event-required")).isEmpty();
    }

    @Test
    void noDisconnected() {
        var findings = lint(GOOD + "<bpmn:task id=\"Alone\" name=\"alone\"/>");
        assertThat(of(findings, "no-disconnected")).containsExactly("Alone");
        assertThat(of(lint(GOOD), "no-disconnected")).isEmpty();
    }

    @Test
    void noDisconnectedSparesCompensationActivitiesAndAdHocSubProcesses() {
        var findings = lint(GOOD + """
                <bpmn:task id="Undo" name="undo" isForCompensation="true"/>
                <bpmn:adHocSubProcess id="AdHoc" name="adhoc"><bpmn:task id="Free" name="free"/></bpmn:adHocSubProcess>""");
        assertThat(of(findings, "no-disconnected")).containsExactly("AdHoc");
    }

    @Test
    void labelRequired() {
        var findings = lintDocument("""
                <bpmn:collaboration id="C"><bpmn:participant id="Pool" processRef="P"/></bpmn:collaboration>
                <bpmn:process id="P">
                  <bpmn:laneSet id="LS"><bpmn:lane id="Lane"><bpmn:flowNodeRef>T</bpmn:flowNodeRef></bpmn:lane></bpmn:laneSet>
                  <bpmn:startEvent id="S"/><bpmn:task id="T"/>
                  <bpmn:exclusiveGateway id="Split"/><bpmn:exclusiveGateway id="Join"/>
                  <bpmn:parallelGateway id="Fork"/>
                  <bpmn:endEvent id="E1" name="e1"/><bpmn:endEvent id="E2" name="e2"/>
                  <bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="T"/>
                  <bpmn:sequenceFlow id="F2" sourceRef="T" targetRef="Split"/>
                  <bpmn:sequenceFlow id="F3" sourceRef="Split" targetRef="Join"/>
                  <bpmn:sequenceFlow id="F4" sourceRef="Split" targetRef="Join"><bpmn:conditionExpression>x</bpmn:conditionExpression></bpmn:sequenceFlow>
                  <bpmn:sequenceFlow id="F5" sourceRef="Join" targetRef="Fork"/>
                  <bpmn:sequenceFlow id="F6" sourceRef="Fork" targetRef="E1"/>
                  <bpmn:sequenceFlow id="F7" sourceRef="Fork" targetRef="E2"/>
                </bpmn:process>""");
        assertThat(of(findings, "label-required")).containsExactlyInAnyOrder("S", "T", "Split", "Lane", "Pool");
        assertThat(of(lint(GOOD), "label-required")).isEmpty();
    }

    @Test
    void noImplicitSplit() {
        var findings = lint("""
                <bpmn:startEvent id="S" name="s"/><bpmn:task id="T" name="t"/>
                <bpmn:endEvent id="E1" name="e1"/><bpmn:endEvent id="E2" name="e2"/>
                <bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="T"/>
                <bpmn:sequenceFlow id="F2" sourceRef="T" targetRef="E1"/>
                <bpmn:sequenceFlow id="F3" sourceRef="T" targetRef="E2"/>""");
        assertThat(of(findings, "no-implicit-split")).containsExactly("T");

        var conditional = lint("""
                <bpmn:startEvent id="S" name="s"/><bpmn:task id="T" name="t" default="F2"/>
                <bpmn:endEvent id="E1" name="e1"/><bpmn:endEvent id="E2" name="e2"/>
                <bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="T"/>
                <bpmn:sequenceFlow id="F2" sourceRef="T" targetRef="E1"/>
                <bpmn:sequenceFlow id="F3" sourceRef="T" targetRef="E2"><bpmn:conditionExpression>x</bpmn:conditionExpression></bpmn:sequenceFlow>""");
        assertThat(of(conditional, "no-implicit-split")).isEmpty();
    }

    @Test
    void fakeJoin() {
        var findings = lint("""
                <bpmn:startEvent id="S1" name="s1"/><bpmn:startEvent id="S2" name="s2"/>
                <bpmn:task id="T" name="t"/><bpmn:endEvent id="E" name="e"/>
                <bpmn:sequenceFlow id="F1" sourceRef="S1" targetRef="T"/>
                <bpmn:sequenceFlow id="F2" sourceRef="S2" targetRef="T"/>
                <bpmn:sequenceFlow id="F3" sourceRef="T" targetRef="E"/>""");
        assertThat(of(findings, "fake-join")).containsExactly("T");

        var joined = lint("""
                <bpmn:startEvent id="S1" name="s1"/><bpmn:startEvent id="S2" name="s2"/>
                <bpmn:exclusiveGateway id="J"/><bpmn:task id="T" name="t"/><bpmn:endEvent id="E" name="e"/>
                <bpmn:sequenceFlow id="F1" sourceRef="S1" targetRef="J"/>
                <bpmn:sequenceFlow id="F2" sourceRef="S2" targetRef="J"/>
                <bpmn:sequenceFlow id="F4" sourceRef="J" targetRef="T"/>
                <bpmn:sequenceFlow id="F3" sourceRef="T" targetRef="E"/>""");
        assertThat(of(joined, "fake-join")).isEmpty();
        assertThat(joined).isEmpty();
    }

    @Test
    void superfluousGateway() {
        var findings = lint("""
                <bpmn:startEvent id="S" name="s"/><bpmn:exclusiveGateway id="G"/><bpmn:endEvent id="E" name="e"/>
                <bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="G"/>
                <bpmn:sequenceFlow id="F2" sourceRef="G" targetRef="E"/>""");
        assertThat(of(findings, "superfluous-gateway")).containsExactly("G");

        var forking = lint("""
                <bpmn:startEvent id="S" name="s"/><bpmn:parallelGateway id="G"/>
                <bpmn:endEvent id="E1" name="e1"/><bpmn:endEvent id="E2" name="e2"/>
                <bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="G"/>
                <bpmn:sequenceFlow id="F2" sourceRef="G" targetRef="E1"/>
                <bpmn:sequenceFlow id="F3" sourceRef="G" targetRef="E2"/>""");
        assertThat(of(forking, "superfluous-gateway")).isEmpty();
    }

    @Test
    void noDuplicateSequenceFlows() {
        var findings = lint(GOOD + "<bpmn:sequenceFlow id=\"F2bis\" sourceRef=\"T\" targetRef=\"E\"/>");
        assertThat(of(findings, "no-duplicate-sequence-flows")).containsExactly("F2bis");

        var differentConditions = lint("""
                <bpmn:startEvent id="S" name="s"/><bpmn:exclusiveGateway id="G" name="g?"/><bpmn:endEvent id="E" name="e"/>
                <bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="G"/>
                <bpmn:sequenceFlow id="F2" sourceRef="G" targetRef="E"><bpmn:conditionExpression>a</bpmn:conditionExpression></bpmn:sequenceFlow>
                <bpmn:sequenceFlow id="F3" sourceRef="G" targetRef="E"><bpmn:conditionExpression>b</bpmn:conditionExpression></bpmn:sequenceFlow>""");
        assertThat(of(differentConditions, "no-duplicate-sequence-flows")).isEmpty();
    }

    @Test
    void applicantLaneRequiredWhenTheModelHasLanes() {
        String lanes = """
                <bpmn:laneSet id="LS">
                  <bpmn:lane id="L1" name="%s"><bpmn:flowNodeRef>S</bpmn:flowNodeRef><bpmn:flowNodeRef>T</bpmn:flowNodeRef></bpmn:lane>
                  <bpmn:lane id="L2" name="Cán bộ"><bpmn:flowNodeRef>E</bpmn:flowNodeRef></bpmn:lane>
                </bpmn:laneSet>""";
        var without = lint(lanes.formatted("Văn thư") + GOOD);
        assertThat(of(without, "procedo/applicant-lane")).as("the process, as there is no collaboration")
                .containsExactly("P");
        assertThat(without.get(without.size() - 1).message()).contains("Người dân");

        assertThat(of(lint(lanes.formatted("Người dân") + GOOD), "procedo/applicant-lane")).isEmpty();
        assertThat(of(lint(GOOD), "procedo/applicant-lane")).as("no lanes, one process").isEmpty();
    }

    @Test
    void applicantPoolRequiredWhenTheModelHasSeveralPools() {
        String pools = """
                <bpmn:collaboration id="C">
                  <bpmn:participant id="A" name="%s" processRef="P"/><bpmn:participant id="B" name="Sở Tư pháp"/>
                </bpmn:collaboration>""";
        String process = "<bpmn:process id=\"P\">" + GOOD + "</bpmn:process>";
        assertThat(of(lintDocument(pools.formatted("Phòng Tư pháp") + process), "procedo/applicant-lane"))
                .containsExactly("C");
        assertThat(of(lintDocument(pools.formatted("Doanh nghiệp") + process), "procedo/applicant-lane")).isEmpty();
    }
}

package procedo.modeler.model;

import static org.assertj.core.api.Assertions.assertThat;
import static procedo.modeler.model.Snippets.bytes;
import static procedo.modeler.model.Snippets.definitions;

import org.junit.jupiter.api.Test;

class BpmnAnalyserTest {

    private final BpmnAnalyser analyser = new BpmnAnalyser();

    private BpmnAnalysis analyse(String xml) {
        return analyser.analyse(bytes(xml));
    }

    @Test
    void countsEveryMetricOfTheReferenceModel() {
        BpmnAnalysis a = analyse(Snippets.COMMUNE);

        // tasks of every type, the subprocess, the task inside it and the call activity
        assertThat(a.activities()).isEqualTo(8);
        // T_fill and T_visit are in the lane "Người dân"
        assertThat(a.applicantTouchpoints()).isEqualTo(2);
        // T_visit is the applicant's manual task; T_sign is a manual task of the officer, not a visit
        assertThat(a.inPersonVisits()).isEqualTo(1);
        // F3 (A→B), F6 (B→A), F10 (B→A) and the message flow M1
        assertThat(a.handOffs()).isEqualTo(4);
        assertThat(a.documentsRequested()).isEqualTo(2);
        // the timer catch event and the receive task
        assertThat(a.waits()).isEqualTo(2);
        assertThat(a.gateways()).isEqualTo(1);
        // Start, Wait_timer, End and the subprocess's start and end
        assertThat(a.events()).isEqualTo(5);
        assertThat(a.lanes()).containsExactly(
                new BpmnAnalysis.Lane("Lane_A", "Người dân", true, 2),
                new BpmnAnalysis.Lane("Lane_B", "Cán bộ một cửa", false, 6));
        assertThat(a.pools()).containsExactly(
                new BpmnAnalysis.Pool("Pool_Commune", "UBND xã", false, "P1", 8),
                new BpmnAnalysis.Pool("Pool_Tax", "Cơ quan thuế", false, null, 0));
        assertThat(a.lint()).isEmpty();
    }

    @Test
    void theMetricsAreNamedInAFixedOrder() {
        assertThat(analyse(Snippets.COMMUNE).metrics()).containsExactly(
                java.util.Map.entry("activities", 8), java.util.Map.entry("applicantTouchpoints", 2),
                java.util.Map.entry("inPersonVisits", 1), java.util.Map.entry("handOffs", 4),
                java.util.Map.entry("documentsRequested", 2), java.util.Map.entry("waits", 2),
                java.util.Map.entry("gateways", 1), java.util.Map.entry("events", 5));
    }

    @Test
    void anApplicantPoolMakesEachOfItsActivitiesATouchpoint() {
        BpmnAnalysis a = analyse(definitions("""
                  <bpmn:collaboration id="C">
                    <bpmn:participant id="Citizen" name="Công dân" processRef="PA"/>
                    <bpmn:participant id="Office" name="Bộ phận một cửa" processRef="PB"/>
                    <bpmn:messageFlow id="M1" sourceRef="Send" targetRef="Receive"/>
                    <bpmn:messageFlow id="M2" sourceRef="Office" targetRef="Citizen"/>
                  </bpmn:collaboration>
                  <bpmn:process id="PA">
                    <bpmn:sendTask id="Send" name="Gửi hồ sơ trực tuyến"/>
                    <bpmn:manualTask id="Go" name="Đến nhận kết quả"/>
                  </bpmn:process>
                  <bpmn:process id="PB">
                    <bpmn:receiveTask id="Receive" name="Nhận hồ sơ"/>
                    <bpmn:manualTask id="Stamp" name="Đóng dấu"/>
                  </bpmn:process>"""));

        assertThat(a.applicantTouchpoints()).isEqualTo(2);
        assertThat(a.inPersonVisits()).isEqualTo(1);
        assertThat(a.handOffs()).isEqualTo(2);
        assertThat(a.waits()).isEqualTo(1);
        assertThat(a.pools()).extracting(BpmnAnalysis.Pool::applicant).containsExactly(true, false);
    }

    @Test
    void onlyTimerAndMessageCatchEventsAreWaits() {
        BpmnAnalysis a = analyse(definitions("""
                  <bpmn:process id="P">
                    <bpmn:intermediateCatchEvent id="Timer"><bpmn:timerEventDefinition/></bpmn:intermediateCatchEvent>
                    <bpmn:intermediateCatchEvent id="Message"><bpmn:messageEventDefinition/></bpmn:intermediateCatchEvent>
                    <bpmn:intermediateCatchEvent id="Signal"><bpmn:signalEventDefinition/></bpmn:intermediateCatchEvent>
                    <bpmn:intermediateThrowEvent id="Throw"><bpmn:messageEventDefinition/></bpmn:intermediateThrowEvent>
                    <bpmn:boundaryEvent id="Boundary" attachedToRef="T"><bpmn:timerEventDefinition/></bpmn:boundaryEvent>
                    <bpmn:task id="T"/>
                  </bpmn:process>"""));

        assertThat(a.waits()).isEqualTo(2);
        assertThat(a.events()).isEqualTo(5);
        assertThat(a.activities()).isEqualTo(1);
    }

    @Test
    void flowsWithinOneLaneOrWithoutLanesAreNoHandOffs() {
        assertThat(analyse(Snippets.simple("Nộp hồ sơ")).handOffs()).isZero();
    }

    @Test
    void nestedLanesInheritTheApplicantFromTheirParent() {
        BpmnAnalysis a = analyse(definitions("""
                  <bpmn:process id="P">
                    <bpmn:laneSet id="LS">
                      <bpmn:lane id="Outer" name="Tổ chức, cá nhân">
                        <bpmn:flowNodeRef>T1</bpmn:flowNodeRef>
                        <bpmn:childLaneSet id="CLS">
                          <bpmn:lane id="Inner" name="Đại diện">
                            <bpmn:flowNodeRef>T1</bpmn:flowNodeRef>
                          </bpmn:lane>
                        </bpmn:childLaneSet>
                      </bpmn:lane>
                      <bpmn:lane id="Officer" name="Officer"><bpmn:flowNodeRef>T2</bpmn:flowNodeRef></bpmn:lane>
                    </bpmn:laneSet>
                    <bpmn:manualTask id="T1" name="Đến trụ sở"/>
                    <bpmn:task id="T2" name="Xử lý"/>
                    <bpmn:sequenceFlow id="F" sourceRef="T1" targetRef="T2"/>
                  </bpmn:process>"""));

        assertThat(a.lanes()).extracting(BpmnAnalysis.Lane::id, BpmnAnalysis.Lane::applicant, BpmnAnalysis.Lane::activities)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Outer", true, 0),
                        org.assertj.core.groups.Tuple.tuple("Inner", true, 1),
                        org.assertj.core.groups.Tuple.tuple("Officer", false, 1));
        assertThat(a.inPersonVisits()).isEqualTo(1);
        assertThat(a.handOffs()).isEqualTo(1);
    }

    @Test
    void applicantNamesAreFoldedWithoutDiacritics() {
        assertThat(ApplicantNames.isApplicant("NGƯỜI DÂN")).isTrue();
        assertThat(ApplicantNames.isApplicant("Công  dân")).isTrue();
        assertThat(ApplicantNames.isApplicant("Tổ chức, cá nhân")).isTrue();
        assertThat(ApplicantNames.isApplicant("Doanh nghiệp")).isTrue();
        assertThat(ApplicantNames.isApplicant("Người nộp hồ sơ")).isTrue();
        assertThat(ApplicantNames.isApplicant("Người yêu cầu")).isTrue();
        assertThat(ApplicantNames.isApplicant("Applicant")).isTrue();
        assertThat(ApplicantNames.isApplicant("Citizen")).isTrue();
        assertThat(ApplicantNames.isApplicant("Business owner")).isTrue();
        assertThat(ApplicantNames.isApplicant("Cán bộ một cửa")).isFalse();
        assertThat(ApplicantNames.isApplicant("UBND xã")).isFalse();
        assertThat(ApplicantNames.isApplicant("")).isFalse();
        assertThat(ApplicantNames.isApplicant(null)).isFalse();
    }

    @Test
    void modelsInAnyPrefixOrTheDefaultNamespaceAreRead() {
        String unprefixed = """
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="x">
                  <process id="P"><startEvent id="S" name="s"/><task id="T" name="t"/><endEvent id="E" name="e"/>
                    <sequenceFlow id="F1" sourceRef="S" targetRef="T"/><sequenceFlow id="F2" sourceRef="T" targetRef="E"/>
                  </process>
                </definitions>""";

        BpmnAnalysis a = analyse(unprefixed);

        assertThat(a.activities()).isEqualTo(1);
        assertThat(a.events()).isEqualTo(2);
        assertThat(a.lint()).isEmpty();
    }
}

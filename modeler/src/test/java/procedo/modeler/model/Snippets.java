package procedo.modeler.model;

import java.nio.charset.StandardCharsets;

/** Small hand-written BPMN documents for tests. */
public final class Snippets {

    private Snippets() {
    }

    /** {@code inner} wrapped in a bpmn:definitions element. */
    public static String definitions(String inner) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
                    xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                    id="Definitions_1" targetNamespace="http://procedo.example/bpmn">
                """ + inner + "\n</bpmn:definitions>\n";
    }

    /** A one-process model {@code start → task → end} with the given id of the task. */
    public static String simple(String taskName) {
        return definitions("""
                  <bpmn:process id="Process_1" isExecutable="false">
                    <bpmn:startEvent id="Start" name="Bắt đầu"/>
                    <bpmn:userTask id="Task_1" name="%s"/>
                    <bpmn:endEvent id="End" name="Kết thúc"/>
                    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Task_1"/>
                    <bpmn:sequenceFlow id="F2" sourceRef="Task_1" targetRef="End"/>
                  </bpmn:process>""".formatted(taskName));
    }

    public static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The reference model of the analysis tests: the commune's pool with an applicant lane ("Người dân") and an
     * officer lane, the tax office as a second pool, one message flow. Its counts are stated in BpmnAnalyserTest.
     */
    public static final String COMMUNE = definitions("""
              <bpmn:collaboration id="Collab">
                <bpmn:participant id="Pool_Commune" name="UBND xã" processRef="P1"/>
                <bpmn:participant id="Pool_Tax" name="Cơ quan thuế"/>
                <bpmn:messageFlow id="M1" sourceRef="T_check" targetRef="Pool_Tax"/>
              </bpmn:collaboration>
              <bpmn:process id="P1" isExecutable="false">
                <bpmn:laneSet id="LS">
                  <bpmn:lane id="Lane_A" name="Người dân">
                    <bpmn:flowNodeRef>Start</bpmn:flowNodeRef>
                    <bpmn:flowNodeRef>T_fill</bpmn:flowNodeRef>
                    <bpmn:flowNodeRef>T_visit</bpmn:flowNodeRef>
                    <bpmn:flowNodeRef>Wait_timer</bpmn:flowNodeRef>
                    <bpmn:flowNodeRef>End</bpmn:flowNodeRef>
                  </bpmn:lane>
                  <bpmn:lane id="Lane_B" name="Cán bộ một cửa">
                    <bpmn:flowNodeRef>T_check</bpmn:flowNodeRef>
                    <bpmn:flowNodeRef>GW</bpmn:flowNodeRef>
                    <bpmn:flowNodeRef>T_sign</bpmn:flowNodeRef>
                    <bpmn:flowNodeRef>T_receive</bpmn:flowNodeRef>
                    <bpmn:flowNodeRef>Sub</bpmn:flowNodeRef>
                    <bpmn:flowNodeRef>Call</bpmn:flowNodeRef>
                  </bpmn:lane>
                </bpmn:laneSet>
                <bpmn:startEvent id="Start" name="Cần khai sinh"/>
                <bpmn:userTask id="T_fill" name="Khai tờ khai trực tuyến"/>
                <bpmn:manualTask id="T_visit" name="Nộp hồ sơ tại quầy"/>
                <bpmn:userTask id="T_check" name="Kiểm tra hồ sơ"/>
                <bpmn:exclusiveGateway id="GW" name="Hồ sơ đủ?"/>
                <bpmn:manualTask id="T_sign" name="Ký giấy khai sinh"/>
                <bpmn:receiveTask id="T_receive" name="Nhận xác nhận thuế"/>
                <bpmn:subProcess id="Sub" name="Cập nhật sổ hộ tịch">
                  <bpmn:startEvent id="Sub_start" name="Bắt đầu cập nhật"/>
                  <bpmn:serviceTask id="T_inner" name="Ghi cơ sở dữ liệu"/>
                  <bpmn:endEvent id="Sub_end" name="Đã cập nhật"/>
                  <bpmn:sequenceFlow id="S1" sourceRef="Sub_start" targetRef="T_inner"/>
                  <bpmn:sequenceFlow id="S2" sourceRef="T_inner" targetRef="Sub_end"/>
                </bpmn:subProcess>
                <bpmn:callActivity id="Call" name="Trả kết quả"/>
                <bpmn:intermediateCatchEvent id="Wait_timer" name="Chờ bổ sung">
                  <bpmn:timerEventDefinition id="TD"/>
                </bpmn:intermediateCatchEvent>
                <bpmn:endEvent id="End" name="Có giấy khai sinh"/>
                <bpmn:dataObjectReference id="Doc_form" name="Tờ khai" dataObjectRef="DO_form"/>
                <bpmn:dataObject id="DO_form"/>
                <bpmn:dataObjectReference id="Doc_birth" name="Giấy chứng sinh" dataObjectRef="DO_birth"/>
                <bpmn:dataObject id="DO_birth"/>
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="T_fill"/>
                <bpmn:sequenceFlow id="F2" sourceRef="T_fill" targetRef="T_visit"/>
                <bpmn:sequenceFlow id="F3" sourceRef="T_visit" targetRef="T_check"/>
                <bpmn:sequenceFlow id="F4" sourceRef="T_check" targetRef="GW"/>
                <bpmn:sequenceFlow id="F5" sourceRef="GW" targetRef="T_sign"/>
                <bpmn:sequenceFlow id="F6" sourceRef="GW" targetRef="Wait_timer">
                  <bpmn:conditionExpression>${missing}</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:sequenceFlow id="F7" sourceRef="T_sign" targetRef="T_receive"/>
                <bpmn:sequenceFlow id="F8" sourceRef="T_receive" targetRef="Sub"/>
                <bpmn:sequenceFlow id="F9" sourceRef="Sub" targetRef="Call"/>
                <bpmn:sequenceFlow id="F10" sourceRef="Call" targetRef="End"/>
                <bpmn:sequenceFlow id="F11" sourceRef="Wait_timer" targetRef="End"/>
              </bpmn:process>""");
}

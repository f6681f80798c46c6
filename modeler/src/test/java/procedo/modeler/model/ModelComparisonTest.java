package procedo.modeler.model;

import static org.assertj.core.api.Assertions.assertThat;
import static procedo.modeler.model.Snippets.bytes;

import org.junit.jupiter.api.Test;

class ModelComparisonTest {

    private final BpmnAnalyser analyser = new BpmnAnalyser();

    @Test
    void deltasAreToBeMinusAsIsAndElementsAreMatchedById() {
        // the to-be drops the counter visit, renames the check, moves the timer wait to the officer and adds a
        // digital signature
        String toBe = Snippets.COMMUNE
                .replace("<bpmn:flowNodeRef>T_visit</bpmn:flowNodeRef>", "")
                .replace("<bpmn:manualTask id=\"T_visit\" name=\"Nộp hồ sơ tại quầy\"/>", "")
                .replace("<bpmn:sequenceFlow id=\"F2\" sourceRef=\"T_fill\" targetRef=\"T_visit\"/>", "")
                .replace("sourceRef=\"T_visit\" targetRef=\"T_check\"", "sourceRef=\"T_fill\" targetRef=\"T_check\"")
                .replace("name=\"Kiểm tra hồ sơ\"", "name=\"Kiểm tra hồ sơ điện tử\"")
                .replace("<bpmn:manualTask id=\"T_sign\"", "<bpmn:serviceTask id=\"T_sign\"")
                .replace("<bpmn:flowNodeRef>Wait_timer</bpmn:flowNodeRef>", "")
                .replace("<bpmn:flowNodeRef>Call</bpmn:flowNodeRef>",
                        "<bpmn:flowNodeRef>Call</bpmn:flowNodeRef><bpmn:flowNodeRef>Wait_timer</bpmn:flowNodeRef>"
                                + "<bpmn:flowNodeRef>T_digital</bpmn:flowNodeRef>")
                .replace("<bpmn:callActivity id=\"Call\"", "<bpmn:serviceTask id=\"T_digital\" name=\"Ký số\"/>"
                        + "<bpmn:callActivity id=\"Call\"");

        ModelComparison c = ModelComparison.of(3, analyser.analyse(bytes(Snippets.COMMUNE)), 1,
                analyser.analyse(bytes(toBe)));

        assertThat(c.asIs().version()).isEqualTo(3);
        assertThat(c.toBe().version()).isEqualTo(1);
        assertThat(c.asIs().metrics()).containsEntry("inPersonVisits", 1).containsEntry("activities", 8);
        assertThat(c.toBe().metrics()).containsEntry("inPersonVisits", 0).containsEntry("activities", 8);
        assertThat(c.deltas()).containsEntry("activities", 0).containsEntry("inPersonVisits", -1)
                .containsEntry("applicantTouchpoints", -1).containsEntry("waits", 0);
        // as-is F3 (A→B), F6 (B→A), F10 (B→A), M1; to-be F3 (A→B), F10 (B→A), F11 (B→A: the wait moved), M1
        assertThat(c.deltas()).containsEntry("handOffs", 0);
        assertThat(c.elements().added()).containsExactly(
                new ModelComparison.Element("T_digital", "bpmn:ServiceTask", "Ký số"));
        assertThat(c.elements().removed()).containsExactly(
                new ModelComparison.Element("T_visit", "bpmn:ManualTask", "Nộp hồ sơ tại quầy"));
        assertThat(c.elements().changed()).extracting(ModelComparison.Changed::id)
                .containsExactly("T_check", "T_sign", "Wait_timer");
        assertThat(c.elements().changed().get(0).details()).containsExactly(
                new ModelComparison.Change("name", "Kiểm tra hồ sơ", "Kiểm tra hồ sơ điện tử"));
        assertThat(c.elements().changed().get(0).changes()).containsExactly(
                "name: 'Kiểm tra hồ sơ' → 'Kiểm tra hồ sơ điện tử'");
        assertThat(c.elements().changed().get(1).details()).containsExactly(
                new ModelComparison.Change("type", "bpmn:ManualTask", "bpmn:ServiceTask"));
        assertThat(c.elements().changed().get(2).details()).containsExactly(
                new ModelComparison.Change("lane", "Người dân", "Cán bộ một cửa"));
        assertThat(c.elements().changed().get(2).changes()).containsExactly("lane: 'Người dân' → 'Cán bộ một cửa'");
    }

    @Test
    void identicalModelsHaveNoDifference() {
        BpmnAnalysis a = analyser.analyse(bytes(Snippets.COMMUNE));
        ModelComparison c = ModelComparison.of(1, a, 1, a);
        assertThat(c.deltas().values()).containsOnly(0);
        assertThat(c.elements().added()).isEmpty();
        assertThat(c.elements().removed()).isEmpty();
        assertThat(c.elements().changed()).isEmpty();
    }

    @Test
    void kindsAreReadInEitherSpelling() {
        assertThat(ModelKind.parse("to-be")).isEqualTo(ModelKind.TO_BE);
        assertThat(ModelKind.parse("As_Is")).isEqualTo(ModelKind.AS_IS);
        assertThat(ModelKind.TO_BE.slug()).isEqualTo("to-be");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ModelKind.parse("draft"))
                .isInstanceOf(procedo.catalog.error.InvalidInputException.class).hasMessageContaining("draft");
    }
}

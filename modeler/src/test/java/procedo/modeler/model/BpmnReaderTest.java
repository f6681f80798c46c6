package procedo.modeler.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static procedo.modeler.model.Snippets.bytes;
import static procedo.modeler.model.Snippets.definitions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problem;

class BpmnReaderTest {

    private final BpmnReader reader = new BpmnReader();

    private InvalidInputException refused(byte[] xml) {
        try {
            reader.read(xml);
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("the document was accepted");
    }

    @Test
    void readsAValidModelAndItsIds() {
        assertThat(reader.read(bytes(Snippets.simple("Nộp hồ sơ"))).elementIds())
                .containsExactly("Definitions_1", "End", "F1", "F2", "Process_1", "Start", "Task_1");
    }

    @Test
    void notWellFormedNamesLineAndColumn() {
        InvalidInputException e = refused(bytes("<?xml version=\"1.0\"?>\n<bpmn:definitions xmlns:bpmn=\""
                + BpmnReader.MODEL_NS + "\">\n  <bpmn:process id=\"P\">\n  </bpmn:definitions>"));

        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).location()).matches("line 4, column \\d+");
        assertThat(e.problems().get(0).message()).startsWith("not well-formed XML");
    }

    @Test
    void aDocumentOfAnotherKindIsNotBpmn() {
        InvalidInputException e = refused(bytes("<html><body>hi</body></html>"));
        assertThat(e.problems().get(0).message()).contains("not a BPMN 2.0 model", "html");

        InvalidInputException wrongNamespace = refused(bytes(
                "<definitions xmlns=\"http://www.omg.org/spec/DMN/20191111/MODEL/\" id=\"d\"/>"));
        assertThat(wrongNamespace.problems().get(0).message()).contains("DMN");
    }

    @Test
    void aDanglingSequenceFlowIsNamedByItsId() {
        InvalidInputException e = refused(bytes(definitions("""
                  <bpmn:process id="P"><bpmn:task id="T" name="t"/>
                    <bpmn:sequenceFlow id="Flow_bad" sourceRef="Nowhere" targetRef="T"/>
                    <bpmn:sequenceFlow id="Flow_half" sourceRef="T"/>
                  </bpmn:process>""")));

        assertThat(e.problems()).extracting(Problem::location).containsExactly("Flow_bad", "Flow_half");
        assertThat(e.problems().get(0).message()).contains("sourceRef 'Nowhere'");
        assertThat(e.problems().get(1).message()).contains("has no targetRef");
    }

    @Test
    void otherDanglingReferencesAreNamedToo() {
        InvalidInputException e = refused(bytes(definitions("""
                  <bpmn:collaboration id="C">
                    <bpmn:participant id="Pool" processRef="Missing"/>
                    <bpmn:messageFlow id="M" sourceRef="Pool" targetRef="Ghost"/>
                  </bpmn:collaboration>
                  <bpmn:process id="P">
                    <bpmn:laneSet id="LS"><bpmn:lane id="Lane"><bpmn:flowNodeRef>Phantom</bpmn:flowNodeRef></bpmn:lane></bpmn:laneSet>
                    <bpmn:boundaryEvent id="B" attachedToRef="Nothing"/>
                    <bpmn:exclusiveGateway id="G" default="NoFlow"/>
                  </bpmn:process>""")));

        assertThat(e.problems()).extracting(Problem::location).containsExactly("Pool", "M", "Lane", "B", "G");
    }

    @Test
    void schemaProblemsNameTheElementAndTheLine() {
        InvalidInputException e = refused(bytes(definitions("""
                  <bpmn:process id="P" isExecutable="maybe">
                    <bpmn:task id="T" name="t"/>
                    <bpmn:taskk id="Typo" name="x"/>
                  </bpmn:process>""")));

        // the invalid boolean is reported twice by the validator (value, then attribute)
        assertThat(e.problems()).extracting(Problem::location).containsExactly("P", "P", "Typo");
        assertThat(e.problems().get(0).message()).startsWith("line 6, column").contains("BPMN 2.0 schema", "maybe");
        assertThat(e.problems().get(2).message()).contains("taskk");
    }

    @Test
    void extensionsOfOtherNamespacesFollowTheSchema() {
        BpmnDocument document = reader.read(bytes(definitions("""
                  <bpmn:process id="P" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" camunda:historyTimeToLive="30">
                    <bpmn:extensionElements><camunda:properties><camunda:property name="a" value="b"/></camunda:properties>
                    </bpmn:extensionElements>
                    <bpmn:userTask id="T" name="t" camunda:formKey="x"/>
                  </bpmn:process>""")));

        assertThat(document.elementIds()).contains("P", "T");
    }

    @Test
    void duplicateIdsAreRefused() {
        InvalidInputException e = refused(bytes(definitions("""
                  <bpmn:process id="P"><bpmn:task id="T"/><bpmn:task id="T"/></bpmn:process>""")));
        assertThat(e.problems()).extracting(Problem::location).containsExactly("T");
    }

    @Test
    void referencesMayBeQualifiedNames() {
        BpmnDocument document = reader.read(bytes(definitions("""
                  <bpmn:collaboration id="C" xmlns:tns="http://procedo.example/bpmn">
                    <bpmn:participant id="Pool" processRef="tns:P"/>
                  </bpmn:collaboration>
                  <bpmn:process id="P"/>""")));
        assertThat(document.elementIds()).contains("Pool", "P");
    }

    @Test
    void externalEntitiesAreRefusedWithoutBeingRead(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<bpmn:definitions xmlns:bpmn=\"" + BpmnReader.MODEL_NS + "\" id=\"D\">"
                + "<bpmn:process id=\"P\" name=\"&x;\"/></bpmn:definitions>";

        InvalidInputException e = refused(xxe.getBytes(StandardCharsets.UTF_8));

        assertThat(e.problems().get(0).location()).startsWith("line 2, column");
        assertThat(e.problems().get(0).message()).contains("DOCTYPE").doesNotContain("TOP-SECRET");
    }

    @Test
    void entityExpansionIsRefused() {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
                + "<bpmn:definitions xmlns:bpmn=\"" + BpmnReader.MODEL_NS + "\" id=\"D\" name=\"&b;\"/>";
        assertThat(refused(bytes(bomb)).problems().get(0).message()).contains("DOCTYPE");
    }

    @Test
    void modelsOverFiveMebibytesAreRefusedBeforeParsing() {
        byte[] big = new byte[BpmnReader.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        assertThat(refused(big).problems().get(0).message()).contains("at most 5242880 bytes");
        assertThatThrownBy(() -> reader.read(new byte[0])).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theDeclaredEncodingIsHonoured() {
        byte[] latin1 = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><bpmn:definitions xmlns:bpmn=\""
                + BpmnReader.MODEL_NS + "\" id=\"D\" targetNamespace=\"t\"><bpmn:process id=\"P\"><bpmn:task id=\"T\" name=\"Café\"/>"
                + "</bpmn:process></bpmn:definitions>").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(new BpmnAnalyser().analyse(latin1).elements()).extracting(BpmnAnalysis.ElementInfo::name)
                .containsExactly("Café");
    }
}

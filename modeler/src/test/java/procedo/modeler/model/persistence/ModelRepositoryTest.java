package procedo.modeler.model.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static procedo.catalog.persistence.jooq.Tables.PROCEDURES;
import static procedo.catalog.persistence.jooq.Tables.PROCESS_MODELS;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import procedo.catalog.error.ConflictException;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.NotFoundException;
import procedo.catalog.locality.Agency;
import procedo.catalog.locality.Level;
import procedo.catalog.procedure.Procedure;
import procedo.catalog.StoreTest;
import procedo.modeler.model.ModelKind;
import procedo.modeler.model.ModelService;
import procedo.modeler.model.ModelVersion;
import procedo.modeler.model.Snippets;
import procedo.modeler.json.Json;

class ModelRepositoryTest extends StoreTest {

    static final String PROCEDURE = """
            {"code": "1.001193", "name": "Đăng ký khai sinh", "field": "Hộ tịch", "level": "COMMUNE",
             "agencyCode": "UBND_XA", "applicantType": "CITIZEN", "processingDays": 1, "onlineLevel": "PARTIAL"}""";

    private JooqModelRepository repository;
    private ModelService service;

    @BeforeEach
    void procedure() {
        store.localities().saveAgency(new Agency("UBND_XA", "Ủy ban nhân dân cấp xã", Level.COMMUNE));
        store.procedures().create(Json.read(Json.mapper(), PROCEDURE, Procedure.class));
        repository = new JooqModelRepository(store.dsl());
        service = new ModelService(repository, auditOf(store));
    }

    private static byte[] xml(String name) {
        return Snippets.bytes(Snippets.simple(name));
    }

    @Test
    void everySaveIsANewVersionAndAStaleSaveIsRefused() {
        ModelVersion first = service.save("1.001193", ModelKind.TO_BE, xml("v1"), null, named("lan"), "bản đầu");
        ModelVersion second = service.save("1.001193", ModelKind.TO_BE, xml("v2"), 1, named("Nguyễn Thị Lan"), null);

        assertThat(first.version()).isEqualTo(1);
        assertThat(first.author()).isEqualTo("lan");
        assertThat(first.comment()).isEqualTo("bản đầu");
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.author()).isEqualTo("Nguyễn Thị Lan");
        assertThatThrownBy(() -> service.save("1.001193", ModelKind.TO_BE, xml("v3"), 1, named("an"), ""))
                .isInstanceOf(ConflictException.class).hasMessageContaining("version 2");
        assertThatThrownBy(() -> service.save("1.001193", ModelKind.TO_BE, xml("v3"), null, named("an"), ""))
                .isInstanceOf(ConflictException.class).hasMessageContaining("version 2");
        assertThatThrownBy(() -> service.save("1.001193", ModelKind.AS_IS, xml("v1"), 4, named("an"), ""))
                .as("a first save based on a version that does not exist").isInstanceOf(ConflictException.class);

        assertThat(service.versions("1.001193", ModelKind.TO_BE)).extracting(ModelVersion::version, ModelVersion::author)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "lan"),
                        org.assertj.core.groups.Tuple.tuple(2, "Nguyễn Thị Lan"));
        assertThat(service.versions("1.001193", ModelKind.AS_IS)).isEmpty();
        assertThat(new String(service.get("1.001193", ModelKind.TO_BE, 1).xml(), StandardCharsets.UTF_8)).contains("v1");
        assertThat(new String(service.get("1.001193", ModelKind.TO_BE, null).xml(), StandardCharsets.UTF_8))
                .contains("v2");
    }

    @Test
    void theBytesAreKeptExactly() {
        byte[] latin1 = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\r\n<bpmn:definitions xmlns:bpmn=\""
                + "http://www.omg.org/spec/BPMN/20100524/MODEL\" id=\"D\" targetNamespace=\"t\"><bpmn:process id=\"P\">"
                + "<bpmn:task id=\"T\" name=\"Café Straße\"/></bpmn:process></bpmn:definitions>  \n")
                .getBytes(StandardCharsets.ISO_8859_1);

        service.save("1.001193", ModelKind.AS_IS, latin1, null, named("x"), "");

        assertThat(repository.latest("1.001193", ModelKind.AS_IS).orElseThrow().xml()).isEqualTo(latin1);
    }

    @Test
    void theLatestOfEachKindIsListed() {
        service.save("1.001193", ModelKind.TO_BE, xml("t1"), null, named("a"), "");
        service.save("1.001193", ModelKind.AS_IS, xml("a1"), null, named("a"), "");
        service.save("1.001193", ModelKind.AS_IS, xml("a2"), 1, named("b"), "sửa");

        assertThat(service.latestOfEachKind("1.001193")).extracting(ModelVersion::kind, ModelVersion::version)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ModelKind.AS_IS, 2),
                        org.assertj.core.groups.Tuple.tuple(ModelKind.TO_BE, 1));
        assertThat(service.latestOfEachKind("1.001193").get(0).createdAt()).isNotNull();
    }

    @Test
    void anUnknownProcedureIsNotFound() {
        assertThatThrownBy(() -> service.save("9.999999", ModelKind.TO_BE, xml("x"), null, named("a"), ""))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("9.999999");
        assertThatThrownBy(() -> service.versions("9.999999", ModelKind.TO_BE)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.get("1.001193", ModelKind.TO_BE, null))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("no TO_BE model");
    }

    @Test
    void anInvalidModelStoresNothing() {
        assertThatThrownBy(() -> service.save("1.001193", ModelKind.TO_BE, Snippets.bytes("<bpmn:definitions"), null,
                named("a"), "")).isInstanceOf(InvalidInputException.class);
        assertThat(service.versions("1.001193", ModelKind.TO_BE)).isEmpty();
    }

    @Test
    void modelsGoWithTheirProcedure() {
        service.save("1.001193", ModelKind.TO_BE, xml("t1"), null, named("a"), "");
        store.procedures().delete("1.001193");
        store.procedures().create(Json.read(Json.mapper(), PROCEDURE, Procedure.class));

        assertThat(service.latestOfEachKind("1.001193")).isEmpty();
    }

    @Test
    void theDatabaseHoldsOneRowPerProcedureKindAndVersion() {
        service.save("1.001193", ModelKind.TO_BE, xml("t1"), null, named("a"), "");
        long id = store.dsl().select(PROCEDURES.ID).from(PROCEDURES).where(PROCEDURES.CODE.eq("1.001193"))
                .fetchSingle(PROCEDURES.ID);

        assertThatThrownBy(() -> store.dsl().insertInto(PROCESS_MODELS)
                .set(PROCESS_MODELS.PROCEDURE_ID, id).set(PROCESS_MODELS.KIND, "TO_BE").set(PROCESS_MODELS.VERSION, 1)
                .set(PROCESS_MODELS.XML, xml("t1")).set(PROCESS_MODELS.AUTHOR, "b").set(PROCESS_MODELS.COMMENT, "")
                .set(PROCESS_MODELS.CREATED_AT, java.time.LocalDateTime.now()).execute())
                .isInstanceOf(IntegrityConstraintViolationException.class);
        assertThatThrownBy(() -> store.dsl().insertInto(PROCESS_MODELS)
                .set(PROCESS_MODELS.PROCEDURE_ID, id).set(PROCESS_MODELS.KIND, "DRAFT").set(PROCESS_MODELS.VERSION, 1)
                .set(PROCESS_MODELS.XML, xml("t1")).set(PROCESS_MODELS.AUTHOR, "b").set(PROCESS_MODELS.COMMENT, "")
                .set(PROCESS_MODELS.CREATED_AT, java.time.LocalDateTime.now()).execute())
                .as("the kind is checked").isInstanceOf(IntegrityConstraintViolationException.class);
    }

    @Test
    void ofTwoConcurrentSavesOnTheSameVersionExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Integer expected = null;
            for (int round = 1; round <= 10; round++) {
                CountDownLatch start = new CountDownLatch(1);
                Integer basedOn = expected;
                List<Future<ModelVersion>> saves = new ArrayList<>();
                for (int writer = 0; writer < 2; writer++) {
                    String author = "writer" + writer;
                    Callable<ModelVersion> save = () -> {
                        start.await();
                        return service.save("1.001193", ModelKind.TO_BE, xml(author), basedOn, named(author), "");
                    };
                    saves.add(pool.submit(save));
                }
                start.countDown();
                int won = 0;
                int refused = 0;
                for (Future<ModelVersion> save : saves) {
                    try {
                        assertThat(save.get().version()).isEqualTo(round);
                        won++;
                    } catch (ExecutionException e) {
                        assertThat(e.getCause()).isInstanceOf(ConflictException.class);
                        refused++;
                    }
                }
                assertThat(won).as("round " + round).isEqualTo(1);
                assertThat(refused).isEqualTo(1);
                expected = round;
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(service.versions("1.001193", ModelKind.TO_BE)).hasSize(10);
    }
}

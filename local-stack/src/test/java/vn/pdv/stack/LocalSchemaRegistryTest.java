package vn.pdv.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.pdv.stack.ConfluentApi.idIn;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSchemaRegistryTest {

    static final String CANDIDATE_V1 = """
            {"type":"record","name":"Candidate","namespace":"vn.pdv.test",\
            "fields":[{"name":"id","type":"string"}]}""";
    /** A new field without a default: a new reader cannot read old records, so BACKWARD rejects it. */
    static final String CANDIDATE_WITH_REQUIRED_UNIT = """
            {"type":"record","name":"Candidate","namespace":"vn.pdv.test",\
            "fields":[{"name":"id","type":"string"},{"name":"unit","type":"string"}]}""";
    static final String CANDIDATE_WITH_OPTIONAL_UNIT = """
            {"type":"record","name":"Candidate","namespace":"vn.pdv.test",\
            "fields":[{"name":"id","type":"string"},{"name":"unit","type":["null","string"],"default":null}]}""";

    @TempDir
    static Path workDir;

    static LocalSchemaRegistry registry;
    static ConfluentApi api;

    @BeforeAll
    static void startRegistry() {
        registry = LocalSchemaRegistry.start(workDir, FreePorts.any(), LocalSchemaRegistry.Storage.inMemory());
        api = new ConfluentApi(registry.confluentApiUrl());
    }

    @AfterAll
    static void stopRegistry() {
        registry.close();
    }

    @Test
    void registersASchemaUnderASubjectAndReturnsItById() throws Exception {
        int id = idIn(api.register("candidates-value", CANDIDATE_V1));

        HttpResponse<String> byId = api.schemaById(id);

        assertThat(byId.statusCode()).isEqualTo(200);
        assertThat(byId.body()).contains("Candidate").contains("vn.pdv.test");
    }

    @Test
    void givesTheSameIdToTheSameSchemaUnderAnotherSubject() throws Exception {
        int first = idIn(api.register("first-value", CANDIDATE_V1));
        int second = idIn(api.register("second-value", CANDIDATE_V1));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void acceptsABackwardCompatibleChange() throws Exception {
        int v1 = idIn(api.register("evolving-value", CANDIDATE_V1));

        int v2 = idIn(api.register("evolving-value", CANDIDATE_WITH_OPTIONAL_UNIT));

        assertThat(v2).isNotEqualTo(v1);
        assertThat(api.schemaById(v2).body()).contains("unit");
    }

    @Test
    void rejectsAnIncompatibleChangeWithConflict() throws Exception {
        idIn(api.register("strict-value", CANDIDATE_V1));

        HttpResponse<String> rejected = api.register("strict-value", CANDIDATE_WITH_REQUIRED_UNIT);

        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(409);
    }

    @Test
    void refusesToStartOnATakenPortWithAClearMessage() {
        assertThatThrownBy(() -> LocalSchemaRegistry.start(workDir.resolve("second"), registry.port(), LocalSchemaRegistry.Storage.inMemory()))
                .isInstanceOf(PortInUseException.class)
                .hasMessageContaining("Port " + registry.port() + " (Schema Registry) is already in use");
    }
}

package vn.pdv.unit.pipeline.importing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pdv.unit.Fixtures.lastSequence;
import static vn.pdv.unit.Fixtures.registeredCommitteeAndBranch;
import static vn.pdv.unit.pipeline.importing.SympathiserLists.HEADERS;
import static vn.pdv.unit.pipeline.importing.SympathiserLists.aRow;
import static vn.pdv.unit.pipeline.importing.SympathiserLists.bytes;
import static vn.pdv.unit.pipeline.importing.SympathiserLists.csv;
import static vn.pdv.unit.pipeline.importing.SympathiserLists.with;
import static vn.pdv.unit.pipeline.importing.SympathiserLists.xlsx;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import vn.pdv.stack.JsonApi;
import vn.pdv.unit.UnitServiceTest;

/**
 * Importing a sympathiser list over HTTP: each sound row is recorded as a source and put on the list (two events),
 * each refused row is reported with its row, column and rule and writes nothing, and a file that is not a list is a
 * 400 that writes nothing.
 */
@UnitServiceTest
class SympathiserImportApiTest {

    @LocalServerPort
    int port;

    JsonApi api;

    @BeforeEach
    void registerCommitteeAndBranch() {
        api = registeredCommitteeAndBranch(port);
    }

    @Test
    void importsTheSoundRowsToTheSympathiserListAndReportsEachRefusedRow() {
        byte[] list = xlsx(HEADERS,
                aRow(1, "Hoàng Văn Minh", "DUK-01-KN"),
                with(with(aRow(2, "Đỗ Thị Hạnh", "DUK-01-KN"), "Giới tính", "Nữ giới"), "Số CCCD", "1234"),
                with(aRow(3, "Võ Quốc Huy", "Chi bộ DUK-01-KN"), "Ngày sinh", LocalDate.of(2001, 7, 9)),
                with(aRow(4, "Bùi Thanh Tâm", "DUK-01-KN"), "Tổ chức giới thiệu", "Chi bộ"),
                aRow(5, "hoàng văn  minh", "DUK-01-KN"));
        long before = lastSequence(api);

        JsonApi.Answer report = upload("danh-sach-cam-tinh-dang.xlsx", list, false);

        assertThat(report.status()).isEqualTo(200);
        assertThat(report.<Integer>read("$.rows")).isEqualTo(5);
        assertThat(report.<Integer>read("$.imported")).isEqualTo(3);
        assertThat(report.<List<Integer>>read("$.refused[*].row")).containsExactly(5, 5, 8);
        assertThat(report.<List<String>>read("$.refused[*].column")).containsExactly("Giới tính", "Số CCCD", "Họ và tên");
        assertThat(report.<List<String>>read("$.refused[*].rule")).containsExactly("OneOf", "Pattern", "Duplicate");
        assertThat(report.<String>read("$.refused[2].message")).contains("trùng với dòng 4");
        assertThat(report.<String>read("$.refused[2].messageEn")).contains("repeats row 4");
        assertThat(report.<List<Integer>>read("$.candidates[*].row")).containsExactly(4, 6, 7);
        for (String candidate : report.<List<String>>read("$.candidates[*].candidateId")) {
            var found = api.get("/api/candidates/" + candidate);
            assertThat(found.<String>read("$.stage")).isEqualTo("SYMPATHISER");
            assertThat(found.<String>read("$.branchCode")).isEqualTo("DUK-01-KN");
            assertThat(found.<List<String>>read("$.history[*].event")).containsExactly("SourceCreated", "SympathiserAdded");
        }
        assertThat(lastSequence(api)).isEqualTo(before + 6);
    }

    @Test
    void aDryRunChecksEveryRowAgainstTheCommitteesRecordsAndWritesNothing() {
        byte[] list = bytes(csv(aRow(1, "Lý Thị Mai", "DUK-01-KN"), aRow(2, "Trịnh Văn Nam", "KP-404")));
        upload("ds.csv", bytes(csv(aRow(1, "Lý Thị Mai", "DUK-01-KN"))), false);
        long before = lastSequence(api);

        JsonApi.Answer report = upload("ds.csv", list, true);

        assertThat(report.status()).isEqualTo(200);
        assertThat(report.<Boolean>read("$.dryRun")).isTrue();
        assertThat(report.<Integer>read("$.imported")).isZero();
        assertThat(report.<List<String>>read("$.refused[*].rule")).containsExactly("Duplicate", "BRANCH_UNKNOWN");
        assertThat(report.<String>read("$.refused[0].messageEn")).contains("already on this committee's records");
        assertThat(report.<List<Object>>read("$.candidates")).isEmpty();
        assertThat(lastSequence(api)).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotAListIs400NamingWhatIsMissingAndWritesNothing() {
        long before = lastSequence(api);

        JsonApi.Answer answer = upload("ds.csv", bytes("Họ và tên,Ngày sinh\nAn,01/01/2000\n"), false);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.<String>read("$.type")).isEqualTo("urn:pdv:problem:unreadable-file");
        assertThat(answer.<String>read("$.detail")).contains("thiếu cột", "Chi bộ", "Đảng viên giúp đỡ");
        assertThat(answer.<String>read("$.detailEn")).contains("lacks the columns", "Helping member");
        assertThat(upload("ds.pdf", bytes("%PDF"), false).status()).isEqualTo(400);
        assertThat(lastSequence(api)).isEqualTo(before);
    }

    private JsonApi.Answer upload(String fileName, byte[] content, boolean dryRun) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        RestClient client = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
        return new JsonApi.Answer(client.post().uri("/api/sympathisers/import?dryRun={dryRun}", dryRun)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve().toEntity(String.class));
    }
}

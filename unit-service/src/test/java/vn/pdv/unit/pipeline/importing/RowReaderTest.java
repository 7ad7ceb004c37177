package vn.pdv.unit.pipeline.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pdv.unit.pipeline.importing.SympathiserLists.aRow;
import static vn.pdv.unit.pipeline.importing.SympathiserLists.bytes;
import static vn.pdv.unit.pipeline.importing.SympathiserLists.csv;
import static vn.pdv.unit.pipeline.importing.SympathiserLists.with;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.pdv.unit.organisation.Unit;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.organisation.UnitKind;
import vn.pdv.unit.pipeline.Gender;
import vn.pdv.unit.pipeline.IntroducingOrganisation;
import vn.pdv.unit.pipeline.rules.MemberRef;

/** One row of a list against the same checks the API makes of the two requests it stands for. */
class RowReaderTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 1, 10);

    private final RowReader reader = new RowReader(new Branches(List.of(
            new Unit(new UnitCode("DUK-01-KN"), "Chi bộ Khu phố Kim Ngọc", UnitKind.SUBORDINATE_BRANCH,
                    new UnitCode("DUK-01"), LocalDate.of(2024, 1, 1)))), TODAY);

    @Test
    void aSoundRowBecomesASourceIdentifiedOnTheDayItWasAddedToTheList() throws Exception {
        SympathiserEntry entry = sound(aRow(1, "Nguyễn Thị Lan", "DUK-01-KN"));

        assertThat(entry.row()).isEqualTo(4);
        assertThat(entry.source().branch()).isEqualTo(new UnitCode("DUK-01-KN"));
        assertThat(entry.source().identifiedOn()).isEqualTo(LocalDate.of(2024, 3, 15)).isEqualTo(entry.addedOn());
        assertThat(entry.source().introducedBy()).isEqualTo(IntroducingOrganisation.YOUTH_UNION);
        assertThat(entry.resolutionNumber()).isEqualTo("12-NQ/CB");
        assertThat(entry.helper()).isEqualTo(new MemberRef("DV-0457"));
        var person = entry.source().person();
        assertThat(person.fullName()).isEqualTo("Nguyễn Thị Lan");
        assertThat(person.dateOfBirth()).isEqualTo(LocalDate.of(2000, 4, 12));
        assertThat(person.idCardNumber()).isEqualTo("052300001234");
        assertThat(person.phone()).isEqualTo("0905123456");
        assertThat(person.address()).isEqualTo("12 Lê Lợi, Quy Nhơn");
        var attributes = entry.source().attributes();
        assertThat(attributes.gender()).isEqualTo(Gender.FEMALE);
        assertThat(attributes.birthYear()).isEqualTo(2000);
        assertThat(attributes.ethnicMinority()).isFalse();
        assertThat(attributes.religious()).isFalse();
        assertThat(attributes.youthUnionMember()).isTrue();
        assertThat(attributes.tradeUnionMember()).isFalse();
        assertThat(attributes.generalEducation()).isEqualTo("12/12");
        assertThat(attributes.professionalLevel()).isEqualTo("Đại học");
        assertThat(attributes.occupationSector()).isEqualTo("Giáo viên");
    }

    @Test
    void anyEthnicityOtherThanKinhIsAMinorityAndAnyReligionOtherThanKhongCounts() throws Exception {
        var attributes = sound(with(with(with(aRow(1, "Y Bhim Niê", "DUK-01-KN"), "Dân tộc", "Ê Đê"),
                "Tôn giáo", "Tin lành"), "Đoàn viên công đoàn", "Có")).source().attributes();

        assertThat(attributes.ethnicMinority()).isTrue();
        assertThat(attributes.religious()).isTrue();
        assertThat(attributes.tradeUnionMember()).isTrue();
        assertThat(sound(with(aRow(1, "An", "DUK-01-KN"), "Tôn giáo", "")).source().attributes().religious()).isFalse();
        assertThat(sound(with(aRow(1, "An", "DUK-01-KN"), "Dân tộc", "KINH")).source().attributes().ethnicMinority()).isFalse();
    }

    @Test
    void datesReadAsDayFirstOrIso() throws Exception {
        assertThat(sound(with(aRow(1, "An", "DUK-01-KN"), "Ngày sinh", "2000-04-12")).source().person().dateOfBirth())
                .isEqualTo(LocalDate.of(2000, 4, 12));
        assertThat(sound(with(aRow(1, "An", "DUK-01-KN"), "Ngày sinh", "3/9/2001")).source().person().dateOfBirth())
                .isEqualTo(LocalDate.of(2001, 9, 3));
        assertThat(RowReader.parseDate("31/02/2001")).isEmpty();
        assertThat(RowReader.parseDate("12/04/00")).isEmpty();
    }

    @Test
    void theBranchIsFoundByNameAndABlankOrganisationMeansTheBranchItself() throws Exception {
        SympathiserEntry entry = sound(with(aRow(1, "An", "Chi bộ khu pho Kim Ngoc"), "Tổ chức giới thiệu", ""));

        assertThat(entry.source().branch()).isEqualTo(new UnitCode("DUK-01-KN"));
        assertThat(entry.source().introducedBy()).isEqualTo(IntroducingOrganisation.BRANCH);
        assertThat(sound(with(aRow(1, "An", "duk-01-kn"), "Tổ chức giới thiệu", "Hội Cựu chiến binh"))
                .source().introducedBy()).isEqualTo(IntroducingOrganisation.VETERANS_ASSOCIATION);
    }

    @Test
    void refusesEachFaultOfARowNamingTheColumnAndTheRuleInBothLanguages() throws Exception {
        List<RowRefusal> refusals = refused(List.of("9", "", "31/02/2001", "Khác", "", "", "rồi", "chưa", "KP-9",
                "01/02/2030", "x".repeat(51), "", "1".repeat(51), "x".repeat(101), "x".repeat(101), "52300001234",
                "12ab", "x".repeat(501), "Hội sinh viên"));

        assertThat(refusals).extracting(RowRefusal::column, RowRefusal::rule).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Họ và tên", "NotBlank"),
                org.assertj.core.groups.Tuple.tuple("Ngày sinh", "Date"),
                org.assertj.core.groups.Tuple.tuple("Giới tính", "OneOf"),
                org.assertj.core.groups.Tuple.tuple("Dân tộc", "NotBlank"),
                org.assertj.core.groups.Tuple.tuple("Đoàn viên thanh niên", "OneOf"),
                org.assertj.core.groups.Tuple.tuple("Đoàn viên công đoàn", "OneOf"),
                org.assertj.core.groups.Tuple.tuple("Chi bộ", "BRANCH_UNKNOWN"),
                org.assertj.core.groups.Tuple.tuple("Ngày vào danh sách cảm tình đảng", "PastOrPresent"),
                org.assertj.core.groups.Tuple.tuple("Số nghị quyết", "Size"),
                org.assertj.core.groups.Tuple.tuple("Đảng viên giúp đỡ", "NotBlank"),
                org.assertj.core.groups.Tuple.tuple("Trình độ văn hóa", "Size"),
                org.assertj.core.groups.Tuple.tuple("Trình độ chuyên môn", "Size"),
                org.assertj.core.groups.Tuple.tuple("Nghề nghiệp", "Size"),
                org.assertj.core.groups.Tuple.tuple("Số CCCD", "Pattern"),
                org.assertj.core.groups.Tuple.tuple("Điện thoại", "Pattern"),
                org.assertj.core.groups.Tuple.tuple("Địa chỉ", "Size"),
                org.assertj.core.groups.Tuple.tuple("Tổ chức giới thiệu", "OneOf"));
        assertThat(refusals).allSatisfy(refusal -> assertThat(refusal.row()).isEqualTo(4));
        RowRefusal idCard = refusals.stream().filter(r -> r.column().equals("Số CCCD")).findFirst().orElseThrow();
        assertThat(idCard.message().vi()).contains("52300001234", "12 chữ số", "Văn bản");
        assertThat(idCard.message().en()).contains("ID-card number", "12 digits", "Text");
        RowRefusal branch = refusals.stream().filter(r -> r.column().equals("Chi bộ")).findFirst().orElseThrow();
        assertThat(branch.message().vi()).contains("KP-9", "chưa được đăng ký");
        assertThat(branch.message().en()).contains("KP-9", "not registered");
    }

    @Test
    void refusesABirthDateNotInThePastAndAListDateNotAfterBirth() throws Exception {
        assertThat(refused(with(aRow(1, "An", "DUK-01-KN"), "Ngày sinh", "10/01/2025")))
                .extracting(RowRefusal::column, RowRefusal::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ngày sinh", "Past"));
        assertThat(refused(with(aRow(1, "An", "DUK-01-KN"), "Ngày vào danh sách cảm tình đảng", "2000-04-12")))
                .extracting(RowRefusal::column, RowRefusal::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ngày vào danh sách cảm tình đảng", "STEP_OUT_OF_ORDER"));
        assertThat(refused(with(aRow(1, "An", "DUK-01-KN"), "Ngày sinh", "")))
                .extracting(RowRefusal::rule).containsExactly("NotBlank");
    }

    private SympathiserEntry sound(List<Object> row) throws Exception {
        return switch (reader.read(only(row))) {
            case RowReader.Read.Sound(SympathiserEntry entry) -> entry;
            case RowReader.Read.Refused(List<RowRefusal> refusals) -> throw new AssertionError("refused: " + refusals);
        };
    }

    private List<RowRefusal> refused(List<?> row) throws Exception {
        return switch (reader.read(only(row))) {
            case RowReader.Read.Sound(SympathiserEntry entry) -> throw new AssertionError("accepted: " + entry);
            case RowReader.Read.Refused(List<RowRefusal> refusals) -> refusals;
        };
    }

    @SuppressWarnings("unchecked")
    private static ListRow only(List<?> row) throws UnreadableFileException {
        return SympathiserSheet.read("ds.csv", bytes(csv((List<Object>) row))).getFirst();
    }
}

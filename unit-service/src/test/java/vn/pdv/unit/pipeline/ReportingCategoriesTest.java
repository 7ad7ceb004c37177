package vn.pdv.unit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** What clerks type today, placed in the categories the statistical forms count; what fits none is counted as such. */
class ReportingCategoriesTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = ';', value = {
            "12/12; UPPER_SECONDARY", "12 / 12; UPPER_SECONDARY", "10/10; UPPER_SECONDARY", "THPT; UPPER_SECONDARY",
            "Trung học phổ thông; UPPER_SECONDARY", "lớp 12; UPPER_SECONDARY", "9/12; LOWER_SECONDARY",
            "11/12; LOWER_SECONDARY", "7/10; LOWER_SECONDARY", "THCS; LOWER_SECONDARY",
            "trung hoc co so; LOWER_SECONDARY", "5/12; PRIMARY", "Tiểu học; PRIMARY", "4/10; PRIMARY",
            "13/12; UNSPECIFIED", "giỏi; UNSPECIFIED"})
    void readsGeneralEducation(String typed, GeneralEducation expected) {
        assertThat(GeneralEducation.from(typed)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = ';', value = {
            "Đại học; UNIVERSITY", "university; UNIVERSITY", "Cử nhân Luật; UNIVERSITY", "Kỹ sư xây dựng; UNIVERSITY",
            "ĐH; UNIVERSITY", "Thạc sĩ; MASTER", "ThS. Kinh tế; MASTER", "Tiến sĩ; DOCTORATE", "Cao đẳng; COLLEGE",
            "college; COLLEGE", "Trung cấp; INTERMEDIATE", "intermediate; INTERMEDIATE", "Sơ cấp; ELEMENTARY",
            "Không; NONE", "Chưa qua đào tạo; NONE", "giỏi nghề; UNSPECIFIED"})
    void readsProfessionalLevel(String typed, ProfessionalLevel expected) {
        assertThat(ProfessionalLevel.from(typed)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = ';', value = {
            "Giáo viên; PUBLIC_SERVANT", "public servant; PUBLIC_SERVANT", "Công chức xã; PUBLIC_SERVANT",
            "Viên chức y tế; PUBLIC_SERVANT", "Công nhân; WORKER", "worker; WORKER", "Nông dân; FARMER",
            "farmer; FARMER", "Sinh viên; STUDENT", "student; STUDENT", "Học sinh lớp 12; STUDENT", "Bộ đội; MILITARY",
            "Quân nhân chuyên nghiệp; MILITARY", "Công an xã; POLICE", "Chủ doanh nghiệp; BUSINESS_OWNER",
            "Lao động tự do; OTHER", "Khác; OTHER", "xyz; UNSPECIFIED"})
    void readsOccupationSector(String typed, OccupationSector expected) {
        assertThat(OccupationSector.from(typed)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void countsNothingTypedAsUnspecified(String typed) {
        assertThat(GeneralEducation.from(typed)).isEqualTo(GeneralEducation.UNSPECIFIED);
        assertThat(ProfessionalLevel.from(typed)).isEqualTo(ProfessionalLevel.UNSPECIFIED);
        assertThat(OccupationSector.from(typed)).isEqualTo(OccupationSector.UNSPECIFIED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12/12"})
    void keepsTheWordsTypedBesideTheCategoryAndLetAGivenCategoryWin(String typed) {
        var read = new ReportingAttributes(Gender.FEMALE, 2000, false, false, true, false, typed, "Bác sĩ đa khoa",
                "Bác sĩ bệnh viện huyện");
        var given = new ReportingAttributes(Gender.FEMALE, 2000, false, false, true, false, typed, "?", "?",
                GeneralEducation.LOWER_SECONDARY, ProfessionalLevel.COLLEGE, OccupationSector.FARMER);

        assertThat(read.generalEducation()).isEqualTo("12/12");
        assertThat(read.education()).isEqualTo(GeneralEducation.UPPER_SECONDARY);
        assertThat(read.profession()).isEqualTo(ProfessionalLevel.UNIVERSITY);
        assertThat(read.sector()).isEqualTo(OccupationSector.PUBLIC_SERVANT);
        assertThat(given.education()).isEqualTo(GeneralEducation.LOWER_SECONDARY);
        assertThat(given.profession()).isEqualTo(ProfessionalLevel.COLLEGE);
        assertThat(given.sector()).isEqualTo(OccupationSector.FARMER);
    }
}

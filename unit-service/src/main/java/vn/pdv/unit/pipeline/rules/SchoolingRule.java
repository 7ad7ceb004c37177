package vn.pdv.unit.pipeline.rules;

import java.time.LocalDate;
import java.util.OptionalInt;
import vn.pdv.unit.decision.Bilingual;
import vn.pdv.unit.decision.RuleCode;
import vn.pdv.unit.decision.RuleViolation;

/**
 * Schooling at the branch's consideration (DOMAIN.md rule 11): the general education completed must reach the
 * minimum for where the candidate lives ({@link SchoolingMinimum}); below it is
 * {@link RuleCode#SCHOOLING_BELOW_MINIMUM}, a rule of the Party's standard. A dossier whose schooling the clerk has
 * not recorded in a form the service can read is {@link RuleCode#SCHOOLING_NOT_RECORDED}: paperwork, so by default
 * the vote is recorded with a finding that asks for it.
 */
public final class SchoolingRule {

    private final SchoolingMinimum minimum;

    public SchoolingRule(SchoolingMinimum minimum) {
        this.minimum = minimum;
    }

    /** @param gradesCompleted the grades of general education completed; empty when not recorded or not readable */
    public RuleCheck check(OptionalInt gradesCompleted, String branch, LocalDate consideredOn) {
        int least = minimum.gradesFor(branch);
        if (least == 0) {
            return RuleCheck.satisfied();
        }
        if (gradesCompleted.isEmpty()) {
            return RuleCheck.violated(new RuleViolation(RuleCode.SCHOOLING_NOT_RECORDED, "generalEducation",
                    Facts.values("consideredOn", consideredOn, "minimumGrades", least),
                    Bilingual.of("Hồ sơ chưa ghi trình độ học vấn phổ thông (ví dụ 9/12, 12/12) khi chi bộ xét; mức tối "
                                    + "thiểu là " + levelVi(least) + ".",
                            "The dossier does not record the general education completed (e.g. 9/12, 12/12) when the "
                                    + "branch considers; the minimum is " + levelEn(least) + "."),
                    Bilingual.of("Ghi trình độ học vấn của người vào Đảng trong thông tin báo cáo.",
                            "Record the candidate's general education in the reporting attributes.")));
        }
        int done = gradesCompleted.getAsInt();
        if (done < least) {
            return RuleCheck.violated(new RuleViolation(RuleCode.SCHOOLING_BELOW_MINIMUM, "generalEducation",
                    Facts.values("consideredOn", consideredOn, "gradesCompleted", done, "minimumGrades", least),
                    Bilingual.of("Trình độ học vấn của người vào Đảng (" + levelVi(done) + ") chưa đạt mức tối thiểu "
                                    + levelVi(least) + ".",
                            "The candidate's general education (" + levelEn(done) + ") is below the minimum, "
                                    + levelEn(least) + "."),
                    Bilingual.of("Nếu chi bộ thuộc vùng miền núi, hải đảo, vùng đồng bào dân tộc thiểu số hoặc vùng "
                                    + "đặc biệt khó khăn, cấp ủy cấu hình ngoại lệ (mức tối thiểu "
                                    + levelVi(minimum.gradesInExceptionAreas()) + "); nếu không, chưa xét kết nạp.",
                            "If the branch is in a mountain, island, ethnic-minority or especially difficult area, the "
                                    + "committee configures the exception (minimum "
                                    + levelEn(minimum.gradesInExceptionAreas()) + "); otherwise do not consider "
                                    + "admission yet.")));
        }
        return RuleCheck.satisfied();
    }

    private static String levelVi(int grades) {
        return switch (grades) {
            case 5 -> "tốt nghiệp tiểu học";
            case 9 -> "tốt nghiệp trung học cơ sở";
            case 12 -> "tốt nghiệp trung học phổ thông";
            default -> "học hết lớp " + grades + "/12";
        };
    }

    private static String levelEn(int grades) {
        return switch (grades) {
            case 5 -> "primary school completed";
            case 9 -> "lower secondary school completed";
            case 12 -> "upper secondary school completed";
            default -> "grade " + grades + " of 12 completed";
        };
    }
}

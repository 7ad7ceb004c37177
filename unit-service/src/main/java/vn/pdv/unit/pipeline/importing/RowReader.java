package vn.pdv.unit.pipeline.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.pdv.unit.decision.RuleCode;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.pipeline.Gender;
import vn.pdv.unit.pipeline.IntroducingOrganisation;
import vn.pdv.unit.pipeline.NewSource;
import vn.pdv.unit.pipeline.PersonalDetails;
import vn.pdv.unit.pipeline.ReportingAttributes;
import vn.pdv.unit.pipeline.rules.MemberRef;

/**
 * Checks one row as completely as the API checks the two requests it stands for ({@code POST /api/sources} then
 * {@code POST /api/candidates/{id}/sympathisers}: the same sizes, patterns and dates) and that its branch is
 * registered, so that a row that passes cannot be refused half-way. Every fault of the row is reported, not only
 * the first.
 */
final class RowReader {

    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DAY_FIRST_DOTS = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern ID_CARD = Pattern.compile("\\d{12}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .-]{8,15}");
    private static final Map<String, IntroducingOrganisation> ORGANISATIONS = Map.ofEntries(
            Map.entry("doan thanh nien", IntroducingOrganisation.YOUTH_UNION),
            Map.entry("doan tncs ho chi minh", IntroducingOrganisation.YOUTH_UNION),
            Map.entry("doan", IntroducingOrganisation.YOUTH_UNION),
            Map.entry("cong doan", IntroducingOrganisation.TRADE_UNION),
            Map.entry("hoi phu nu", IntroducingOrganisation.WOMENS_UNION),
            Map.entry("hoi lien hiep phu nu", IntroducingOrganisation.WOMENS_UNION),
            Map.entry("hoi nong dan", IntroducingOrganisation.FARMERS_UNION),
            Map.entry("hoi cuu chien binh", IntroducingOrganisation.VETERANS_ASSOCIATION),
            Map.entry("dan quan", IntroducingOrganisation.MILITIA),
            Map.entry("dan quan tu ve", IntroducingOrganisation.MILITIA),
            Map.entry("dan phong", IntroducingOrganisation.CIVIL_DEFENCE),
            Map.entry("chi bo", IntroducingOrganisation.BRANCH));

    private final Branches branches;
    private final LocalDate today;

    RowReader(Branches branches, LocalDate today) {
        this.branches = branches;
        this.today = today;
    }

    /** The entry, or every refusal of the row. */
    Read read(ListRow row) {
        Faults faults = new Faults(row.row());
        String fullName = text(row, Column.FULL_NAME, 200, true, faults);
        LocalDate bornOn = date(row, Column.DATE_OF_BIRTH, true, faults);
        Gender gender = gender(row, faults);
        boolean ethnicMinority = !text(row, Column.ETHNICITY, 50, true, faults).isEmpty()
                && !Column.normalise(row.get(Column.ETHNICITY)).equals("kinh");
        String religion = Column.normalise(text(row, Column.RELIGION, 50, false, faults));
        boolean religious = !religion.isEmpty() && !religion.equals("khong");
        boolean youthUnion = yesOrBlank(row, Column.YOUTH_UNION, faults);
        boolean tradeUnion = yesOrBlank(row, Column.TRADE_UNION, faults);
        UnitCode branch = branch(row, faults);
        LocalDate addedOn = date(row, Column.ADDED_ON, false, faults);
        String resolution = text(row, Column.RESOLUTION_NUMBER, 50, false, faults);
        String helper = text(row, Column.HELPER, 100, true, faults);
        String education = text(row, Column.GENERAL_EDUCATION, 50, false, faults);
        String professional = text(row, Column.PROFESSIONAL_LEVEL, 100, false, faults);
        String occupation = text(row, Column.OCCUPATION, 100, false, faults);
        String idCard = matching(row, Column.ID_CARD, ID_CARD, row.get(Column.ID_CARD).replace(" ", ""), "12 chữ số",
                "12 digits", faults);
        String phone = matching(row, Column.PHONE, PHONE, row.get(Column.PHONE), "số điện thoại", "a phone number", faults);
        String address = text(row, Column.ADDRESS, 500, false, faults);
        IntroducingOrganisation introducedBy = organisation(row, faults);
        if (bornOn != null && addedOn != null && !addedOn.isAfter(bornOn)) {
            faults.add(Column.ADDED_ON, RuleCode.STEP_OUT_OF_ORDER.name(),
                    "ngày " + addedOn + " không sau ngày sinh " + bornOn + ".",
                    "the date " + addedOn + " is not after the date of birth " + bornOn + ".");
        }
        if (!faults.list.isEmpty()) {
            return new Read.Refused(faults.list);
        }
        ReportingAttributes attributes = new ReportingAttributes(gender, bornOn.getYear(), ethnicMinority, religious,
                youthUnion, tradeUnion, blankToNull(education), blankToNull(professional), blankToNull(occupation));
        PersonalDetails person = new PersonalDetails(fullName, bornOn, idCard, blankToNull(address), phone);
        return new Read.Sound(new SympathiserEntry(row.row(),
                new NewSource(branch, introducedBy, addedOn, person, attributes),
                addedOn, blankToNull(resolution), new MemberRef(helper)));
    }

    /** What reading a row gave. */
    sealed interface Read {
        record Sound(SympathiserEntry entry) implements Read {
        }

        record Refused(List<RowRefusal> refusals) implements Read {
        }
    }

    /** Parses a list's date: {@code dd/MM/yyyy} (or with dots), ISO {@code yyyy-MM-dd}, which XLSX date cells read as. */
    static Optional<LocalDate> parseDate(String text) {
        for (DateTimeFormatter format : List.of(DAY_FIRST, DAY_FIRST_DOTS, DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return Optional.of(LocalDate.parse(text.strip(), format));
            } catch (DateTimeParseException notThisFormat) {
                // try the next
            }
        }
        return Optional.empty();
    }

    private String text(ListRow row, Column column, int maxLength, boolean required, Faults faults) {
        String value = row.get(column).replaceAll("\\s+", " ");
        if (required && value.isEmpty()) {
            faults.add(column, "NotBlank", "không được để trống.", "must not be blank.");
        } else if (value.length() > maxLength) {
            faults.add(column, "Size", "dài quá " + maxLength + " ký tự.", "is longer than " + maxLength + " characters.");
        }
        return value;
    }

    private LocalDate date(ListRow row, Column column, boolean birth, Faults faults) {
        String value = row.get(column);
        if (value.isEmpty()) {
            faults.add(column, "NotBlank", "không được để trống.", "must not be blank.");
            return null;
        }
        Optional<LocalDate> date = parseDate(value);
        if (date.isEmpty()) {
            faults.add(column, "Date", "«" + value + "» không phải ngày dạng dd/MM/yyyy hoặc yyyy-MM-dd.",
                    "«" + value + "» is not a date as dd/MM/yyyy or yyyy-MM-dd.");
            return null;
        }
        if (birth && !date.get().isBefore(today)) {
            faults.add(column, "Past", "ngày " + date.get() + " phải ở quá khứ.", "the date " + date.get() + " must be in the past.");
            return null;
        }
        if (!birth && date.get().isAfter(today)) {
            faults.add(column, "PastOrPresent", "ngày " + date.get() + " không được ở tương lai.",
                    "the date " + date.get() + " must not be in the future.");
            return null;
        }
        return date.get();
    }

    private static Gender gender(ListRow row, Faults faults) {
        return switch (Column.normalise(row.get(Column.GENDER))) {
            case "nam" -> Gender.MALE;
            case "nu" -> Gender.FEMALE;
            default -> {
                faults.add(Column.GENDER, "OneOf", "«" + row.get(Column.GENDER) + "» phải là Nam hoặc Nữ.",
                        "«" + row.get(Column.GENDER) + "» must be Nam (male) or Nữ (female).");
                yield null;
            }
        };
    }

    private static boolean yesOrBlank(ListRow row, Column column, Faults faults) {
        return switch (Column.normalise(row.get(column))) {
            case "x", "co", "dv", "la doan vien" -> true;
            case "", "khong" -> false;
            default -> {
                faults.add(column, "OneOf", "«" + row.get(column) + "» phải là x, có hoặc để trống.",
                        "«" + row.get(column) + "» must be x, có (yes) or blank.");
                yield false;
            }
        };
    }

    private UnitCode branch(ListRow row, Faults faults) {
        String value = row.get(Column.BRANCH);
        if (value.isEmpty()) {
            faults.add(Column.BRANCH, "NotBlank", "không được để trống.", "must not be blank.");
            return null;
        }
        Optional<UnitCode> branch = branches.find(value);
        if (branch.isEmpty()) {
            faults.add(Column.BRANCH, RuleCode.BRANCH_UNKNOWN.name(),
                    "chi bộ «" + value + "» chưa được đăng ký ở đảng ủy này (theo mã hoặc tên).",
                    "branch «" + value + "» is not registered with this committee (by code or name).");
        }
        return branch.orElse(null);
    }

    private static String matching(ListRow row, Column column, Pattern pattern, String value, String whatVi,
                                   String whatEn, Faults faults) {
        if (value.isEmpty()) {
            return null;
        }
        if (!pattern.matcher(value).matches()) {
            faults.add(column, "Pattern", "«" + value + "» không đúng định dạng (" + whatVi
                            + "); nếu Excel đã bỏ số 0 đầu, hãy định dạng cột là Văn bản.",
                    "«" + value + "» is not " + whatEn + "; if Excel dropped a leading zero, format the column as Text.");
            return null;
        }
        return value;
    }

    private static IntroducingOrganisation organisation(ListRow row, Faults faults) {
        String value = Column.normalise(row.get(Column.INTRODUCED_BY));
        if (value.isEmpty()) {
            return IntroducingOrganisation.BRANCH;
        }
        IntroducingOrganisation organisation = ORGANISATIONS.get(value);
        if (organisation == null) {
            faults.add(Column.INTRODUCED_BY, "OneOf", "«" + row.get(Column.INTRODUCED_BY)
                            + "» không phải Đoàn thanh niên, Công đoàn, Hội phụ nữ, Hội nông dân, Hội cựu chiến binh, "
                            + "Dân quân, Dân phòng hoặc Chi bộ.",
                    "«" + row.get(Column.INTRODUCED_BY) + "» is not one of Đoàn thanh niên, Công đoàn, Hội phụ nữ, "
                            + "Hội nông dân, Hội cựu chiến binh, Dân quân, Dân phòng, Chi bộ.");
        }
        return organisation;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static final class Faults {
        private final int row;
        private final List<RowRefusal> list = new ArrayList<>();

        Faults(int row) {
            this.row = row;
        }

        void add(Column column, String rule, String vi, String en) {
            list.add(RowRefusal.of(row, column, rule, vi, en));
        }
    }
}

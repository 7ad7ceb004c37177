package vn.pdv.dataset.organisation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Vietnamese-sounding names for places and organisations, drawn from the seed; invented, never real people. */
final class Names {

    private static final List<String> SYLLABLES = List.of("An", "Bình", "Phú", "Hòa", "Tân", "Long", "Thạnh", "Mỹ",
            "Đông", "Tây", "Nam", "Bắc", "Phước", "Hưng", "Lộc", "Thuận", "Xuân", "Sơn", "Hải", "Quang", "Trung",
            "Nghĩa", "Đức", "Thành", "Vĩnh", "Cát", "Kim", "Ngọc", "Hiệp", "Lợi", "Phong", "Thịnh", "Hà", "Lâm",
            "Minh", "Tiến", "Hội", "Châu", "Định", "Khánh");
    private static final List<String> DEPARTMENTS = List.of("Tài chính", "Y tế", "Giáo dục và Đào tạo", "Xây dựng",
            "Nông nghiệp và Môi trường", "Công Thương", "Nội vụ", "Tư pháp", "Văn hóa, Thể thao và Du lịch",
            "Khoa học và Công nghệ", "Dân tộc và Tôn giáo", "Ngoại vụ");
    private static final List<String> COMMUNE_COMMITTEES = List.of("Đảng bộ Trường THPT %s", "Đảng bộ Công ty Cổ phần %s",
            "Đảng bộ Bệnh viện Đa khoa %s", "Đảng bộ Quân sự %s", "Đảng bộ Công an %s", "Đảng bộ Trung tâm Y tế %s");
    private static final List<String> COMMUNE_BRANCHES = List.of("Chi bộ Trường Tiểu học %s", "Chi bộ Trường Mầm non %s",
            "Chi bộ Trường THCS %s", "Chi bộ Trạm Y tế %s", "Chi bộ Hợp tác xã %s", "Chi bộ Quỹ Tín dụng %s",
            "Chi bộ Bưu điện %s");
    private static final List<String> BLOC_COMMITTEES = List.of("Đảng bộ Sở %s", "Đảng bộ Bệnh viện %s",
            "Đảng bộ Trường Cao đẳng %s", "Đảng bộ Công ty %s");
    private static final List<String> BLOC_BRANCHES = List.of("Chi bộ Ban %s", "Chi bộ Chi cục %s", "Chi bộ Trung tâm %s");
    private static final List<String> BLOCS = List.of("Đảng bộ Khối các cơ quan tỉnh", "Đảng bộ Khối doanh nghiệp tỉnh",
            "Đảng bộ Quân sự tỉnh", "Đảng bộ Công an tỉnh", "Đảng bộ Khối Dân - Chính - Đảng tỉnh");

    private final SplittableRandom random;
    private final Set<String> places = new HashSet<>();

    Names(SplittableRandom random) {
        this.random = random;
    }

    /** Two syllables, not used before in this province (a number added once they run short). */
    String place() {
        for (int attempt = 0; attempt < 20; attempt++) {
            String first = pick(SYLLABLES);
            String second = pick(SYLLABLES);
            if (!first.equals(second) && places.add(first + " " + second)) {
                return first + " " + second;
            }
        }
        String numbered = pick(SYLLABLES) + " " + pick(SYLLABLES) + " " + (places.size() + 1);
        places.add(numbered);
        return numbered;
    }

    String bloc(int index) {
        return index < BLOCS.size() ? BLOCS.get(index) : "Đảng bộ Khối " + (index + 1);
    }

    String organisation(UnitKind kind, boolean inBloc) {
        List<String> templates = switch (kind) {
            case GRASSROOTS_COMMITTEE -> inBloc ? BLOC_COMMITTEES : COMMUNE_COMMITTEES;
            default -> inBloc ? BLOC_BRANCHES : COMMUNE_BRANCHES;
        };
        String template = pick(templates);
        return template.formatted(inBloc && (template.contains("Sở") || template.contains("Ban") || template.contains("Chi cục")
                || template.contains("Trung tâm")) ? pick(DEPARTMENTS) : place());
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}

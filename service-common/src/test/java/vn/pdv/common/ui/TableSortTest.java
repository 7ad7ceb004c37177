package vn.pdv.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TableSortTest {

    private static final List<Column> COLUMNS = List.of(
            Column.sortable("name", "unit.name"), Column.sortable("quota", "unit.quota").figures(),
            Column.of("status", "unit.status"));
    private static final TableSort BY_NAME = TableSort.ascendingBy("name");

    @Test
    void readsTheColumnAndDirectionAsSpringDataWritesThem() {
        assertThat(TableSort.parse("quota,desc", COLUMNS, BY_NAME)).isEqualTo(TableSort.descendingBy("quota"));
        assertThat(TableSort.parse("quota", COLUMNS, BY_NAME)).isEqualTo(TableSort.ascendingBy("quota"));
        assertThat(TableSort.parse("quota,ASC", COLUMNS, BY_NAME)).isEqualTo(TableSort.ascendingBy("quota"));
    }

    @Test
    void anUnknownOrUnsortableColumnGivesThePagesDefault() {
        assertThat(TableSort.parse(null, COLUMNS, BY_NAME)).isEqualTo(BY_NAME);
        assertThat(TableSort.parse("status,asc", COLUMNS, BY_NAME)).isEqualTo(BY_NAME);
        assertThat(TableSort.parse("password", COLUMNS, BY_NAME)).isEqualTo(BY_NAME);
    }

    @Test
    void aHeadingSaysHowTheTableIsSortedAndAClickTurnsTheOrderAround() {
        TableSort byQuota = TableSort.ascendingBy("quota");
        assertThat(byQuota.ariaSort("quota")).isEqualTo("ascending");
        assertThat(byQuota.ariaSort("name")).isEqualTo("none");
        assertThat(byQuota.next("quota")).isEqualTo("quota,desc");
        assertThat(byQuota.next("name")).isEqualTo("name,asc");
        assertThat(TableSort.descendingBy("quota").ariaSort("quota")).isEqualTo("descending");
        assertThat(TableSort.descendingBy("quota").next("quota")).isEqualTo("quota,asc");
    }

    @Test
    void sortsRowsByTheChosenColumnEitherWay() {
        record Row(String name, long quota) {
        }
        List<Row> rows = List.of(new Row("B", 5), new Row("A", 20), new Row("C", 1));
        Map<String, Comparator<? super Row>> by = Map.of("name", Comparator.comparing(Row::name),
                "quota", Comparator.comparingLong(Row::quota));
        assertThat(TableSort.descendingBy("quota").sorted(rows, by)).extracting(Row::name).containsExactly("A", "B", "C");
        assertThat(TableSort.ascendingBy("name").sorted(rows, by)).extracting(Row::name).containsExactly("A", "B", "C");
        assertThat(TableSort.ascendingBy("quota").sorted(rows, by)).extracting(Row::name).containsExactly("C", "B", "A");
    }
}

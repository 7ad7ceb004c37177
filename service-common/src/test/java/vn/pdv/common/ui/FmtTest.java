package vn.pdv.common.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FmtTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Fmt vietnamese = new Fmt(VIETNAM, () -> PageLocales.VIETNAMESE);
    private final Fmt english = new Fmt(VIETNAM, () -> PageLocales.ENGLISH);

    @Test
    void writesPercentagesWithADecimalCommaAndASpaceBeforeTheSignInVietnamese() {
        assertThat(vietnamese.percent(new BigDecimal("18.3"))).isEqualTo("18,3\u00a0%");
        assertThat(vietnamese.percent(102.05)).isEqualTo("102,1\u00a0%");
        assertThat(vietnamese.percent(45)).isEqualTo("45,0\u00a0%");
        assertThat(english.percent(new BigDecimal("18.3"))).isEqualTo("18.3%");
    }

    @Test
    void groupsThousandsWithADotInVietnameseAndACommaInEnglish() {
        assertThat(vietnamese.number(1234)).isEqualTo("1.234");
        assertThat(vietnamese.number(1234567L)).isEqualTo("1.234.567");
        assertThat(vietnamese.number(new BigDecimal("2.5"))).isEqualTo("2,5");
        assertThat(english.number(1234)).isEqualTo("1,234");
    }

    @Test
    void writesDaysDayFirst() {
        LocalDate endOfJune = LocalDate.of(2024, 6, 30);
        assertThat(vietnamese.date(endOfJune)).isEqualTo("30/06/2024");
        assertThat(english.date(endOfJune)).isEqualTo("30 Jun 2024");
        assertThat(vietnamese.month(YearMonth.of(2024, 2))).isEqualTo("02/2024");
        assertThat(english.month(YearMonth.of(2024, 2))).isEqualTo("Feb 2024");
    }

    @Test
    void readsInstantsInVietnamNotOnTheServersClock() {
        Instant lateEveningUtc = Instant.parse("2024-06-29T20:15:09Z");
        assertThat(vietnamese.time(lateEveningUtc)).isEqualTo("03:15:09");
        assertThat(vietnamese.date(lateEveningUtc)).isEqualTo("30/06/2024");
        assertThat(english.dateTime(lateEveningUtc)).isEqualTo("30 Jun 2024 03:15:09");
        assertThat(vietnamese.time(LocalTime.of(14, 5, 9))).isEqualTo("14:05:09");
    }

    @Test
    void followsTheLocaleOfTheMomentAndFallsBackToVietnamese() {
        Locale[] reader = {PageLocales.ENGLISH};
        Fmt following = new Fmt(VIETNAM, () -> reader[0]);
        assertThat(following.number(1234)).isEqualTo("1,234");
        reader[0] = Locale.FRANCE;
        assertThat(following.number(1234)).isEqualTo("1.234");
    }

    @Test
    void showsADashForAFigureThatIsNotThere() {
        assertThat(vietnamese.percent(null)).isEqualTo("–");
        assertThat(vietnamese.number(null)).isEqualTo("–");
        assertThat(vietnamese.date(null)).isEqualTo("–");
    }

    @Test
    void refusesWhatIsNotADay() {
        assertThatThrownBy(() -> vietnamese.date("30/06/2024")).isInstanceOf(IllegalArgumentException.class);
    }
}

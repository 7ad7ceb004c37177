package vn.pdv.aggregator.fulfilment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonTest {

    @Test
    void countsAPersonOnceInEveryCounterThatApplies() {
        var person = new Person(true, 2000, true, false, true, true, "UPPER_SECONDARY", "UNIVERSITY", "PUBLIC_SERVANT");

        assertThat(person.counters(2024, false)).containsExactlyInAnyOrder(Counter.TOTAL, Counter.FEMALE,
                Counter.ETHNIC_MINORITY, Counter.YOUTH_UNION, Counter.TRADE_UNION, Counter.AGE_18_TO_30,
                Counter.EDUCATION_UPPER_SECONDARY, Counter.PROFESSION_UNIVERSITY, Counter.SECTOR_PUBLIC_SERVANT);
    }

    @Test
    void countsAgeEighteenToThirtyByTheYearCounted() {
        var bornIn1994 = new Person(false, 1994, false, false, false, false);

        assertThat(bornIn1994.counters(2024, false)).contains(Counter.AGE_18_TO_30);
        assertThat(bornIn1994.counters(2025, false)).doesNotContain(Counter.AGE_18_TO_30).contains(Counter.AGE_31_TO_40);
    }

    @Test
    void countsReadmissionsApartAndWhatIsNotKnownAsUnspecified() {
        assertThat(new Person(false, null, false, false, false, false).counters(2024, true))
                .containsExactlyInAnyOrder(Counter.TOTAL, Counter.READMISSION, Counter.AGE_UNSPECIFIED,
                        Counter.EDUCATION_UNSPECIFIED, Counter.PROFESSION_UNSPECIFIED, Counter.SECTOR_UNSPECIFIED);
    }

    @Test
    void countsACategoryANewerServiceNamesAsUnspecifiedRatherThanFailing() {
        var person = new Person(false, 2000, false, false, false, false, "VOCATIONAL", "POSTDOC", "ASTRONAUT");

        assertThat(person.counters(2024, false)).contains(Counter.EDUCATION_UNSPECIFIED, Counter.PROFESSION_UNSPECIFIED,
                Counter.SECTOR_UNSPECIFIED);
    }

    /** The form's bands: up to 30, 31–40, 41–50, over 50, by the whole years the unit service worked out. */
    @ParameterizedTest(name = "{0} years is {1}")
    @CsvSource({"18, AGE_18_TO_30", "30, AGE_18_TO_30", "31, AGE_31_TO_40", "40, AGE_31_TO_40", "41, AGE_41_TO_50",
            "50, AGE_41_TO_50", "51, AGE_OVER_50", "61, AGE_OVER_50"})
    void placesTheAgeAtAdmissionInTheFormsBands(int age, Counter band) {
        var person = new Person(false, 1900, false, false, false, false);

        assertThat(person.countersAtAge(age, false)).contains(band)
                .containsOnlyOnce(band).doesNotContainAnyElementsOf(Counter.AGE_BANDS.stream()
                        .filter(other -> other != band).toList());
    }
}

package vn.pdv.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Modifier;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void namesTheUnitEventsTopicItsDeadLetterTopicAndTheAlertsTopic() {
        assertThat(Topics.UNIT_EVENTS).isEqualTo("pdv.unit-events");
        assertThat(Topics.UNIT_EVENTS_DLT).isEqualTo("pdv.unit-events.DLT");
        assertThat(Topics.alertsFor("DUK-01")).isEqualTo("pdv.alerts.DUK-01");
        assertThat(Topics.ALL).containsExactly("pdv.unit-events", "pdv.unit-events.DLT");
    }

    @Test
    void cannotBeChangedAtRunTime() {
        assertThat(Arrays.stream(Topics.class.getDeclaredFields()).filter(field -> !field.isSynthetic()))
                .allMatch(field -> Modifier.isFinal(field.getModifiers()), "is final");
        assertThatThrownBy(() -> Topics.ALL.add("pdv.other")).isInstanceOf(UnsupportedOperationException.class);
    }
}

package vn.pdv.common.workingdays;

/**
 * A number of working days (Monday to Friday, less Vietnamese public holidays), the unit of the
 * decision, ceremony and recognition deadlines. Counted with a {@link WorkingDayCalendar}.
 */
public record WorkingDays(int value) {

    public WorkingDays {
        if (value < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + value);
        }
    }

    public static WorkingDays of(int days) {
        return new WorkingDays(days);
    }

    public WorkingDays plus(WorkingDays other) {
        return new WorkingDays(Math.addExact(value, other.value));
    }

    @Override
    public String toString() {
        return value + " working days";
    }
}

package vn.pdv.unit.pipeline;

/**
 * What reports count about a person; travels on events. Holds no personal data: the birth year is
 * reported, the date of birth is not.
 */
public record ReportingAttributes(Gender gender, Integer birthYear, boolean ethnicMinority, boolean religious,
                                  boolean youthUnionMember, boolean tradeUnionMember, String generalEducation,
                                  String professionalLevel, String occupationSector) {
}

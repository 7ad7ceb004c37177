package vn.pdv.unit.pipeline;

/**
 * What reports count about a person; travels on events. Holds no personal data: the birth year is reported, the date
 * of birth is not.
 *
 * <p>Education, professional level and occupation are kept twice: as the clerk typed them (forms, imports, the API
 * before categories) and as the category the statistical forms count. A category not given is read from the words
 * typed, so a candidate stored before categories existed gets one when read, and words that fit no category count as
 * {@code UNSPECIFIED} rather than vanish.
 */
public record ReportingAttributes(Gender gender, Integer birthYear, boolean ethnicMinority, boolean religious,
                                  boolean youthUnionMember, boolean tradeUnionMember, String generalEducation,
                                  String professionalLevel, String occupationSector, GeneralEducation education,
                                  ProfessionalLevel profession, OccupationSector sector) {

    public ReportingAttributes {
        education = education == null ? GeneralEducation.from(generalEducation) : education;
        profession = profession == null ? ProfessionalLevel.from(professionalLevel) : profession;
        sector = sector == null ? OccupationSector.from(occupationSector) : sector;
    }

    /** The attributes as typed, each category read from its words. */
    public ReportingAttributes(Gender gender, Integer birthYear, boolean ethnicMinority, boolean religious,
                               boolean youthUnionMember, boolean tradeUnionMember, String generalEducation,
                               String professionalLevel, String occupationSector) {
        this(gender, birthYear, ethnicMinority, religious, youthUnionMember, tradeUnionMember, generalEducation,
                professionalLevel, occupationSector, null, null, null);
    }
}

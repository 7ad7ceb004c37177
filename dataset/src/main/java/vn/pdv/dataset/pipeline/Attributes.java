package vn.pdv.dataset.pipeline;

/**
 * What reports count about a person, as the contract's {@code ReportingAttributes} carries it; never a name, date
 * of birth, ID number, address or phone.
 */
public record Attributes(Contract.Gender gender, int birthYear, boolean ethnicMinority, boolean religious,
                         boolean youthUnionMember, boolean tradeUnionMember, String generalEducation,
                         String professionalLevel, String occupationSector) {
}

package vn.pdv.dataset.organisation;

/**
 * A branch where candidates are identified and followed (a hamlet's, a school's, a department's; or a grassroots
 * branch, chi bộ cơ sở), with its official members: they vote, and the larger the branch, the more sources it finds.
 *
 * @param massOrganisations whether its people come mostly through the youth and trade unions (agencies,
 *                          schools, enterprises) rather than through the hamlet's mass organisations
 */
public record Branch(UnitCode code, int officialMembers, boolean massOrganisations) {
}

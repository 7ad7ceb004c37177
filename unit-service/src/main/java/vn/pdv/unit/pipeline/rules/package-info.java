/**
 * The Party's rules for admitting and recognising members, as pure functions over dates and counts:
 * eligibility, introductions, the branch vote, deadlines in Vietnamese working days, and what falls due when.
 * No framework code lives here; a business "no" is a {@link vn.pdv.unit.pipeline.rules.RuleCheck}, not an exception.
 */
package vn.pdv.unit.pipeline.rules;

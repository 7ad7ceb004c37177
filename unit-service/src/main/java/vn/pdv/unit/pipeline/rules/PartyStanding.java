package vn.pdv.unit.pipeline.rules;

/** Whether a member has been recognised as official; probationary members may not introduce or vote on admissions. */
public enum PartyStanding {
    OFFICIAL,
    PROBATIONARY
}

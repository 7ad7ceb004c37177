package vn.pdv.unit.pipeline;

import vn.pdv.common.workingdays.WorkingDayCalendar;
import vn.pdv.unit.pipeline.rules.AgeRule;
import vn.pdv.unit.pipeline.rules.BranchVoteRule;
import vn.pdv.unit.pipeline.rules.CertificateRule;
import vn.pdv.unit.pipeline.rules.DeadlineRules;
import vn.pdv.unit.pipeline.rules.Deadlines;
import vn.pdv.unit.pipeline.rules.IntroductionRule;
import vn.pdv.unit.pipeline.rules.RuleEnforcement;
import vn.pdv.unit.pipeline.rules.RuleSettings;
import vn.pdv.unit.pipeline.rules.SchoolingMinimum;
import vn.pdv.unit.pipeline.rules.SchoolingRule;
import vn.pdv.unit.pipeline.rules.StaleDossierRule;
import vn.pdv.unit.pipeline.rules.SympathiserPeriodRule;

/**
 * The rules a committee's pipeline runs under: its settings and holiday calendar, built into each rule once, and which
 * broken rules refuse a step and which record it with a finding.
 */
public final class PipelineRules {

    final AgeRule age;
    final SchoolingRule schooling;
    final CertificateRule certificate;
    final SympathiserPeriodRule sympathiserPeriod;
    final IntroductionRule introductions;
    final StaleDossierRule dossiers;
    final BranchVoteRule votes;
    final DeadlineRules timeLimits;
    final RuleEnforcement enforcement;
    private final Deadlines deadlines;

    /** With the default enforcement: deadlines and a stale dossier recorded with a finding, the rest refused. */
    public PipelineRules(RuleSettings settings, WorkingDayCalendar calendar) {
        this(settings, calendar, RuleEnforcement.defaults());
    }

    /** With the default schooling minimums and no area excepted. */
    public PipelineRules(RuleSettings settings, WorkingDayCalendar calendar, RuleEnforcement enforcement) {
        this(settings, SchoolingMinimum.defaults(), calendar, enforcement);
    }

    public PipelineRules(RuleSettings settings, SchoolingMinimum schooling, WorkingDayCalendar calendar,
                         RuleEnforcement enforcement) {
        this.age = new AgeRule(settings);
        this.schooling = new SchoolingRule(schooling);
        this.certificate = new CertificateRule(settings);
        this.sympathiserPeriod = new SympathiserPeriodRule(settings);
        this.introductions = new IntroductionRule(settings);
        this.dossiers = new StaleDossierRule(settings);
        this.votes = new BranchVoteRule(settings);
        this.timeLimits = new DeadlineRules(settings, calendar);
        this.deadlines = new Deadlines(settings, calendar);
        this.enforcement = enforcement;
    }

    /** What falls due for a candidate, and by when: the committee's deadline list. */
    public Deadlines deadlines() {
        return deadlines;
    }
}

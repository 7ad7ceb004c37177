package vn.pdv.aggregator.plan.mongo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.mongo.DocumentsByKey;
import vn.pdv.aggregator.mongo.GuardedMirror;
import vn.pdv.aggregator.plan.CountRange;
import vn.pdv.aggregator.plan.ImportedPlan;
import vn.pdv.aggregator.plan.PlanTarget;
import vn.pdv.aggregator.plan.PlanWarning;
import vn.pdv.aggregator.plan.Plans;
import vn.pdv.aggregator.plan.RatioTarget;
import vn.pdv.aggregator.plan.TableRow;
import vn.pdv.aggregator.quota.Attribute;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.quota.PlanReference;

/**
 * Imported plans in {@code plans}, one document per plan number and metric. Warning values are stored as numbers or
 * text; percentages as their exact decimal text, so 70 stays 70. Read from a {@link GuardedMirror} of the collection
 * (the plans in memory, by id and by issuing unit): every progress read, status and report row asks which targets a
 * unit's plans set, and a province's plan document carries thousands of warnings to map on every such query.
 */
@Repository
class MongoPlans implements Plans {

    private static final String COLLECTION = "plans";

    private final MongoTemplate mongo;
    private final DocumentsByKey<ImportedPlan, UnitCode> index;
    private final GuardedMirror mirror;

    MongoPlans(MongoTemplate mongo) {
        this.mongo = mongo;
        this.index = new DocumentsByKey<>(document -> mongo.getConverter().read(PlanDocument.class, document).toPlan(),
                ImportedPlan::issuedBy);
        this.mirror = GuardedMirror.ofStaffWrites(mongo, COLLECTION, index);
    }

    /** Fills the cache at start-up rather than on the first reader's time. */
    @EventListener(ApplicationReadyEvent.class)
    void warm() {
        mirror.warm();
    }

    @Override
    public void record(ImportedPlan plan) {
        PlanDocument document = PlanDocument.of(plan);
        mongo.save(document, COLLECTION);
        mirror.staffWrote(List.of(document.id()));
    }

    @Override
    public List<ImportedPlan> all() {
        return mirror.read(index::all);
    }

    @Override
    public List<ImportedPlan> issuedBy(UnitCode unit) {
        return mirror.read(() -> index.with(unit));
    }

    record RatioDocument(String attribute, String atLeastPercent, String atMostPercent) {
        static RatioDocument of(RatioTarget ratio) {
            return switch (ratio) {
                case RatioTarget.ShareOfQuota share -> new RatioDocument(share.attribute().name(),
                        share.atLeastPercent().toPlainString(), null);
                case RatioTarget.ShareOfMembership rate -> new RatioDocument(null, rate.atLeastPercent().toPlainString(),
                        rate.atMostPercent().map(BigDecimal::toPlainString).orElse(null));
            };
        }

        RatioTarget toRatio() {
            return attribute != null
                    ? new RatioTarget.ShareOfQuota(Attribute.valueOf(attribute), new BigDecimal(atLeastPercent))
                    : new RatioTarget.ShareOfMembership(new BigDecimal(atLeastPercent),
                    Optional.ofNullable(atMostPercent).map(BigDecimal::new));
        }
    }

    /** {@code countAtLeast} and {@code countAtMost}: a count range ("4–5 classes"), absent from older documents. */
    record TargetDocument(String period, Metric metric, Integer total, List<RatioDocument> ratios, Integer countAtLeast,
                          Integer countAtMost) {
        static TargetDocument of(PlanTarget target) {
            return new TargetDocument(target.period().code(), target.metric(),
                    target.total().isPresent() ? target.total().getAsInt() : null,
                    target.ratios().stream().map(RatioDocument::of).toList(),
                    target.count().map(CountRange::atLeast).orElse(null),
                    target.count().map(CountRange::atMost).orElse(null));
        }

        PlanTarget toTarget() {
            return new PlanTarget(Period.ofCode(period).orElseThrow(), metric,
                    total == null ? OptionalInt.empty() : OptionalInt.of(total),
                    ratios == null ? List.of() : ratios.stream().map(RatioDocument::toRatio).toList(),
                    countAtLeast == null ? Optional.empty() : Optional.of(new CountRange(countAtLeast, countAtMost)));
        }
    }

    record WarningDocument(Integer line, String listed, String unit, PlanWarning.Rule rule, String messageVi,
                           String messageEn, Map<String, Object> values) {
        static WarningDocument of(PlanWarning warning) {
            Map<String, Object> values = new LinkedHashMap<>();
            warning.values().forEach((key, value) -> values.put(key,
                    value instanceof BigDecimal decimal ? decimal.toPlainString() : value));
            return new WarningDocument(warning.row().map(TableRow::line).orElse(null),
                    warning.row().map(TableRow::listed).orElse(null), warning.unit().map(UnitCode::value).orElse(null),
                    warning.rule(), warning.messageVi(), warning.messageEn(), values);
        }

        PlanWarning toWarning() {
            return new PlanWarning(Optional.ofNullable(line).map(at -> new TableRow(at, listed)),
                    Optional.ofNullable(unit).map(UnitCode::new), rule, messageVi, messageEn,
                    values == null ? Map.of() : values);
        }
    }

    record PlanDocument(@Id String id, String number, LocalDate issuedOn, String issuingBody, String issuedBy,
                        Metric metric, Instant importedAt, List<TargetDocument> targets, int quotasLoaded,
                        List<WarningDocument> warnings) {

        static PlanDocument of(ImportedPlan plan) {
            return new PlanDocument(plan.plan().number() + "|" + plan.metric(), plan.plan().number(),
                    plan.plan().issuedOn().orElse(null), plan.plan().issuedBy().orElse(null), plan.issuedBy().value(),
                    plan.metric(), plan.importedAt(), plan.targets().stream().map(TargetDocument::of).toList(),
                    plan.quotasLoaded(), plan.warnings().stream().map(WarningDocument::of).toList());
        }

        ImportedPlan toPlan() {
            return new ImportedPlan(new PlanReference(number, Optional.ofNullable(issuedOn),
                    Optional.ofNullable(issuingBody)), new UnitCode(issuedBy), metric, importedAt,
                    targets.stream().map(TargetDocument::toTarget).toList(), quotasLoaded,
                    warnings.stream().map(WarningDocument::toWarning).toList());
        }
    }
}

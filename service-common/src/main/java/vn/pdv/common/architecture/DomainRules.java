package vn.pdv.common.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a service's domain is, and what it may not touch, the same in every service.
 *
 * <p>The domain is every package below the service's root package that is neither an adapter nor an application
 * package: a capability's root ({@code vn.pdv.unit.pipeline}) and its pure sub-packages ({@code pipeline.rules}) are
 * domain; a package with an {@link #ADAPTERS adapter segment} anywhere below the root ({@code pipeline.mongo},
 * {@code pipeline.application}, {@code vn.pdv.unit.web}) is not. The root package itself holds the service's wiring
 * (its application class and committee settings) and is not domain either. Because the domain is found by convention,
 * a new capability is covered the day it is written, not when someone remembers to list it.
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "vn.pdv.unit", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     private static final DomainRules HOUSE = DomainRules.of("vn.pdv.unit");
 *
 *     @ArchTest static final ArchRule domainIsFreeOfFrameworks = HOUSE.domainIsFreeOfFrameworks();
 *     @ArchTest static final ArchRule domainDoesNotDependOnItsAdapters = HOUSE.domainDoesNotDependOnAdapters();
 *     @ArchTest static final ArchRule packagesAreFreeOfCycles = HOUSE.packagesAreFreeOfCycles();
 * }
 * }</pre>
 */
public final class DomainRules {

    /** Package names that mark adapters and application services; a service may name more ({@link #withAdapters}). */
    public static final Set<String> ADAPTERS = Set.of("application", "kafka", "mongo", "web");

    /** What no domain class may use: Spring, Kafka, Avro (and the generated contract), MongoDB, Jakarta web. */
    public static final List<String> FRAMEWORKS = List.of(
            "org.springframework..", "org.apache.kafka..", "org.apache.avro..", "com.mongodb..", "org.bson..",
            "jakarta.servlet..", "jakarta.ws..", "vn.pdv.events..");

    private final String root;
    private final Set<String> adapters;

    private DomainRules(String root, Set<String> adapters) {
        this.root = root;
        this.adapters = Set.copyOf(adapters);
    }

    /** The rules for the service whose classes all live under {@code rootPackage}, e.g. {@code vn.pdv.unit}. */
    public static DomainRules of(String rootPackage) {
        return new DomainRules(rootPackage, ADAPTERS);
    }

    /** Further adapter package names this service uses, e.g. {@code mail} or {@code webhook}. */
    public DomainRules withAdapters(String... segments) {
        Set<String> all = new TreeSet<>(adapters);
        all.addAll(Arrays.asList(segments));
        return new DomainRules(root, all);
    }

    /** Classes in a domain package of this service. */
    public DescribedPredicate<JavaClass> domainClasses() {
        return DescribedPredicate.describe("in a domain package of " + root + " (below it, no " + new TreeSet<>(adapters)
                + " package on the way)", javaClass -> isDomain(javaClass.getPackageName()));
    }

    /** Classes in an adapter or application package of this service. */
    public DescribedPredicate<JavaClass> adapterClasses() {
        return DescribedPredicate.describe("in an adapter or application package of " + root,
                javaClass -> isBelowRoot(javaClass.getPackageName()) && !isDomain(javaClass.getPackageName()));
    }

    /** Every domain class is free of {@link #FRAMEWORKS}: its types, annotations included. */
    public ArchRule domainIsFreeOfFrameworks() {
        return noClasses().that(domainClasses())
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS.toArray(String[]::new))
                .because("the domain is plain Java; Spring, Kafka, Avro, Mongo and the web live in adapters and "
                        + "application packages (STYLE.md 2)");
    }

    /** Adapters and application services depend on the domain, never the other way round. */
    public ArchRule domainDoesNotDependOnAdapters() {
        return noClasses().that(domainClasses()).should().dependOnClassesThat(adapterClasses())
                .because("a domain that reached into an adapter would carry its framework along");
    }

    /** No two packages of the service depend on each other, directly or around a loop; the root package included. */
    public ArchRule packagesAreFreeOfCycles() {
        return slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                return name.equals(root) || isBelowRoot(name) ? SliceIdentifier.of(name) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "each package of " + root;
            }
        }).should().beFreeOfCycles();
    }

    private boolean isBelowRoot(String packageName) {
        return packageName.startsWith(root + ".");
    }

    private boolean isDomain(String packageName) {
        if (!isBelowRoot(packageName)) {
            return false;
        }
        for (String segment : packageName.substring(root.length() + 1).split("\\.")) {
            if (adapters.contains(segment)) {
                return false;
            }
        }
        return true;
    }
}

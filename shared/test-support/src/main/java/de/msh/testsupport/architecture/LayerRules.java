package de.msh.testsupport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layer rules of STYLE.md §2, the same for every service. A service includes them with
 * {@code @ArchTest static final ArchTests layers = ArchTests.in(LayerRules.class);} under its own
 * {@code @AnalyzeClasses}.
 */
public final class LayerRules {

    @ArchTest
    public static final ArchRule domainKnowsNoAdapters = noClasses()
            .that()
            .resideInAPackage("..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "..web..",
                    "..messaging..",
                    "..persistence..",
                    "..application..",
                    "org.springframework.web..",
                    "org.springframework.security..",
                    "org.springframework.cloud..",
                    "org.springframework.kafka..",
                    "org.springframework.messaging..",
                    "org.apache.kafka..",
                    "de.msh.platform.outbox.relay..",
                    "de.msh.platform.inbox..",
                    "de.msh.platform.security..");

    @ArchTest
    public static final ArchRule applicationKnowsNoAdapters = noClasses()
            .that()
            .resideInAPackage("..application..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..web..", "..messaging..", "..persistence..", "org.springframework.web..");

    @ArchTest
    public static final ArchRule webKnowsNoOtherAdapter = adapterIsolated("web", "messaging", "persistence");

    @ArchTest
    public static final ArchRule messagingKnowsNoOtherAdapter = adapterIsolated("messaging", "web", "persistence");

    @ArchTest
    public static final ArchRule persistenceKnowsNoOtherAdapter = adapterIsolated("persistence", "web", "messaging");

    /**
     * Feature packages ({@code de.msh.<service>.<feature>}) may use each other in one direction only: a cycle
     * between two features means neither can be understood, changed or moved without the other.
     */
    @ArchTest
    public static final ArchRule featuresFormNoCycle =
            slices().matching("de.msh.(*).(*)..").namingSlices("$2").should().beFreeOfCycles();

    private static ArchRule adapterIsolated(String adapter, String... others) {
        String[] patterns =
                java.util.Arrays.stream(others).map(o -> ".." + o + "..").toArray(String[]::new);
        return noClasses()
                .that()
                .resideInAPackage(".." + adapter + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(patterns)
                .allowEmptyShould(true);
    }

    private LayerRules() {}
}

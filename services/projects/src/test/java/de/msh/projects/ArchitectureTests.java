package de.msh.projects;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layer rules of STYLE.md §2, enforced. */
@AnalyzeClasses(packages = "de.msh.projects", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule domainKnowsNoAdapters = noClasses()
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
                    "org.apache.kafka..",
                    "de.msh.platform.outbox.relay..",
                    "de.msh.platform.inbox..");

    @ArchTest
    static final ArchRule applicationKnowsNoAdapters = noClasses()
            .that()
            .resideInAPackage("..application..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..web..", "..messaging..", "..persistence..", "org.springframework.web..");

    @ArchTest
    static final ArchRule adaptersDoNotDependOnEachOther = noClasses()
            .that()
            .resideInAnyPackage("..web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..messaging..", "..persistence..");
}

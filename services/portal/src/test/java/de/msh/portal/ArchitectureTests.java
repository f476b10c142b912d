package de.msh.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Features lean on the shared parts (backend, web, security), never the other way round, and never in a circle. */
class ArchitectureTests {

    private static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.msh.portal");

    private static final String[] FEATURES = {
        "de.msh.portal.start..", "de.msh.portal.portfolio..", "de.msh.portal.finance.."
    };

    @Test
    void featuresFormNoCycle() {
        slices().matching("de.msh.portal.(*)..").should().beFreeOfCycles().check(PORTAL);
    }

    @Test
    void sharedPartsDoNotKnowTheFeatures() {
        noClasses()
                .that()
                .resideInAnyPackage("de.msh.portal.backend..", "de.msh.portal.web..", "de.msh.portal.security..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FEATURES)
                .check(PORTAL);
    }
}

package de.msh.funding;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import de.msh.testsupport.architecture.LayerRules;

@AnalyzeClasses(packages = "de.msh.funding", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchTests layers = ArchTests.in(LayerRules.class);

    /** Statements reach grants only through their GrantLedger port, which the ledger connector implements. */
    @ArchTest
    static final ArchRule statementsKnowNoGrantInsides = noClasses()
            .that()
            .resideInAPackage("de.msh.funding.statement..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("de.msh.funding.grant..");
}

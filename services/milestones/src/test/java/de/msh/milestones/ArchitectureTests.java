package de.msh.milestones;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import de.msh.testsupport.architecture.LayerRules;

@AnalyzeClasses(packages = "de.msh.milestones", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchTests layers = ArchTests.in(LayerRules.class);
}

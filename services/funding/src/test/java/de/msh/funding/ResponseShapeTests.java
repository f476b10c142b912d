package de.msh.funding;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * What the API answers is the web layer's own shape: a handler returns, and a response record holds, no domain class
 * (also not inside a list), so the domain can change without changing what clients and the portal read.
 */
@AnalyzeClasses(packages = "de.msh.funding", importOptions = ImportOption.DoNotIncludeTests.class)
class ResponseShapeTests {

    @ArchTest
    static final ArchRule handlersAnswerNoDomainClass = methods()
            .that()
            .areDeclaredInClassesThat()
            .resideInAPackage("..web..")
            .and()
            .areAnnotatedWith(GetMapping.class)
            .or()
            .areAnnotatedWith(PostMapping.class)
            .should(new ArchCondition<JavaMethod>("answer no domain class") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    report(method.getReturnType().getAllInvolvedRawTypes(), method.getFullName(), events);
                }
            });

    @ArchTest
    static final ArchRule responsesHoldNoDomainClass = fields().that()
            .areDeclaredInClassesThat()
            .resideInAPackage("..web..")
            .and()
            .areDeclaredInClassesThat()
            .haveSimpleNameEndingWith("Response")
            .should(new ArchCondition<JavaField>("hold no domain class") {
                @Override
                public void check(JavaField field, ConditionEvents events) {
                    report(field.getType().getAllInvolvedRawTypes(), field.getFullName(), events);
                }
            });

    private static void report(Set<JavaClass> types, String where, ConditionEvents events) {
        for (JavaClass type : types) {
            boolean domain = type.getPackageName().contains(".domain") && !type.isEnum();
            if (domain) {
                events.add(SimpleConditionEvent.violated(where, where + " exposes the domain class " + type.getName()));
            }
        }
    }
}

package dev.clientlens;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.Source;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.clientlens.architecture.UsesATool;
import dev.clientlens.architecture.a.First;
import dev.clientlens.architecture.b.Second;
import dev.clientlens.generate.GeneratorSettings;
import dev.clientlens.pipeline.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The product ({@code src/main/java}) never depends on the tools ({@code src/tools/java}: the generator,
 * the trainers and their commands, which the command line finds as {@code Tool}s), and its packages depend
 * on each other without cycles. Each rule is also shown failing on a class written to break it.
 */
class ArchitectureTest {
  /** The packages of {@code src/tools/java}. */
  static final String[] TOOLS = {"dev.clientlens.generate..", "dev.clientlens.train..", "dev.clientlens.tools.."};

  static final ArchRule PRODUCT_DOES_NOT_USE_TOOLS = noClasses().that().resideOutsideOfPackages(TOOLS)
      .should().dependOnClassesThat().resideInAnyPackage(TOOLS)
      .because("the product must build and run without the tools in src/tools/java");

  static final ArchRule NO_PACKAGE_CYCLES = slices().matching("dev.clientlens.(**)").should().beFreeOfCycles();

  private static JavaClasses all;
  private static JavaClasses product;

  @BeforeAll
  static void importProduct() {
    all = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.clientlens");
    product = all.that(resideOutsideOfPackages(TOOLS));
    assertTrue(product.contain(Pipeline.class), "the product's classes were imported");
    assertTrue(all.contain(GeneratorSettings.class), "the tools' classes were imported");
  }

  /** The tool packages are exactly what src/tools/java holds, so the rules read the two source roots. */
  @Test
  void theToolPackagesAreTheClassesOfTheToolsSourceRoot() {
    DescribedPredicate<JavaClass> tool = resideInAnyPackage(TOOLS);
    for (JavaClass javaClass : all) {
      String file = javaClass.getSource().flatMap(Source::getFileName).orElseThrow();
      Path source = Path.of(javaClass.getPackageName().replace('.', '/'), file);
      boolean inTools = Files.exists(Path.of("src/tools/java").resolve(source));
      boolean inMain = Files.exists(Path.of("src/main/java").resolve(source));
      assertTrue(inTools != inMain, javaClass.getName() + ": in one source root");
      assertEquals(tool.test(javaClass), inTools, javaClass.getName() + " is in " + (inTools ? "src/tools" : "src/main"));
    }
  }

  @Test
  void theProductDoesNotDependOnTheTools() {
    PRODUCT_DOES_NOT_USE_TOOLS.check(product);
  }

  @Test
  void theProductsPackagesHaveNoCycles() {
    NO_PACKAGE_CYCLES.check(product);
  }

  @Test
  void aProductClassThatUsesAToolBreaksTheRule() {
    EvaluationResult result = PRODUCT_DOES_NOT_USE_TOOLS.evaluate(
        new ClassFileImporter().importClasses(UsesATool.class, GeneratorSettings.class));
    assertTrue(result.hasViolation());
    String report = result.getFailureReport().toString();
    assertTrue(report.contains(UsesATool.class.getName()) && report.contains(GeneratorSettings.class.getName()),
        report);
  }

  @Test
  void twoPackagesThatUseEachOtherBreakTheCycleRule() {
    EvaluationResult cycle = NO_PACKAGE_CYCLES.evaluate(new ClassFileImporter().importClasses(First.class, Second.class));
    assertTrue(cycle.hasViolation(), "a cycle between architecture.a and architecture.b");
    assertFalse(NO_PACKAGE_CYCLES.evaluate(new ClassFileImporter().importClasses(First.class)).hasViolation(),
        "one package alone has no cycle");
  }
}

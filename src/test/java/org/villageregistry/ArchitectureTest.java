package org.villageregistry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules of ARCHITECTURE.md, kept by the build: domain ← service ← {storage, sync, report, sheet}
 * ← {ui, cli} ← app. {@code sheet} reads and writes spreadsheet ledgers (Apache POI), beside report. {@code ArchitectureRulesCatchViolationsTest} shows that each rule fails on a breach.
 */
@AnalyzeClasses(packages = "org.villageregistry", importOptions = ImportOption.DoNotIncludeTests.class)
public class ArchitectureTest {
    private static final String DOMAIN = "org.villageregistry.domain..";
    private static final String SERVICE = "org.villageregistry.service..";
    private static final String STORAGE = "org.villageregistry.storage..";
    private static final String SYNC = "org.villageregistry.sync..";
    private static final String REPORT = "org.villageregistry.report..";
    private static final String SHEET = "org.villageregistry.sheet..";
    private static final String UI = "org.villageregistry.ui..";
    private static final String CLI = "org.villageregistry.cli..";
    private static final String APP = "org.villageregistry.app..";

    /** Every layer must exist and hold classes. */
    @ArchTest
    public static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Domain").definedBy(DOMAIN)
            .layer("Service").definedBy(SERVICE)
            .layer("Storage").definedBy(STORAGE)
            .layer("Sync").definedBy(SYNC)
            .layer("Report").definedBy(REPORT)
            .layer("Sheet").definedBy(SHEET)
            .layer("Ui").definedBy(UI)
            .layer("Cli").definedBy(CLI)
            .layer("App").definedBy(APP)
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Storage").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Sync").mayOnlyBeAccessedByLayers("Ui", "Cli", "App")
            .whereLayer("Report").mayOnlyBeAccessedByLayers("Ui", "Cli", "App")
            .whereLayer("Sheet").mayOnlyBeAccessedByLayers("Ui", "Cli", "App")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("Storage", "Sync", "Report", "Sheet", "Ui", "Cli", "App")
            .ensureAllClassesAreContainedInArchitecture()
            .because("ARCHITECTURE.md: domain ← service ← {storage, sync, report, sheet} ← {ui, cli} ← app");

    @ArchTest
    public static final ArchRule ONLY_REPORT_DRAWS_PDF = noClasses()
            .that().resideOutsideOfPackages(REPORT, APP)
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "com.google.zxing..")
            .because("printed documents are laid out in one place, the report module");

    @ArchTest
    public static final ArchRule ONLY_REPORT_AND_SHEET_TOUCH_SPREADSHEETS = noClasses()
            .that().resideOutsideOfPackages(REPORT, SHEET, APP)
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..")
            .because("spreadsheet files are read in sheet and written by report and sheet");

    @ArchTest
    public static final ArchRule DOMAIN_NEEDS_ONLY_THE_JDK = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN)
            .because("the domain rules must stay free of frameworks");

    @ArchTest
    public static final ArchRule ONLY_STORAGE_TOUCHES_THE_DATABASE = noClasses()
            .that().resideOutsideOfPackages(STORAGE, APP)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..", "org.flywaydb..")
            .because("only storage talks to H2 through JDBC and Flyway");

    @ArchTest
    public static final ArchRule ONLY_SYNC_AND_STORAGE_TOUCH_CRYPTO = noClasses()
            .that().resideOutsideOfPackages(SYNC, STORAGE, APP)
            .should().dependOnClassesThat().resideInAnyPackage("com.nimbusds..", "org.jose4j..",
                    "com.google.crypto.tink..", "com.password4j..", "javax.crypto..", "org.bouncycastle..")
            .because("bundles are signed and encrypted in sync; the database key is wrapped in storage");

    @ArchTest
    public static final ArchRule ONLY_SYNC_TOUCHES_JOSE = noClasses()
            .that().resideOutsideOfPackages(SYNC, APP)
            .should().dependOnClassesThat().resideInAnyPackage("com.nimbusds..", "org.jose4j..")
            .because("signed and encrypted bundles are the business of sync alone");

    @ArchTest
    public static final ArchRule ONLY_UI_AND_APP_TOUCH_JAVAFX = noClasses()
            .that().resideOutsideOfPackages(UI, APP)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..",
                    "org.kordamp.ikonli..")
            .because("the command line and the services run without a screen");

    @ArchTest
    public static final ArchRule VIEW_MODELS_LIVE_IN_UI = classes().that().haveSimpleNameEndingWith("ViewModel")
            .should().resideInAPackage(UI);

    @ArchTest
    public static final ArchRule VIEW_MODELS_NEED_NO_TOOLKIT = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "atlantafx..",
                    "org.controlsfx..", "org.kordamp.ikonli..")
            .because("ViewModels are tested with plain JUnit, without a JavaFX toolkit");

    @ArchTest
    public static final ArchRule NO_CYCLES_BETWEEN_PACKAGES = slices().matching("org.villageregistry.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    public static final ArchRule ONLY_THE_COMMAND_LINE_PRINTS = noClasses()
            .that().resideOutsideOfPackage(CLI)
            .should(ACCESS_STANDARD_STREAMS)
            .because("everything else logs through SLF4J; the command line owns standard output");
}

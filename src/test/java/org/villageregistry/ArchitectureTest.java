package org.villageregistry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules of ARCHITECTURE.md, kept by the build: domain ← service ← {storage, sync, report, sheet}
 * ← session ← {ui, cli} ← app. {@code session} holds the types of what the composition root ({@code app}) builds
 * once per run and per sign-in. {@code sheet} reads and writes spreadsheet ledgers (Apache POI), beside report. {@code ArchitectureRulesCatchViolationsTest} shows that each rule fails on a breach.
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
    private static final String SESSION = "org.villageregistry.session..";
    private static final String APP = "org.villageregistry.app..";
    private static final String COUNTY = "org.villageregistry.county..";
    private static final String COUNTY_STORE = "org.villageregistry.county.store..";
    private static final String COUNTY_INTAKE = "org.villageregistry.county.intake..";

    /** Every layer must exist and hold classes. */
    @ArchTest
    public static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Domain").definedBy(DOMAIN)
            .layer("Service").definedBy(SERVICE)
            .layer("Storage").definedBy(STORAGE)
            .layer("Sync").definedBy(SYNC)
            .layer("Report").definedBy(REPORT)
            .layer("Sheet").definedBy(SHEET)
            .layer("County").definedBy(COUNTY)
            .layer("Session").definedBy(SESSION)
            .layer("Ui").definedBy(UI)
            .layer("Cli").definedBy(CLI)
            .layer("App").definedBy(APP)
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Storage").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Sync").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Sheet").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Report").mayOnlyBeAccessedByLayers("Session", "Ui", "Cli", "App")
            .whereLayer("County").mayOnlyBeAccessedByLayers("Session", "Cli", "App")
            .whereLayer("Session").mayOnlyBeAccessedByLayers("Ui", "Cli", "App")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("Storage", "Sync", "Report", "Sheet", "County", "Session",
                    "Ui", "Cli", "App")
            .ensureAllClassesAreContainedInArchitecture()
            .because("ARCHITECTURE.md: domain ← service ← {storage, sync, report, sheet, county} ← session ← {ui, cli} ← app;"
                    + " the sync module and the spreadsheet files reach the screens and commands only through the"
                    + " session the composition root built");

    private static final DescribedPredicate<JavaConstructorCall> BUILDS_A_SERVICE = DescribedPredicate.describe(
            "a service or a set of services", call -> {
                JavaClass owner = call.getTargetOwner();
                return owner.getSimpleName().endsWith("Service") || owner.getSimpleName().endsWith("Services")
                        || owner.getFullName().equals("org.villageregistry.session.Session");
            });

    /** One composition root: the desktop and the command line cannot drift apart by wiring services their own way. */
    @ArchTest
    public static final ArchRule SCREENS_AND_COMMANDS_BUILD_NO_SERVICES = noClasses()
            .that().resideInAnyPackage(UI, CLI)
            .should().callConstructorWhere(BUILDS_A_SERVICE)
            .because("app builds every service once per run and per sign-in (Program, Session); screens,"
                    + " ViewModels and commands take them from the session they are given");

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
            .that().resideOutsideOfPackages(STORAGE, COUNTY_STORE, APP)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..", "org.flywaydb..",
                    "org.postgresql..", "io.zonky..", "com.zaxxer.hikari..")
            .because("only storage talks to H2, and only county.store to PostgreSQL, through JDBC and Flyway");

    /** COUNTY.md: the county's HTTP and pages reach PostgreSQL only through county.store, never the other way. */
    @ArchTest
    public static final ArchRule COUNTY_STORE_KNOWS_NO_HTTP_OR_PAGES = noClasses()
            .that().resideInAPackage(COUNTY_STORE)
            .should().dependOnClassesThat().resideInAnyPackage(COUNTY_INTAKE, "org.villageregistry.county.web..",
                    "com.sun.net.httpserver..")
            .because("the county's storage is used by its intake and pages, and knows nothing of them");

    @ArchTest
    public static final ArchRule ONLY_THE_COUNTY_SERVES_HTTP = noClasses()
            .that().resideOutsideOfPackages(COUNTY_INTAKE, "org.villageregistry.county.web..")
            .should().dependOnClassesThat().resideInAnyPackage("com.sun.net.httpserver..")
            .because("the county's intake and pages are the program's only HTTP server");

    @ArchTest
    public static final ArchRule ONLY_SYNC_AND_STORAGE_TOUCH_CRYPTO = noClasses()
            .that().resideOutsideOfPackages(SYNC, STORAGE, COUNTY_STORE, APP)
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
    public static final ArchRule VIEW_MODELS_NEED_NO_TOOLKIT = noClasses().that().haveSimpleNameEndingWith("Model")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "atlantafx..",
                    "org.controlsfx..", "org.kordamp.ikonli..")
            .because("ViewModels and form models (*ViewModel, *FormModel…) are tested with plain JUnit, without a"
                    + " JavaFX toolkit");

    @ArchTest
    public static final ArchRule NO_CYCLES_BETWEEN_PACKAGES = slices().matching("org.villageregistry.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    public static final ArchRule ONLY_THE_COMMAND_LINE_PRINTS = noClasses()
            .that().resideOutsideOfPackage(CLI)
            .should(ACCESS_STANDARD_STREAMS)
            .because("everything else logs through SLF4J; the command line owns standard output");
}

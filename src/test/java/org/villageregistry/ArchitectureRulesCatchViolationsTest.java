package org.villageregistry;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import org.villageregistry.cli.archfixture.CommandShowingWindow;
import org.villageregistry.cli.archfixture.CommandWithViewModel;
import org.villageregistry.cli.archfixture.CommandWiringSync;
import org.villageregistry.domain.archfixture.DomainCallingService;
import org.villageregistry.domain.archfixture.DomainUsingJackson;
import org.villageregistry.service.archfixture.ServiceDrawingPdf;
import org.villageregistry.service.archfixture.ServiceNeedingScreen;
import org.villageregistry.service.archfixture.ServicePrinting;
import org.villageregistry.service.archfixture.ServiceUsingJdbc;
import org.villageregistry.ui.archfixture.BirthFormWithNodesModel;
import org.villageregistry.ui.archfixture.FormWithNodesViewModel;
import org.villageregistry.ui.archfixture.ScreenBuildingService;
import org.villageregistry.ui.archfixture.ScreenOpeningStorage;
import org.villageregistry.ui.archfixture.ScreenSigningBundles;
import org.villageregistry.ui.archfixture.ScreenWritingWorkbook;
import org.villageregistry.util.archfixture.StrayHelper;

/**
 * Each architecture rule, run over the real code plus the deliberate breaches in the test packages
 * {@code *.archfixture}, must name the breach; a rule that stays green here would guard nothing.
 */
class ArchitectureRulesCatchViolationsTest {
    private static final JavaClasses CODE_WITH_BREACHES = new ClassFileImporter()
            .withImportOption(location -> new ImportOption.DoNotIncludeTests().includes(location)
                    || location.contains("/archfixture/"))
            .importPackages("org.villageregistry");

    private static String failures(ArchRule rule) {
        EvaluationResult result = rule.evaluate(CODE_WITH_BREACHES);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        return String.join("\n", result.getFailureReport().getDetails());
    }

    @Test
    void theLayerRuleCatchesTheDomainCallingAServiceAndTheUiOpeningStorage() {
        assertThat(failures(ArchitectureTest.LAYERS))
                .contains(DomainCallingService.class.getName())
                .contains(ScreenOpeningStorage.class.getName())
                .contains(CommandWiringSync.class.getName())
                .contains(StrayHelper.class.getName());
    }

    @Test
    void theCompositionRuleCatchesAScreenBuildingItsOwnService() {
        assertThat(failures(ArchitectureTest.SCREENS_AND_COMMANDS_BUILD_NO_SERVICES))
                .contains(ScreenBuildingService.class.getName());
    }

    @Test
    void thePdfAndSpreadsheetRulesCatchDrawingOutsideReportAndSheet() {
        assertThat(failures(ArchitectureTest.ONLY_REPORT_DRAWS_PDF)).contains(ServiceDrawingPdf.class.getName());
        assertThat(failures(ArchitectureTest.ONLY_REPORT_AND_SHEET_TOUCH_SPREADSHEETS))
                .contains(ScreenWritingWorkbook.class.getName());
    }

    @Test
    void theDomainRuleCatchesAFrameworkInTheDomain() {
        assertThat(failures(ArchitectureTest.DOMAIN_NEEDS_ONLY_THE_JDK)).contains(DomainUsingJackson.class.getName());
    }

    @Test
    void theDatabaseRuleCatchesJdbcInAService() {
        assertThat(failures(ArchitectureTest.ONLY_STORAGE_TOUCHES_THE_DATABASE))
                .contains(ServiceUsingJdbc.class.getName());
    }

    @Test
    void theCryptoRulesCatchBundleSigningInTheUi() {
        assertThat(failures(ArchitectureTest.ONLY_SYNC_AND_STORAGE_TOUCH_CRYPTO))
                .contains(ScreenSigningBundles.class.getName());
        assertThat(failures(ArchitectureTest.ONLY_SYNC_TOUCHES_JOSE)).contains(ScreenSigningBundles.class.getName());
    }

    @Test
    void theJavaFxRuleCatchesAWindowInTheCommandLine() {
        assertThat(failures(ArchitectureTest.ONLY_UI_AND_APP_TOUCH_JAVAFX))
                .contains(CommandShowingWindow.class.getName());
    }

    @Test
    void theViewModelRulesCatchSceneNodesAndViewModelsOutsideUi() {
        assertThat(failures(ArchitectureTest.VIEW_MODELS_NEED_NO_TOOLKIT))
                .contains(FormWithNodesViewModel.class.getName())
                .contains(BirthFormWithNodesModel.class.getName());
        assertThat(failures(ArchitectureTest.VIEW_MODELS_LIVE_IN_UI))
                .contains(CommandWithViewModel.PersonFormViewModel.class.getName());
    }

    @Test
    void theCycleRuleCatchesServiceAndUiNeedingEachOther() {
        assertThat(failures(ArchitectureTest.NO_CYCLES_BETWEEN_PACKAGES))
                .contains(ServiceNeedingScreen.class.getName());
    }

    @Test
    void theStreamRuleCatchesAServicePrintingToTheConsole() {
        assertThat(failures(ArchitectureTest.ONLY_THE_COMMAND_LINE_PRINTS)).contains(ServicePrinting.class.getName());
    }
}

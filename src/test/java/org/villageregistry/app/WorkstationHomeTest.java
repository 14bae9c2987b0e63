package org.villageregistry.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkstationHomeTest {
    private static final String USER_HOME = "/home/registrar";

    @Test
    void withoutAnythingTheFolderIsInTheUsersHome() {
        assertThat(WorkstationHome.resolve(new String[0], null, Map.of(), USER_HOME))
                .isEqualTo(Path.of(USER_HOME, ".village-registry"));
    }

    @Test
    void theHomeOptionWinsOverTheVariable() {
        Path home = WorkstationHome.resolve(new String[] {"--home", "/data/liushu"}, "/data/property",
                Map.of("VREG_HOME", "/data/env"), USER_HOME);
        assertThat(home).isEqualTo(Path.of("/data/liushu"));
        assertThat(WorkstationHome.resolve(new String[] {"person", "show", "--home=/data/x"}, null, Map.of(), USER_HOME))
                .isEqualTo(Path.of("/data/x"));
    }

    @Test
    void theSystemPropertyWinsOverTheEnvironmentVariable() {
        assertThat(WorkstationHome.resolve(new String[0], "/data/property", Map.of("VREG_HOME", "/data/env"), USER_HOME))
                .isEqualTo(Path.of("/data/property"));
        assertThat(WorkstationHome.resolve(new String[0], " ", Map.of("VREG_HOME", "/data/env"), USER_HOME))
                .isEqualTo(Path.of("/data/env"));
    }

    @Test
    void noArgumentsOrOnlyAFolderOpenTheDesktopAnythingElseIsACommand() {
        assertThat(WorkstationHome.wantsDesktop(new String[0])).isTrue();
        assertThat(WorkstationHome.wantsDesktop(new String[] {"--home", "sample-data/township"})).isTrue();
        assertThat(WorkstationHome.wantsDesktop(new String[] {"--home=sample-data/township"})).isTrue();
        assertThat(WorkstationHome.wantsDesktop(new String[] {"find", "王"})).isFalse();
        assertThat(WorkstationHome.wantsDesktop(new String[] {"--help"})).isFalse();
        assertThat(WorkstationHome.wantsDesktop(new String[] {"--home", "x", "audit", "verify"})).isFalse();
    }

    @Test
    void doubleClickingABundleOpensTheDesktopWithThatFileButImportOnTheCommandLineStaysACommand() {
        String[] doubleClicked = {"/home/li/下载/village-120-2026-11.vrb.json"};
        assertThat(WorkstationHome.wantsDesktop(doubleClicked)).isTrue();
        assertThat(WorkstationHome.fileToOpen(doubleClicked))
                .contains(Path.of("/home/li/下载/village-120-2026-11.vrb.json"));
        assertThat(WorkstationHome.fileToOpen(new String[] {"report.json"})).isEmpty();
        assertThat(WorkstationHome.wantsDesktop(new String[] {"import", "x.vrb.json"})).isFalse();
        assertThat(WorkstationHome.fileToOpen(new String[] {"import", "x.vrb.json"})).isEmpty();
    }

    @Test
    void aDoubleClickedReceiptOrABundleWithAWorkstationFolderAlsoOpensTheDesktop() {
        String[] receipt = {"/media/usb/410103100001_0003.vrr.json"};
        assertThat(WorkstationHome.wantsDesktop(receipt)).isTrue();
        assertThat(WorkstationHome.fileToOpen(receipt)).contains(Path.of("/media/usb/410103100001_0003.vrr.json"));
        String[] withHome = {"--home", "/srv/township", "/media/usb/410103100001_0003.vrb.json"};
        assertThat(WorkstationHome.wantsDesktop(withHome)).isTrue();
        assertThat(WorkstationHome.fileToOpen(withHome)).contains(Path.of("/media/usb/410103100001_0003.vrb.json"));
        assertThat(WorkstationHome.resolve(withHome)).isEqualTo(Path.of("/srv/township"));
        assertThat(WorkstationHome.fileToOpen(new String[] {"--home", "/srv/township"})).isEmpty();
        assertThat(WorkstationHome.wantsDesktop(new String[] {"--home", "/srv/township", "verify", "a.vrb.json"}))
                .isFalse();
    }
}

package org.villageregistry.ui.shell;

import java.nio.file.Path;

/**
 * A screen that takes a file the program was started with: the registrar double-clicked a bundle
 * ({@code .vrb.json}) or a receipt ({@code .vrr.json}) in the file manager. After sign-in the shell shows the
 * first such screen and hands it the file; the screen chooses and checks it, or says why it is not for this
 * workstation. Nothing is imported until the registrar presses the button.
 */
public interface FileOpener {
    void openFile(Path file);
}

package org.villageregistry.cli.archfixture;

/** Breaks "ViewModels live in ui" on purpose. */
public class CommandWithViewModel {
    public static class PersonFormViewModel {
    }
}

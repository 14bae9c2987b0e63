package org.villageregistry.domain.text;

/** How serious a rule finding is: an error blocks a save, a warning is shown and may be confirmed. */
public enum Severity { ERROR, WARNING }

package org.villageregistry.util.archfixture;

/** Breaks "every class belongs to a layer" on purpose: a package outside the architecture. */
public class StrayHelper {
}

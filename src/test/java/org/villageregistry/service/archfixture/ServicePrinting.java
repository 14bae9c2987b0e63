package org.villageregistry.service.archfixture;

/** Breaks "only the command line prints" on purpose. */
public class ServicePrinting {
    public void report(String text) {
        System.out.println(text);
    }
}

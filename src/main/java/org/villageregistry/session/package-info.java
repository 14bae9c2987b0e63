/**
 * What the program is made of, as the desktop and the command line see it: the {@link
 * org.villageregistry.session.Program} built once per run and the {@link org.villageregistry.session.Session} built
 * once per sign-in. Both are assembled by hand in {@code app} (the composition root); screens and commands take
 * their services from them and never build a service themselves (an ArchUnit rule keeps it so).
 */
package org.villageregistry.session;

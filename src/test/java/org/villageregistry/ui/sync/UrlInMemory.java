package org.villageregistry.ui.sync;

/** The county's address kept in memory for a test, as the desktop settings keep it on disk; empty at first. */
final class UrlInMemory implements TownshipSyncViewModel.UrlStore {
    private String url = "";

    @Override
    public String load() {
        return url;
    }

    @Override
    public void save(String url) {
        this.url = url;
    }
}

package org.villageregistry.domain.sync;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.villageregistry.domain.text.RegistryException;

/**
 * The county server's address as the township types it (desktop field or {@code vreg upload --url}). It is checked
 * before anything is sent: a mistyped address is the clerk's to correct, and retrying would never help.
 */
public record CountyAddress(URI uri) {
    /** The address without a trailing slash, ready for {@code /bundles} to be added. */
    public static CountyAddress of(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new RegistryException("sync.service.noCountyUrl");
        }
        URI uri;
        try {
            uri = new URI(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        } catch (URISyntaxException e) {
            throw new RegistryException(e, "sync.countyAddress.invalid", text);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new RegistryException("sync.countyAddress.invalid", text);
        }
        return new CountyAddress(uri);
    }

    /** Where one file is posted. */
    public URI bundles() {
        return URI.create(uri + "/bundles");
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}

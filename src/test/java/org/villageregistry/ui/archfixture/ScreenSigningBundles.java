package org.villageregistry.ui.archfixture;

import com.nimbusds.jose.JWSAlgorithm;

/** Breaks "only sync touches JOSE and crypto libraries" on purpose. */
public class ScreenSigningBundles {
    public Object algorithm() {
        return JWSAlgorithm.ES256;
    }
}

package org.villageregistry.service;

/** Checks a receipt's compact JWS offline against the enrolled keys: who issued it, and whether it was altered. */
public interface ReceiptVerifier {
    ReceiptCheck verify(String compactJws);
}

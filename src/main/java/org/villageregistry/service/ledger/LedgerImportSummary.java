package org.villageregistry.service.ledger;

/**
 * What an import did (or, for a dry run, would do): persons created, updated, unchanged, rows skipped for
 * errors, and households created.
 */
public record LedgerImportSummary(int created, int updated, int unchanged, int skipped, int householdsCreated,
                                  boolean dryRun) {
    static LedgerImportSummary of(LedgerValidation validation, int householdsCreated, boolean dryRun) {
        return new LedgerImportSummary((int) validation.count(RowResult.Action.CREATE),
                (int) validation.count(RowResult.Action.UPDATE), (int) validation.count(RowResult.Action.UNCHANGED),
                (int) validation.count(RowResult.Action.ERROR), householdsCreated, dryRun);
    }
}

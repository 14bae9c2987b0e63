package org.villageregistry.sync;

/**
 * Why a bundle, an enrolment file or a key could not be read or written. Each reason has its own message
 * (key {@code sync.<code>}), whose first argument is the file name.
 */
public enum SyncProblem {
    FILE_TOO_LARGE("fileTooLarge"),
    NOT_JSON("notJson"),
    TOO_DEEP("tooDeep"),
    MALFORMED("malformed"),
    UNKNOWN_FORMAT("unknownFormat"),
    UNKNOWN_KEY("unknownKey"),
    BAD_SIGNATURE("badSignature"),
    ORIGIN_MISMATCH("originMismatch"),
    WRONG_AUDIENCE("wrongAudience"),
    NOT_A_RECIPIENT("notARecipient"),
    DECRYPT_FAILED("decryptFailed"),
    DECOMPRESSED_TOO_LARGE("decompressedTooLarge"),
    BAD_CHANGE("badChange"),
    BAD_HASH("badHash"),
    BROKEN_CHAIN("brokenChain"),
    RANGE_MISMATCH("rangeMismatch"),
    EMPTY_BUNDLE("emptyBundle"),
    READ_FAILED("readFailed"),
    WRITE_DISK_FULL("writeDiskFull"),
    WRITE_READ_ONLY("writeReadOnly"),
    WRITE_FOLDER_MISSING("writeFolderMissing"),
    WRITE_FAILED("writeFailed"),
    READ_BACK_FAILED("readBackFailed"),
    ENROL_MALFORMED("enrolMalformed"),
    ENROL_BAD_SIGNATURE("enrolBadSignature"),
    ENROL_KID_MISMATCH("enrolKidMismatch"),
    ENROL_UNKNOWN_PREVIOUS_KEY("enrolUnknownPreviousKey"),
    ENROL_DIVISION_MISMATCH("enrolDivisionMismatch"),
    KEYS_MALFORMED("keysMalformed");

    private final String code;

    SyncProblem(String code) {
        this.code = code;
    }

    /** Stable code for logs, receipts and {@code vreg verify --format json}. */
    public String code() {
        return code;
    }

    public String messageKey() {
        return "sync." + code;
    }
}

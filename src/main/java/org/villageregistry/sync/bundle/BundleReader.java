package org.villageregistry.sync.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.sync.FlattenedJws;
import org.villageregistry.sync.SafeJson;
import org.villageregistry.sync.SyncException;
import org.villageregistry.sync.SyncProblem;
import org.villageregistry.sync.enrol.EnrolledOrigins;
import org.villageregistry.sync.keys.WorkstationKeys;

/**
 * Reads a bundle at the township in BUNDLE.md "Import" order, touching no database: {@link #open} does steps
 * 1–2 (limits, format, enrolled key, signature, origin, audience); the caller then decides 3–4 with
 * {@link SequenceCheck}; {@link #changes} does step 5 (decrypt, capped inflate, each hash, the chain).
 */
public final class BundleReader {
    private final BundleVerifier verifier;
    private final DivisionCode audience;
    private final WorkstationKeys ownKeys;
    private final BundleLimits limits;

    /**
     * @param audience the division of this workstation: bundles addressed elsewhere are refused
     * @param ownKeys  this workstation's keys; its X25519 key decrypts
     */
    public BundleReader(EnrolledOrigins enrolled, DivisionCode audience, WorkstationKeys ownKeys,
                        BundleLimits limits) {
        this.verifier = new BundleVerifier(enrolled, limits);
        this.audience = audience;
        this.ownKeys = ownKeys;
        this.limits = limits;
    }

    public VerifiedBundle open(Path file) {
        VerifiedBundle bundle = verifier.verify(file);
        if (!bundle.metadata().audience().equals(audience)) {
            throw new SyncException(SyncProblem.WRONG_AUDIENCE, bundle.fileName(),
                    bundle.metadata().audience().value(), audience.value());
        }
        return bundle;
    }

    /**
     * The changes and the months submitted for sign-off that a bundle carries, all checked; and each change's own
     * bytes as the bundle carries them (one JSON object, UTF-8, on one line), by identity of the change, for the
     * changes whose bytes could be told (the township keeps them as its received history).
     */
    public record Contents(List<Change> changes, List<JsonNode> signoffs, Map<Change, byte[]> asReceived) {
        public Contents {
            changes = List.copyOf(changes);
            signoffs = List.copyOf(signoffs);
            asReceived = Collections.unmodifiableMap(asReceived);
        }

        public Contents(List<Change> changes, List<JsonNode> signoffs) {
            this(changes, signoffs, new IdentityHashMap<>());
        }
    }

    /** Decrypts and checks every change; {@code anchor} is the last change of this origin already applied. */
    public List<Change> changes(VerifiedBundle bundle, ChainAnchor anchor) {
        return contents(bundle, anchor).changes();
    }

    /**
     * As {@link #changes}, and the submitted months: a {@code signoffs} list beside the changes, whose periods
     * must be those the signed header names (a bundle without it, as every bundle before sign-off, has none).
     */
    public Contents contents(VerifiedBundle bundle, ChainAnchor anchor) {
        return anchored(unanchored(bundle), bundle, anchor);
    }

    /**
     * Step 5 but for the anchor: decrypts, inflates within the cap, checks each hash, the chain inside the bundle
     * and the signed header's range. Touches nothing but the bundle, so it can run ahead, on another thread, while
     * an earlier bundle is applied; {@link #anchored} then checks the bundle attaches to what is held.
     */
    public Contents unanchored(VerifiedBundle bundle) {
        String name = bundle.fileName();
        long cap = limits.decompressedCap(bundle.fileBytes());
        byte[] plaintext = BundleEncryption.decrypt(new SafeJson(limits.maxFileBytes()),
                FlattenedJws.payload(bundle.jws()), ownKeys.encryptionKey(), cap, name);
        BundleMetadata m = bundle.metadata();
        // Each change is checked as it is read, and its tree dropped: a bundle of thousands of changes is never held
        // whole as a tree. What is wrong is told in the order a whole tree was checked in: the document's shape
        // first, then its months, then the first change that fails.
        List<Change> changes = new ArrayList<>();
        Map<Change, byte[]> asReceived = new IdentityHashMap<>();
        SyncException[] firstBad = {null};
        JsonNode root = new SafeJson(cap).parseEach(plaintext, name, m.kind().wireName(), (node, start, end) -> {
            if (firstBad[0] != null) {
                return;
            }
            boolean spanned = start >= 0 && end > start && end <= plaintext.length;
            String stateText = spanned ? stateText(plaintext, (int) start, (int) end) : null;
            try {
                Change c = checkedChange(node, stateText, m, name, changes.isEmpty() ? null
                        : changes.get(changes.size() - 1));
                if (spanned && node.path("entityId").asText().equals(c.entityId().toString())) {
                    asReceived.put(c, oneLine(plaintext, (int) start, (int) end));
                }
                changes.add(c);
            } catch (SyncException e) {
                firstBad[0] = e;
            }
        });
        JsonNode array = root.get(m.kind().wireName());
        JsonNode signoffs = root.path(BundleWriter.SIGNOFFS);
        int members = signoffs.isMissingNode() ? 1 : 2;
        if (!root.isObject() || root.size() != members || array == null || !array.isArray()) {
            throw new SyncException(SyncProblem.BAD_CHANGE, name, "-");
        }
        List<JsonNode> submitted = signoffs(signoffs, m, name);
        if (firstBad[0] != null) {
            throw firstBad[0];
        }
        checkMatchesHeader(changes, m, name);
        return new Contents(changes, submitted, asReceived);
    }

    /**
     * A change's bytes, as one line: a line break between its tokens (the only place one can stand in JSON: inside a
     * string it is escaped) becomes a space. The record's id is written as the change's own id prints (lower case,
     * checked by the caller), as the history's lookup looks for it.
     */
    private static byte[] oneLine(byte[] text, int from, int to) {
        byte[] line = Arrays.copyOfRange(text, from, to);
        for (int i = 0; i < line.length; i++) {
            if (line[i] == '\n' || line[i] == '\r') {
                line[i] = ' ';
            }
        }
        return line;
    }

    private static final byte[] STATE = {'s', 't', 'a', 't', 'e'};

    /**
     * The text of a change's state object as the bundle holds it ({@link #compactObject}), found in the change's own
     * bytes (an object the parser has accepted); null where it is not found as written here.
     */
    static String stateText(byte[] text, int from, int to) {
        int[] value = memberValue(text, from, to, STATE);
        return value == null ? null : compactObject(text, value[0], value[1]);
    }

    /**
     * Where the value of the member {@code name} of the JSON object in {@code text[from, to)} lies (its first byte
     * and just after its last), or null: a member name written with an escape is not recognised.
     */
    static int[] memberValue(byte[] text, int from, int to, byte[] name) {
        int i = space(text, from, to);
        if (i >= to || text[i] != '{') {
            return null;
        }
        i = space(text, i + 1, to);
        while (i < to && text[i] == '"') {
            int keyEnd = valueEnd(text, i, to);
            if (keyEnd < 0) {
                return null;
            }
            boolean wanted = keyEnd - i - 2 == name.length
                    && Arrays.equals(text, i + 1, keyEnd - 1, name, 0, name.length);
            i = space(text, keyEnd, to);
            if (i >= to || text[i] != ':') {
                return null;
            }
            int start = space(text, i + 1, to);
            int end = valueEnd(text, start, to);
            if (end < 0) {
                return null;
            }
            if (wanted) {
                return new int[] {start, end};
            }
            i = space(text, end, to);
            if (i >= to || text[i] != ',') {
                return null;
            }
            i = space(text, i + 1, to);
        }
        return null;
    }

    private static int space(byte[] text, int i, int to) {
        while (i < to && (text[i] == ' ' || text[i] == '\n' || text[i] == '\r' || text[i] == '\t')) {
            i++;
        }
        return i;
    }

    /** Just after the JSON value starting at {@code from}, or -1 when it does not end before {@code to}. */
    private static int valueEnd(byte[] text, int from, int to) {
        if (from >= to) {
            return -1;
        }
        byte first = text[from];
        if (first != '"' && first != '{' && first != '[') {
            int i = from;
            while (i < to && text[i] != ',' && text[i] != '}' && text[i] != ']' && text[i] != ' '
                    && text[i] != '\n' && text[i] != '\r' && text[i] != '\t') {
                i++;
            }
            return i;
        }
        int depth = 0;
        boolean inString = false;
        for (int i = from; i < to; i++) {
            byte b = text[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                    if (depth == 0) {
                        return i + 1;
                    }
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                depth++;
            } else if (b == '}' || b == ']') {
                if (--depth == 0) {
                    return i + 1;
                }
            }
        }
        return -1;
    }

    /**
     * The text of an object value as the bundle holds it, when it is written without white space between its tokens
     * (as this program writes a record's state: then it is exactly the text the record's tree prints as), or null
     * (unknown offsets, or spaces or line breaks between tokens: the tree is printed instead). The hash is checked
     * on the tree parsed from these very bytes, so the text says what the checked tree says.
     */
    static String compactObject(byte[] text, int from, int to) {
        if (from < 0 || to <= from || to > text.length || text[from] != '{' || text[to - 1] != '}') {
            return null;
        }
        boolean inString = false;
        for (int i = from; i < to; i++) {
            byte b = text[i];
            if (inString) {
                if (b == '\\') {
                    if (!printedAlike(text, i + 1, to)) {
                        return null;
                    }
                    i += text[i + 1] == 'u' ? 5 : 1;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
                return null;
            }
        }
        return new String(text, from, to - from, java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Whether the escape after a backslash at {@code at} is one a record's state prints with too: the short escapes
     * and {@code \\u} of a control character. This program's bundle writer escapes a character outside the Basic
     * Multilingual Plane as a surrogate pair ({@code \\ud83d\\ude00}), which a state prints as the character itself;
     * such text, or another writer's escapes ({@code \\/}, {@code \\u0041}), is printed from the tree instead.
     */
    private static boolean printedAlike(byte[] text, int at, int to) {
        if (at >= to) {
            return false;
        }
        switch (text[at]) {
            case '"', '\\', 'b', 'f', 'n', 'r', 't' -> {
                return true;
            }
            case 'u' -> {
                if (at + 4 >= to) {
                    return false;
                }
                int value = 0;
                for (int k = at + 1; k <= at + 4; k++) {
                    int digit = Character.digit(text[k], 16);
                    if (digit < 0) {
                        return false;
                    }
                    value = value * 16 + digit;
                }
                return value < 0x20 && value != '\b' && value != '\f' && value != '\n' && value != '\r'
                        && value != '\t';
            }
            default -> {
                return false;
            }
        }
    }

    /** The contents {@link #unanchored} gave, once they attach to {@code anchor}, the last change held. */
    public Contents anchored(Contents contents, VerifiedBundle bundle, ChainAnchor anchor) {
        checkAnchor(contents.changes(), bundle.metadata().kind(), anchor, bundle.fileName());
        return contents;
    }

    /** Each submitted month an object with its period, and the periods exactly those of the signed header. */
    private static List<JsonNode> signoffs(JsonNode node, BundleMetadata m, String name) {
        if (node.isMissingNode()) {
            if (!m.signoffs().isEmpty()) {
                throw new SyncException(SyncProblem.RANGE_MISMATCH, name);
            }
            return List.of();
        }
        if (!node.isArray()) {
            throw new SyncException(SyncProblem.MALFORMED, name);
        }
        List<JsonNode> out = new ArrayList<>();
        List<String> periods = new ArrayList<>();
        for (JsonNode s : node) {
            if (!s.isObject() || !s.path("period").isTextual() || !s.path("figures").isObject()) {
                throw new SyncException(SyncProblem.MALFORMED, name);
            }
            out.add(s);
            periods.add(s.path("period").asText());
        }
        if (!periods.equals(m.signoffs())) {
            throw new SyncException(SyncProblem.RANGE_MISMATCH, name);
        }
        return out;
    }

    private static Change checkedChange(JsonNode node, String stateText, BundleMetadata m, String name,
            Change before) {
        Change c;
        try {
            c = ChangeJson.fromJson(node, stateText);
        } catch (RuntimeException e) {
            throw new SyncException(e, SyncProblem.BAD_CHANGE, name, node.path("changeId").asText("?"));
        }
        if (!c.origin().equals(m.originDivision().value())) {
            throw new SyncException(SyncProblem.BAD_CHANGE, name, c.changeId());
        }
        if (!ChangeJson.hashOf((ObjectNode) node).equals(c.hash())) { // the hash of its other members
            throw new SyncException(SyncProblem.BAD_HASH, name, c.changeId());
        }
        if (before != null) {
            boolean linked = m.kind() == BundleKind.SNAPSHOT
                    ? c.changeId() > before.changeId()
                    : c.changeId() == before.changeId() + 1 && Objects.equals(c.prev(), before.hash());
            if (!linked) {
                throw new SyncException(SyncProblem.BROKEN_CHAIN, name, c.changeId());
            }
        }
        return c;
    }

    private static void checkMatchesHeader(List<Change> changes, BundleMetadata m, String name) {
        if (changes.isEmpty()) {
            throw new SyncException(SyncProblem.RANGE_MISMATCH, name);
        }
        Map<String, Integer> counts = new TreeMap<>();
        changes.forEach(c -> counts.merge(c.entityType().wireName(), 1, Integer::sum));
        if (changes.get(0).changeId() != m.changes().from()
                || changes.get(changes.size() - 1).changeId() != m.changes().to()
                || !counts.equals(m.changes().countByEntityType())) {
            throw new SyncException(SyncProblem.RANGE_MISMATCH, name);
        }
        if (!changes.get(changes.size() - 1).hash().equals(m.chainHead())) {
            throw new SyncException(SyncProblem.BROKEN_CHAIN, name, m.changes().to());
        }
    }

    /** The bundle must attach to what the township already holds from this origin. */
    private static void checkAnchor(List<Change> changes, BundleKind kind, ChainAnchor anchor, String name) {
        Change first = changes.get(0);
        if (anchor.changeId() == first.changeId() - 1 && kind == BundleKind.CHANGES) {
            if (!Objects.equals(first.prev(), anchor.hash().orElse(null))) {
                throw new SyncException(SyncProblem.BROKEN_CHAIN, name, first.changeId());
            }
            return;
        }
        if (anchor.changeId() < first.changeId() - 1 && kind == BundleKind.CHANGES) {
            throw new SyncException(SyncProblem.BROKEN_CHAIN, name, first.changeId());
        }
        for (Change c : changes) {
            if (c.changeId() == anchor.changeId() && !c.hash().equals(anchor.hash().orElse(null))) {
                throw new SyncException(SyncProblem.BROKEN_CHAIN, name, c.changeId());
            }
        }
    }
}

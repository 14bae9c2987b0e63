package org.villageregistry.ui.shell;

import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A screen that can show one record, so {@link Navigator#showPerson} and {@link Navigator#showHousehold} work
 * from anywhere. The People screen implements it with {@code Map.of(RecordKind.PERSON, viewModel::open)}, the
 * Households screen with {@code RecordKind.HOUSEHOLD}; the shell finds them among the built screens, switches to
 * the screen (asking the current one {@link Screen#canLeave()} first) and then calls the handler with the id.
 */
public interface RecordOpener {
    /** The kinds of record the navigator can open. */
    enum RecordKind { PERSON, HOUSEHOLD }

    /** The kinds this screen opens, each with what shows one record of it (called on the FX thread). */
    Map<RecordKind, Consumer<UUID>> openers();

    /** Shows one record with its form open at a field to fix; screens without such a form just show it. */
    default void openToFix(RecordKind kind, UUID id, String field) {
        openers().get(kind).accept(id);
    }
}

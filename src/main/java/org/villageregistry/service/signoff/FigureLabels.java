package org.villageregistry.service.signoff;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.villageregistry.domain.benefit.ProgrammeKind;
import org.villageregistry.domain.event.MarriageKind;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.text.Coded;
import org.villageregistry.domain.text.Messages;

/**
 * The name of a compared count as the 补报/更正 table prints it: its own message ({@code signoff.figure.<path>}),
 * else a count of a map by the kind it is keyed by (期末人口（户籍在村但流出）, 享受人数（育儿补贴）), else a generic
 * name that shows the path, so a count added to the statistics later is still reported.
 */
final class FigureLabels {
    /** The maps of the statistics keyed by a kind, and the kind. */
    private static final Map<String, Class<? extends Enum<?>>> KEYED = Map.of(
            "populationAtStart", ResidenceStatus.class, "populationAtEnd", ResidenceStatus.class,
            "marriages", MarriageKind.class, "moves", MoveKind.class, "benefits", ProgrammeKind.class);

    private FigureLabels() {
    }

    static String of(String path) {
        if (known(path)) {
            return Messages.get("signoff.figure." + path);
        }
        String[] parts = path.split("\\.");
        if (parts.length >= 2 && KEYED.containsKey(parts[0])) {
            String rest = String.join(".", Arrays.copyOfRange(parts, 2, parts.length));
            String key = "signoff.figure." + parts[0] + (rest.isEmpty() ? "" : "." + rest) + ".of";
            Optional<String> kind = kindLabel(KEYED.get(parts[0]), parts[1]);
            if (kind.isPresent() && known(key.substring("signoff.figure.".length()))) {
                return Messages.get(key, kind.get());
            }
        }
        return Messages.get("signoff.figure.other", path);
    }

    private static boolean known(String path) {
        return Messages.bundle(Messages.locale()).containsKey("signoff.figure." + path);
    }

    private static Optional<String> kindLabel(Class<? extends Enum<?>> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name))
                .map(e -> ((Coded) e).label()).findFirst();
    }
}

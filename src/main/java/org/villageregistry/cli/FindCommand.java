package org.villageregistry.cli;

import org.villageregistry.session.Session;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.repository.PersonHit;
import org.villageregistry.domain.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** vreg find QUERY: search by name, pinyin, initials, ID number or household number. */
@Command(name = "find", mixinStandardHelpOptions = true)
final class FindCommand extends CommandBase {
    @Parameters(paramLabel = "QUERY", descriptionKey = "cli.param.query")
    String query;

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N", descriptionKey = "cli.opt.limit")
    int limit;

    @Mixin
    ShownAs shown;

    @Override
    int run(Session session) throws Exception {
        List<PersonHit> hits = session.services().persons().search(query, limit);
        if (shown.json()) {
            printJson(hits.stream().map(this::json).toList());
            return Vreg.OK;
        }
        if (hits.isEmpty()) {
            out().println(Messages.get("cli.find.none", query));
            return Vreg.OK;
        }
        TextTable table = new TextTable(Messages.get("cli.col.name"), Messages.get("cli.col.sex"),
                Messages.get("cli.col.birth"), Messages.get("cli.col.id"), Messages.get("cli.col.household"),
                Messages.get("cli.col.residence"), Messages.get("cli.col.recordId"));
        for (PersonHit hit : hits) {
            Person p = hit.person();
            table.row(p.name(), PersonText.label(p.sex()), p.birthDate(), PersonText.id(p.idNumber(), shown.reveal),
                    PersonText.text(hit.householdNumber()), PersonText.label(p.residence()), p.id());
        }
        table.print(out());
        return Vreg.OK;
    }

    private Map<String, Object> json(PersonHit hit) {
        Person p = hit.person();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("name", p.name());
        m.put("sex", p.sex());
        m.put("birthDate", p.birthDate());
        m.put("idNumber", p.idNumber() == null ? null : PersonText.id(p.idNumber(), shown.reveal));
        m.put("householdNumber", hit.householdNumber());
        m.put("residence", p.residence());
        m.put("match", hit.match());
        return m;
    }
}

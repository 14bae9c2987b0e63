package org.villageregistry.cli;

import java.time.LocalDate;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.person.Sex;
import picocli.CommandLine.Option;

/** The fields of one person as command options (person add, household add, move in). */
final class PersonOptions {
    @Option(names = "--name", required = true, paramLabel = "NAME", descriptionKey = "cli.opt.name")
    String name;

    @Option(names = "--sex", required = true, paramLabel = "SEX", descriptionKey = "cli.opt.sex")
    Sex sex;

    @Option(names = "--birth", required = true, paramLabel = "YYYY-MM-DD", descriptionKey = "cli.opt.birth")
    LocalDate birth;

    @Option(names = "--id", paramLabel = "ID", descriptionKey = "cli.opt.id")
    String idNumber;

    @Option(names = "--ethnicity", paramLabel = "ETHNICITY", defaultValue = "汉族", descriptionKey = "cli.opt.ethnicity")
    Ethnicity ethnicity;

    @Option(names = "--hukou", paramLabel = "HUKOU", descriptionKey = "cli.opt.hukou")
    HukouType hukou;

    @Option(names = "--marital", paramLabel = "STATUS", descriptionKey = "cli.opt.marital")
    MaritalStatus marital;

    @Option(names = "--first-marriage", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.opt.firstMarriage")
    LocalDate firstMarriage;

    @Option(names = "--phone", paramLabel = "PHONE", descriptionKey = "cli.opt.phone")
    String phone;

    @Option(names = "--residence", paramLabel = "RESIDENCE", descriptionKey = "cli.opt.residence")
    ResidenceStatus residence;

    @Option(names = "--relation", paramLabel = "RELATION", descriptionKey = "cli.opt.relation")
    RelationToHead relation;

    @Option(names = "--notes", paramLabel = "TEXT", descriptionKey = "cli.opt.notes")
    String notes;

    /** A new person (version 0) from the options; household and parents are set by the command. */
    Person.Builder toPerson() {
        return Person.builder().name(name == null ? null : name.strip()).sex(sex).birthDate(birth)
                .idNumber(idNumber == null || idNumber.isBlank() ? null : IdNumber.normalise(idNumber))
                .ethnicity(ethnicity).hukouType(hukou).maritalStatus(marital).firstMarriageDate(firstMarriage)
                .phone(phone).notes(notes).relation(relation)
                .residence(residence == null ? ResidenceStatus.RESIDENT : residence);
    }
}

package org.villageregistry.domain.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.benefit.PaymentMethod;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.RelationToHead;

/** Every code table written as {@link Code} rows reads back complete, and a row missing its {@link Code} is refused. */
class CodedTablesTest {
    @Test
    void everyConstantOfEveryCodedEnumHasACodeAndBothNamesAndNoCodeIsUsedTwice() {
        List<Class<?>> tables = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.villageregistry.domain").stream()
                .filter(c -> c.isEnum() && c.isAssignableTo(Coded.class)).map(JavaClass::reflect).toList();

        assertThat(tables).hasSizeGreaterThanOrEqualTo(21);
        for (Class<?> table : tables) {
            Set<String> codes = new HashSet<>();
            for (Object constant : table.getEnumConstants()) {
                Coded value = (Coded) constant;
                assertThat(value.code()).as("%s.%s", table.getSimpleName(), constant).isNotBlank();
                assertThat(value.zh()).as("%s.%s", table.getSimpleName(), constant).isNotBlank();
                assertThat(value.en()).as("%s.%s", table.getSimpleName(), constant).isNotBlank();
                assertThat(codes.add(value.code())).as("%s code %s twice", table.getSimpleName(), value.code())
                        .isTrue();
            }
        }
    }

    @Test
    void theRowsReadAsTheyAreWritten() {
        assertThat(PaymentMethod.SOCIAL_CARD.code()).isEqualTo("2");
        assertThat(PaymentMethod.SOCIAL_CARD.zh()).isEqualTo("社保卡");
        assertThat(PaymentMethod.SOCIAL_CARD.en()).isEqualTo("Social security card");
        assertThat(Coded.parse(RelationToHead.class, "儿媳")).contains(RelationToHead.DAUGHTER_IN_LAW);
        assertThat(Coded.parse(Ethnicity.class, Ethnicity.HAN.code())).contains(Ethnicity.HAN);
    }

    enum Unwritten implements Coded {
        @Code(code = "1", zh = "有", en = "Written") WRITTEN,
        FORGOTTEN
    }

    @Test
    void aConstantWithoutItsCodeIsNamedWhenTheTableIsFirstRead() {
        assertThatThrownBy(Unwritten.WRITTEN::code).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Unwritten.FORGOTTEN");
    }
}

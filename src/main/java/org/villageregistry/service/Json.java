package org.villageregistry.service;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Optional;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON mapper set-up of the program (storage, change log, bundles, CLI output): records as their
 * components, ISO dates (2026-11-30), no timestamps, unknown fields ignored so older programs read newer state.
 */
public final class Json {
    private static final ObjectMapper MAPPER = configured(JsonMapper.builder()).build();

    private static JsonMapper.Builder configured(JsonMapper.Builder builder) {
        return builder
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule("optional-as-value").addSerializer(new OptionalAsValue()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // isVoided(), isActive() … are derived from a record's state, not part of it
                .visibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
                // written only when set: a person in the register, and every bundle of one, reads as before
                .addMixIn(org.villageregistry.domain.person.Person.class, PersonWritten.class);
    }

    private Json() {
    }

    /** How a person's state is written beside its record (the domain stays free of Jackson's annotations). */
    private abstract static class PersonWritten {
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        abstract org.villageregistry.domain.person.ResidenceStatus residenceBeforeLeaving();
    }

    /** An empty Optional is written as null, a present one as its value (reports carry Optional figures). */
    @SuppressWarnings("rawtypes")
    private static final class OptionalAsValue extends StdSerializer<Optional> {
        OptionalAsValue() {
            super(Optional.class);
        }

        @Override
        public void serialize(Optional value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value.isPresent()) {
                provider.defaultSerializeValue(value.get(), gen);
            } else {
                gen.writeNull();
            }
        }
    }

    /**
     * The same set-up over another parser factory: the sync module bounds what it reads from a USB stick
     * (nesting depth, lengths, duplicate keys) and keeps everything else as here.
     */
    public static JsonMapper.Builder builder(JsonFactory factory) {
        return configured(JsonMapper.builder(factory));
    }

    /** Shared and thread-safe once configured; do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}

package vn.danvan.shared;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * JSON bodies pass the same rules as forms: every string {@link InputText} (bound in NFC), every date
 * {@link LawfulDates}. A value that fails makes the body unreadable — 400 problem+json with the field named.
 * Only the JSON that comes in over HTTP: the application's own JSON (events kept by the publication
 * registry, stored documents) is read with the plain mapper.
 */
@Configuration(proxyBeanMethods = false)
class InputJson implements WebMvcConfigurer {

    private static final SimpleModule RULES = new SimpleModule("danvan-input-rules")
            .addDeserializer(String.class, new TextDeserializer())
            .addDeserializer(LocalDate.class, new DateDeserializer());

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.replaceAll(converter -> converter instanceof JacksonJsonHttpMessageConverter json
                ? new JacksonJsonHttpMessageConverter(
                        json.getMapper().rebuild().addModule(RULES).build())
                : converter);
    }

    static final class TextDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            String fault = InputText.fault(text, InputText.LONGEST);
            if (fault != null) {
                return (String) context.handleWeirdStringValue(String.class, "?", fault);
            }
            return InputText.accept(text, InputText.LONGEST);
        }
    }

    static final class DateDeserializer extends StdScalarDeserializer<LocalDate> {

        DateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
            if (date != null && !LawfulDates.lawful(date)) {
                return (LocalDate)
                        context.handleWeirdStringValue(LocalDate.class, date.toString(), "input.date-out-of-range");
            }
            return date;
        }
    }
}

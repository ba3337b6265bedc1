package org.diplotrack.cli;

import org.diplotrack.model.Dyad;
import org.diplotrack.model.Level;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Status;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Turns option text into model values; the model's own messages say what is wrong. */
final class Converters {
    private Converters() {
    }

    private interface Parse<T> {
        T apply(String s);
    }

    private static <T> T convert(String text, Parse<T> parse) {
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    static final class DyadConverter implements ITypeConverter<Dyad> {
        @Override
        public Dyad convert(String value) {
            return Converters.convert(value, Dyad::parse);
        }
    }

    static final class DateConverter implements ITypeConverter<PartialDate> {
        @Override
        public PartialDate convert(String value) {
            return Converters.convert(value, PartialDate::parse);
        }
    }

    static final class LevelConverter implements ITypeConverter<Level> {
        @Override
        public Level convert(String value) {
            return Converters.convert(value, Level::fromCode);
        }
    }

    static final class StatusConverter implements ITypeConverter<Status> {
        @Override
        public Status convert(String value) {
            return Converters.convert(value, Status::fromCode);
        }
    }
}

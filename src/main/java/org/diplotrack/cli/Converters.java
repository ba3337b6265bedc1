package org.diplotrack.cli;

import java.time.LocalDate;
import org.diplotrack.io.ImportFormat;
import org.diplotrack.model.Codes;
import org.diplotrack.model.Countries;
import org.diplotrack.model.Country;
import org.diplotrack.model.Doubts;
import org.diplotrack.model.Dyad;
import org.diplotrack.model.Level;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Status;
import org.diplotrack.model.l10n.Localization;
import org.diplotrack.store.RecordLocation;
import org.diplotrack.store.ServerAddress;
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

    static final class RecordLocationConverter implements ITypeConverter<RecordLocation> {
        @Override
        public RecordLocation convert(String value) {
            return Converters.convert(value, RecordLocation::parse);
        }
    }

    static final class ServerAddressConverter implements ITypeConverter<ServerAddress> {
        @Override
        public ServerAddress convert(String value) {
            return Converters.convert(value, ServerAddress::parse);
        }
    }

    static final class DyadConverter implements ITypeConverter<Dyad> {
        @Override
        public Dyad convert(String value) {
            return Converters.convert(value, Dyad::parse);
        }
    }

    static final class CountryConverter implements ITypeConverter<Country> {
        @Override
        public Country convert(String value) {
            return Converters.convert(value, Countries::lookup);
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

    /** {@code --doubts without|only} ("any" is what leaving the option out means). */
    static final class DoubtsConverter implements ITypeConverter<Doubts> {
        @Override
        public Doubts convert(String value) {
            return Codes.find(Doubts.values(), Doubts::code, value).filter(d -> d != Doubts.ANY)
                    .orElseThrow(() -> new TypeConversionException(Localization.text("cli.filter.doubts.bad", value)));
        }
    }

    static final class StatusConverter implements ITypeConverter<Status> {
        @Override
        public Status convert(String value) {
            return Converters.convert(value, Status::fromCode);
        }
    }

    static final class ImportFormatConverter implements ITypeConverter<ImportFormat> {
        @Override
        public ImportFormat convert(String value) {
            return Converters.convert(value, ImportFormat::fromCode);
        }
    }

    /** A full day, {@code YYYY-MM-DD}. */
    static final class DayConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            return Converters.convert(value, text -> {
                PartialDate date = PartialDate.parse(text);
                if (date.precision() != PartialDate.Precision.DAY) {
                    throw new IllegalArgumentException(Localization.text("cli.error.notADay", text));
                }
                return date.firstDay();
            });
        }
    }

    /** A number of months, 0 to 1200. */
    static final class MonthsConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return Converters.convert(value, text -> {
                if (text == null || !text.trim().matches("\\d{1,4}") || Integer.parseInt(text.trim()) > 1200) {
                    throw new IllegalArgumentException(Localization.text("cli.error.notMonths", text));
                }
                return Integer.parseInt(text.trim());
            });
        }
    }
}

package org.diplotrack.cli;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.diplotrack.model.l10n.Localization;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A usage error in the language in use. Picocli words its own errors in English; the common ones
 * (unknown option, missing option or value, a value that does not convert, an option given
 * twice) are said again from the bundles. The errors DiploTrack raises itself are worded there
 * already; they, and picocli's rarer ones, pass as they are.
 */
final class UsageErrors {
    private UsageErrors() {
    }

    static String message(ParameterException e) {
        if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            List<String> unmatched = u.getUnmatched();
            String quoted = unmatched.stream().map(a -> "'" + a + "'").collect(Collectors.joining(", "));
            return Localization.text(unmatched.get(0).startsWith("-") ? "cli.error.unknownOption"
                    : "cli.error.unexpectedArgument", unmatched.size(), quoted);
        }
        if (e instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
            ArgSpec first = m.getMissing().get(0);
            if (String.valueOf(m.getMessage()).startsWith("Missing required parameter for option")) {
                return Localization.text("cli.error.missingValue", name(first), first.paramLabel());
            }
            String names = m.getMissing().stream().map(UsageErrors::name).map(n -> "'" + n + "'")
                    .collect(Collectors.joining(", "));
            return Localization.text(first.isOption() ? "cli.error.missingOption" : "cli.error.missingParameter",
                    m.getMissing().size(), names);
        }
        if (e instanceof OverwrittenOptionException o && o.getOverwritten() != null) {
            return Localization.text("cli.error.onlyOnce", name(o.getOverwritten()));
        }
        if (e.getCause() != null && e.getArgSpec() != null) {
            String why = why(e.getArgSpec(), e.getValue(), e.getCause());
            if (why != null) {
                return Localization.text("cli.error.invalidValue", name(e.getArgSpec()), why);
            }
        }
        return e.getMessage();
    }

    /** What is wrong with a value: the converter's words (DiploTrack's own are in the bundles), or the choices of an enum. */
    private static String why(ArgSpec arg, String value, Throwable e) {
        Class<?> type = arg.auxiliaryTypes().length > 0 ? arg.auxiliaryTypes()[0] : arg.type();
        if (arg.converters().length > 0) { // DiploTrack's own converters say it in the language in use
            return e instanceof TypeConversionException ? e.getMessage() : null;
        }
        if (type.isEnum()) {
            String choices = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            return Localization.text("cli.error.expectedOneOf", value, choices);
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return Localization.text("cli.error.notANumber", value);
        }
        return e instanceof TypeConversionException ? e.getMessage() : null;
    }

    /** "--output", or "FILE" for a positional parameter. */
    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }
}

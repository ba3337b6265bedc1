package org.diplotrack.cli;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The keys picocli reads from the bundle for the command line's help: for each command, the
 * usage sections and each option's description, each under the command's qualified name
 * ("diplotrack.list.format") and bare ("usage.synopsisHeading", "cli.filter.dyad"), as
 * {@code CommandLine.Model.Messages} looks them up. They are not message formats: picocli puts
 * in its own ${...} variables and reads %n.
 */
public final class HelpKeys {
    /** The sections of the usage help that picocli reads from a bundle. */
    static final List<String> SECTIONS = List.of("headerHeading", "header", "synopsisHeading", "customSynopsis",
            "descriptionHeading", "description", "parameterListHeading", "optionListHeading", "commandListHeading",
            "footerHeading", "footer", "exitCodeListHeading", "exitCodeList", "endOfOptionsHeading");

    private HelpKeys() {
    }

    /** Every key the help may read (a key qualified by its command, and the same bare). */
    public static Set<String> all() {
        Set<String> keys = new TreeSet<>();
        for (CommandSpec spec : commands()) {
            for (String section : SECTIONS) {
                keys.addAll(candidates(spec, "usage." + section));
            }
            for (ArgSpec arg : spec.args()) {
                keys.addAll(candidates(spec, key(arg)));
            }
        }
        return keys;
    }

    /** The root command and every subcommand, as the command line builds them. */
    static List<CommandSpec> commands() {
        CommandLine cl = new CommandLine(new RootCommand(start -> 0));
        List<CommandSpec> all = new java.util.ArrayList<>();
        collect(cl, all);
        return all;
    }

    private static void collect(CommandLine cl, List<CommandSpec> into) {
        into.add(cl.getCommandSpec());
        cl.getSubcommands().values().forEach(sub -> collect(sub, into));
    }

    /** The key of an option's or a positional parameter's description, before qualifying. */
    static String key(ArgSpec arg) {
        if (!arg.descriptionKey().isEmpty()) {
            return arg.descriptionKey();
        }
        if (arg instanceof OptionSpec option) {
            return option.longestName().replaceFirst("^-+", "");
        }
        PositionalParamSpec p = (PositionalParamSpec) arg;
        return p.paramLabel() + "[" + p.index() + "]";
    }

    /** "diplotrack.list.format", then "format": picocli takes the first the bundle has. */
    static List<String> candidates(CommandSpec spec, String key) {
        return List.of(spec.qualifiedName(".") + "." + key, key);
    }
}

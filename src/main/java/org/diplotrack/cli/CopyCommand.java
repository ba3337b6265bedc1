package org.diplotrack.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.diplotrack.model.l10n.Localization;
import org.diplotrack.store.Database;
import org.diplotrack.store.RecordCopy;
import org.diplotrack.store.RecordLocation;
import org.diplotrack.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code copy FROM TO}: a whole record from a file or a server to a new file or an empty server database. */
@Command(name = "copy", mixinStandardHelpOptions = true)
final class CopyCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FROM", descriptionKey = "from",
            converter = Converters.RecordLocationConverter.class)
    RecordLocation from;

    @Parameters(index = "1", paramLabel = "TO", descriptionKey = "to",
            converter = Converters.RecordLocationConverter.class)
    RecordLocation to;

    @Override
    public Integer call() {
        if (from.equals(to)) {
            throw new StoreException(Localization.text("cli.copy.sameRecord", from));
        }
        Map<String, Integer> copied;
        try (Database source = from.openToRead(); Database target = to.openToFill()) {
            copied = RecordCopy.copy(source, target);
        }
        spec.commandLine().getOut().println(Localization.text("cli.copy.done", from, to, copied.get("contact"),
                copied.get("missions"), copied.get("change_log")));
        spec.commandLine().getOut().flush();
        return 0;
    }
}

package org.diplotrack.chart.export;

import java.nio.file.Path;
import java.util.Locale;
import org.diplotrack.model.l10n.Localization;

/** The file formats a chart is exported to, known by their file extension. */
public enum ExportFormat {
    PNG("png"),
    SVG("svg"),
    PDF("pdf");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** {@code png}, without the dot. */
    public String extension() {
        return extension;
    }

    /** "PNG image", in the language in use. */
    public String label() {
        return Localization.text("export.format." + extension);
    }

    public boolean isVector() {
        return this != PNG;
    }

    /** The format a file name asks for by its extension. */
    public static ExportFormat of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.extension.equals(ext)) {
                return f;
            }
        }
        throw new IllegalArgumentException(Localization.text("chart.error.format", ext.isEmpty() ? name : "." + ext));
    }

    /** The file name with this format's extension in place of any other. */
    public Path withExtension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot <= 0 ? name : name.substring(0, dot);
        return file.resolveSibling(base + "." + extension);
    }
}

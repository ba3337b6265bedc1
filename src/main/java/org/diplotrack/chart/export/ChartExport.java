package org.diplotrack.chart.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.DoubleConsumer;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.batik.svggen.SVGCSSStyler;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;
import org.diplotrack.chart.ChartTheme;
import org.diplotrack.chart.TimelinePainter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.diplotrack.model.l10n.Localization;

/**
 * Exports the timeline as PNG (Java2D, with its DPI in the pHYs chunk), SVG (Batik's SVG
 * generator) or PDF (PDFBox and its Graphics2D bridge, with DejaVu Sans embedded). SVG and PDF
 * are vector: text is text and markers are shapes. Every format is drawn by the same
 * {@link ChartFrame} and {@link TimelinePainter}; no JavaFX, so it runs headless.
 */
public final class ChartExport {
    /** The most contacts an export reads from the store (the painter aggregates them). */
    public static final int MAX_CONTACTS = 1_000_000;
    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    private final ExportOptions options;
    private final ChartContent content;

    public ChartExport(ExportOptions options, ChartContent content) {
        this.options = options;
        this.content = content;
    }

    public ExportOptions options() {
        return options;
    }

    private ChartTheme theme() {
        return options.dark() ? ChartTheme.DARK : ChartTheme.LIGHT;
    }

    private TimelinePainter painter() {
        TimelinePainter painter = new TimelinePainter(theme());
        painter.setLanesByPair(content.lanesByPair());
        painter.setLegendShown(options.legend());
        painter.setPalette(options.palette());
        painter.setZoomHints(false); // paper cannot be zoomed: no "zoom in to see each one"
        painter.setAsOf(content.generated());
        painter.setRepresentation(content.representation());
        return painter;
    }

    /** Draws the whole export (layout pixels) onto any Graphics2D. */
    public void draw(Graphics2D g) {
        new ChartFrame(theme()).paint(g, options.size().layoutWidth(), options.size().layoutHeight(), painter(),
                content, options);
    }

    /** The chart as the PNG would hold it: physical size × DPI pixels (or the pixels asked for). */
    public BufferedImage image() {
        return image(options.size().pixelWidth(options.dpi()), options.size().pixelHeight(options.dpi()));
    }

    /** The chart scaled into an image of the given size, e.g. a preview. */
    public BufferedImage image(int width, int height) {
        BufferedImage image = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(image.getWidth() / options.size().layoutWidth(), image.getHeight() / options.size().layoutHeight());
            draw(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Writes the file: into a temporary file beside it, then moved in place, so a failure never
     * leaves a half-written file.
     *
     * @param progress told 0 to 1 as the export goes on (may be called from this thread only)
     */
    public void write(Path target, DoubleConsumer progress) throws IOException {
        AtomicFiles.write(target, out -> {
            progress.accept(0.05);
            switch (options.format()) {
                case PNG -> writePng(out, progress);
                case SVG -> writeSvg(out, progress);
                case PDF -> writePdf(out, progress);
            }
        });
        progress.accept(1);
    }

    public void write(Path target) throws IOException {
        write(target, p -> { });
    }

    void writePng(OutputStream out, DoubleConsumer progress) throws IOException {
        BufferedImage image = image();
        progress.accept(0.5);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                    param);
            addPngMetadata(metadata);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    /** The DPI as pixels per metre in the pHYs chunk, and a title and software text chunk. */
    private void addPngMetadata(IIOMetadata metadata) throws IOException {
        String format = "javax_imageio_png_1.0";
        IIOMetadataNode root = new IIOMetadataNode(format);
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        String perMetre = String.valueOf(Math.round(options.dpi() / 0.0254));
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        root.appendChild(phys);
        IIOMetadataNode text = new IIOMetadataNode("tEXt");
        addText(text, "Software", "DiploTrack");
        root.appendChild(text);
        // Title and caption may hold any character (en dashes, Cyrillic names): UTF-8 iTXt chunks.
        IIOMetadataNode itxt = new IIOMetadataNode("iTXt");
        if (!options.title().isBlank()) {
            addInternationalText(itxt, "Title", options.title());
        }
        addInternationalText(itxt, "Description", String.join(" ", ChartFrame.caption(content)));
        root.appendChild(itxt);
        try {
            metadata.mergeTree(format, root);
        } catch (IIOInvalidTreeException e) {
            throw new IOException(Localization.text("export.png.metadata", e.getMessage()), e);
        }
    }

    private static void addInternationalText(IIOMetadataNode itxt, String key, String value) {
        IIOMetadataNode entry = new IIOMetadataNode("iTXtEntry");
        entry.setAttribute("keyword", key);
        entry.setAttribute("compressionFlag", "FALSE");
        entry.setAttribute("compressionMethod", "0");
        entry.setAttribute("languageTag", "");
        entry.setAttribute("translatedKeyword", "");
        entry.setAttribute("text", value);
        itxt.appendChild(entry);
    }

    private static void addText(IIOMetadataNode text, String key, String value) {
        IIOMetadataNode entry = new IIOMetadataNode("tEXtEntry");
        entry.setAttribute("keyword", key);
        entry.setAttribute("value", value);
        text.appendChild(entry);
    }

    void writeSvg(OutputStream out, DoubleConsumer progress) throws IOException {
        Document document;
        try {
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument(SVG_NS, "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IOException(e);
        }
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment("DiploTrack chart");
        context.setEmbeddedFontsOn(false);
        context.setPrecision(2);
        SVGGraphics2D g = new SVGGraphics2D(context, false);
        ChartSize size = options.size();
        double w = size.layoutWidth();
        double h = size.layoutHeight();
        g.setSVGCanvasSize(new Dimension((int) Math.ceil(w), (int) Math.ceil(h)));
        draw(g);
        progress.accept(0.6);
        Element root = g.getRoot();
        if (size.isPhysical()) {
            root.setAttributeNS(null, "width", fmt(size.width()) + size.unit().code());
            root.setAttributeNS(null, "height", fmt(size.height()) + size.unit().code());
        } else {
            root.setAttributeNS(null, "width", fmt(size.cssWidth()));
            root.setAttributeNS(null, "height", fmt(size.cssHeight()));
        }
        root.setAttributeNS(null, "viewBox", "0 0 " + fmt(w) + " " + fmt(h));
        if (!options.title().isBlank()) {
            Element title = document.createElementNS(SVG_NS, "title");
            title.setTextContent(options.title());
            root.insertBefore(title, root.getFirstChild());
        }
        Element desc = document.createElementNS(SVG_NS, "desc");
        desc.setTextContent(String.join(" ", ChartFrame.caption(content)));
        root.insertBefore(desc, root.getFirstChild());
        // Styles as CSS properties, as Batik's own stream() writes them; but serialised by the JDK,
        // without the SVG 1.0 DOCTYPE whose DTD an XML reader might try to fetch.
        SVGCSSStyler.style(root);
        root.setAttributeNS(null, "style", root.getAttribute("style").replace("font-family:'Dialog'",
                "font-family:sans-serif"));
        document.replaceChild(root, document.getDocumentElement());
        g.dispose();
        Writer writer = new OutputStreamWriter(new BufferedOutputStream(out, 1 << 16), StandardCharsets.UTF_8);
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.transform(new DOMSource(document), new StreamResult(writer));
        } catch (TransformerException e) {
            throw new IOException(Localization.text("export.svg.failed", e.getMessage()), e);
        }
        writer.flush();
    }

    void writePdf(OutputStream out, DoubleConsumer progress) throws IOException {
        ChartSize size = options.size();
        float w = (float) size.layoutWidth();
        float h = (float) size.layoutHeight();
        try (PDDocument document = new PDDocument(); EmbeddedFonts fonts = new EmbeddedFonts()) {
            PDPage page = new PDPage(new PDRectangle((float) size.pointWidth(), (float) size.pointHeight()));
            document.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, w, h);
            g.setFontTextDrawer(fonts);
            try {
                draw(g);
            } finally {
                g.dispose();
            }
            progress.accept(0.6);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                // Layout pixels to points: 72/96, and smaller for a chart laid out larger than its page.
                stream.transform(Matrix.getScaleInstance((float) (size.pointWidth() / w),
                        (float) (size.pointHeight() / h)));
                stream.drawForm(g.getXFormObject());
            }
            PDDocumentInformation info = document.getDocumentInformation();
            if (!options.title().isBlank()) {
                info.setTitle(options.title());
            }
            info.setSubject(String.join(" ", ChartFrame.caption(content)));
            info.setCreator("DiploTrack");
            document.save(out);
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

}

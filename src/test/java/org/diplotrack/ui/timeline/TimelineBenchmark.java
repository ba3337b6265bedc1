package org.diplotrack.ui.timeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.diplotrack.chart.SyntheticTimeline;
import org.diplotrack.chart.TimelineData;
import org.diplotrack.chart.Viewport;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.store.Database;

/**
 * Issue 4's benchmark: the time to draw one frame of the timeline at 1600×900 — the app's own
 * {@link TimelineCanvas} on a JavaFX canvas, rendered by the software pipeline (each frame ends
 * with a snapshot, so rasterising is counted, not just recording) — for 1k to 1M generated
 * contacts over 40 years and 200 pairs, whole range and a one-year zoom; in the same run a
 * JavaFX {@code ScatterChart} of 1k and 10k points zoomed the same way, the obvious alternative.
 * With a database file, also the time to load its contacts into the timeline and the heap they
 * take.
 *
 * <p>Run with {@code src/tools/timeline-benchmark.sh [DB]} (see the README).
 */
public final class TimelineBenchmark {
    private static final int WIDTH = 1600;
    private static final int HEIGHT = 900;
    private static final int WARM_UP = 15;
    private static final int FRAMES = 60;

    private TimelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Platform.startup(() -> { });
        Platform.setImplicitExit(false); // each measurement closes its window
        int status = 0;
        try {
            run(args);
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        Platform.exit();
        System.exit(status); // the headless glass keeps threads alive
    }

    private static void run(String[] args) throws Exception {
        System.out.printf("one frame at %dx%d, %s rendering, median and p95 of %d frames after %d warm-up%n",
                WIDTH, HEIGHT, System.getProperty("prism.order", "default"), FRAMES, WARM_UP);
        System.out.printf("%-34s %10s %10s %14s%n", "", "median ms", "p95 ms", "FX thread ms");
        boolean loadOnly = args.length > 1 && args[1].equals("--load-only");
        double[] floor = loadOnly ? null : onFx(TimelineBenchmark::emptyCanvasFrames);
        if (!loadOnly) {
            row("empty canvas (floor of any frame)", floor);
        }
        for (int n : loadOnly ? new int[0] : new int[] {1_000, 10_000, 100_000, 1_000_000}) {
            TimelineData data = SyntheticTimeline.of(n, 42);
            double[] whole = onFx(() -> timelineFrames(data, false));
            double[] year = onFx(() -> timelineFrames(data, true));
            TimelineData other = SyntheticTimeline.of(n, 43);
            double ourNewData = onFx(() -> timelineNewData(data, other));
            row(String.format("DiploTrack %,d, whole range", n), whole);
            row(String.format("DiploTrack %,d, one-year zoom", n), year);
            if (n <= 10_000) {
                TimelineData same = data;
                double[] scatter = onFx(() -> scatterFrames(same));
                row(String.format("ScatterChart %,d, zoomed", n), scatter);
                double scatterNewData = onFx(() -> scatterNewData(same, other));
                System.out.printf("  ratio ScatterChart / DiploTrack, draw %,d points (new data to first frame): "
                        + "%.0fx (%.1f ms against %.1f ms)%n", n, scatterNewData / ourNewData, ourNewData,
                        scatterNewData);
                System.out.printf("  ratio ScatterChart / DiploTrack, zoom frame: %.1fx, FX thread %.1fx "
                        + "(no canvas frame can beat %.0fx: ScatterChart frame / empty canvas frame)%n",
                        scatter[0] / whole[0], scatter[2] / whole[2], scatter[0] / floor[0]);
            } else {
                System.out.printf("  new data to first frame: DiploTrack %.1f ms%n", ourNewData);
            }
        }
        if (args.length > 0) {
            load(Path.of(args[0]));
        }
    }

    /** Frames of the app's canvas; each frame changes the view a little, as a pan does. */
    private static double[] timelineFrames(TimelineData data, boolean oneYear) {
        TimelineCanvas canvas = new TimelineCanvas();
        Stage stage = stage(new StackPane(canvas));
        canvas.setActive(true);
        canvas.setLanesByPair(true);
        canvas.setData(data);
        Viewport all = Viewport.fit(data);
        double span = oneYear ? 365.25 : all.span();
        double start = oneYear ? all.startDay() + all.span() / 2 : all.startDay();
        long[] times = new long[WARM_UP + FRAMES];
        long[] painting = new long[WARM_UP + FRAMES];
        for (int f = 0; f < times.length; f++) {
            double shift = (f % 2) * span / 200;
            long t0 = System.nanoTime();
            canvas.setViewport(new Viewport(start + shift, start + shift + span));
            painting[f] = System.nanoTime() - t0;
            canvas.canvas().snapshot(null, null);
            times[f] = System.nanoTime() - t0;
        }
        stage.close();
        double[] frame = stats(times);
        double[] paint = stats(painting);
        return new double[] {frame[0], frame[1], paint[0]};
    }

    /**
     * The least a canvas frame costs here: fill 1600×900 with one colour and take the snapshot.
     * No timeline frame can be cheaper; it bounds every ratio against a frame of another chart.
     */
    private static double[] emptyCanvasFrames() {
        javafx.scene.canvas.Canvas canvas = new javafx.scene.canvas.Canvas(WIDTH, HEIGHT);
        Stage stage = stage(new StackPane(canvas));
        long[] times = new long[WARM_UP + FRAMES];
        for (int f = 0; f < times.length; f++) {
            long t0 = System.nanoTime();
            canvas.getGraphicsContext2D().setFill(f % 2 == 0 ? javafx.scene.paint.Color.WHITE
                    : javafx.scene.paint.Color.WHITESMOKE);
            canvas.getGraphicsContext2D().fillRect(0, 0, WIDTH, HEIGHT);
            canvas.snapshot(null, null);
            times[f] = System.nanoTime() - t0;
        }
        stage.close();
        return stats(times);
    }

    /** The same frames drawn by a ScatterChart: one node per contact, x = day, y = pair. */
    private static double[] scatterFrames(TimelineData data) {
        Viewport all = Viewport.fit(data);
        NumberAxis x = new NumberAxis(all.startDay(), all.endDay(), all.span() / 10);
        x.setMinorTickCount(0);
        NumberAxis y = new NumberAxis(0, SyntheticTimeline.PAIRS, 10);
        x.setAutoRanging(false);
        ScatterChart<Number, Number> chart = new ScatterChart<>(x, y);
        chart.setAnimated(false);
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        java.util.Map<String, Integer> pairIndex = new java.util.HashMap<>();
        for (int i = 0; i < data.size(); i++) {
            int p = pairIndex.computeIfAbsent(data.pair(i), k -> pairIndex.size());
            series.getData().add(new XYChart.Data<>(data.startDay(i), p));
        }
        chart.getData().add(series);
        Stage stage = stage(new StackPane(chart));
        long[] times = new long[WARM_UP + FRAMES];
        long[] layout = new long[WARM_UP + FRAMES];
        for (int f = 0; f < times.length; f++) {
            double shift = (f % 2) * all.span() / 200;
            long t0 = System.nanoTime();
            x.setLowerBound(all.startDay() + shift);
            x.setUpperBound(all.endDay() + shift);
            chart.layout();
            layout[f] = System.nanoTime() - t0;
            chart.snapshot(null, null);
            times[f] = System.nanoTime() - t0;
        }
        stage.close();
        double[] frame = stats(times);
        return new double[] {frame[0], frame[1], stats(layout)[0]};
    }

    /** Median time from new data (another pair, new filters) to its first frame rendered. */
    private static double timelineNewData(TimelineData a, TimelineData b) {
        TimelineCanvas canvas = new TimelineCanvas();
        Stage stage = stage(new StackPane(canvas));
        canvas.setActive(true);
        canvas.setLanesByPair(true);
        long[] times = new long[7];
        for (int run = 0; run < times.length; run++) {
            long t0 = System.nanoTime();
            canvas.setData(run % 2 == 0 ? a : b);
            canvas.canvas().snapshot(null, null);
            times[run] = System.nanoTime() - t0;
        }
        stage.close();
        return medianAfterFirst(times);
    }

    private static double scatterNewData(TimelineData a, TimelineData b) {
        NumberAxis x = new NumberAxis();
        NumberAxis y = new NumberAxis(0, SyntheticTimeline.PAIRS, 10);
        ScatterChart<Number, Number> chart = new ScatterChart<>(x, y);
        chart.setAnimated(false);
        Stage stage = stage(new StackPane(chart));
        long[] times = new long[7];
        for (int run = 0; run < times.length; run++) {
            TimelineData data = run % 2 == 0 ? a : b;
            long t0 = System.nanoTime();
            Viewport all = Viewport.fit(data);
            x.setAutoRanging(false);
            x.setLowerBound(all.startDay());
            x.setUpperBound(all.endDay());
            x.setTickUnit(all.span() / 10);
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            java.util.Map<String, Integer> pairIndex = new java.util.HashMap<>();
            for (int i = 0; i < data.size(); i++) {
                int p = pairIndex.computeIfAbsent(data.pair(i), k -> pairIndex.size());
                series.getData().add(new XYChart.Data<>(data.startDay(i), p));
            }
            chart.getData().setAll(List.of(series));
            chart.applyCss();
            chart.layout();
            chart.snapshot(null, null);
            times[run] = System.nanoTime() - t0;
        }
        stage.close();
        return medianAfterFirst(times);
    }

    private static double medianAfterFirst(long[] nanos) {
        long[] measured = Arrays.copyOfRange(nanos, 1, nanos.length);
        Arrays.sort(measured);
        return measured[measured.length / 2] / 1e6;
    }

    /** Loading a database's contacts into the timeline, as the window does for "All pairs". */
    private static void load(Path file) throws Exception {
        System.out.printf("%nloading %s (%,d MB) into the timeline%n", file, Files.size(file) >> 20);
        try (Database db = Database.open(file, List::of)) {
            System.out.printf("load from SQLite, median of 3: %,.0f ms%n", medianLoad(db, file));

            // The heap the timeline keeps: its data plus what the painter prepares once (lanes,
            // index, ceiling), measured after a frame of "All pairs".
            long before = usedHeap();
            TimelineData data = TimelineData.of(db.contacts().marks(ContactFilter.ALL,
                    org.diplotrack.ui.ContactsPageViewModel.TIMELINE_LIMIT));
            org.diplotrack.chart.TimelinePainter painter =
                    new org.diplotrack.chart.TimelinePainter(org.diplotrack.chart.ChartTheme.LIGHT);
            painter.setLanesByPair(true);
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(WIDTH, HEIGHT,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = image.createGraphics();
            painter.paint(g, WIDTH, HEIGHT, data, Viewport.fit(data), 0);
            g.dispose();
            image = null;
            long after = usedHeap();
            System.out.printf("%,d contacts: heap held by the timeline's data and painter %,d MB%n", data.size(),
                    (after - before) >> 20);
            java.lang.ref.Reference.reachabilityFence(data);
            java.lang.ref.Reference.reachabilityFence(painter);
        }
    }

    /** In a method of its own, so that none of the loaded copies is still live when the heap is measured. */
    private static double medianLoad(Database db, Path file) throws Exception {
        long[] times = new long[3];
        for (int run = 0; run < times.length; run++) {
            long t0 = System.nanoTime();
            TimelineData data = TimelineData.of(db.contacts().marks(ContactFilter.ALL,
                    org.diplotrack.ui.ContactsPageViewModel.TIMELINE_LIMIT));
            times[run] = System.nanoTime() - t0;
            if (data.isEmpty()) {
                throw new IllegalStateException("no contacts in " + file);
            }
        }
        Arrays.sort(times);
        return times[1] / 1e6;
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static Stage stage(javafx.scene.Parent root) {
        Stage stage = new Stage();
        stage.setScene(new Scene(root, WIDTH, HEIGHT));
        stage.show();
        root.applyCss();
        root.layout();
        return stage;
    }

    private static double[] stats(long[] nanos) {
        long[] measured = Arrays.copyOfRange(nanos, WARM_UP, nanos.length);
        Arrays.sort(measured);
        return new double[] {measured[measured.length / 2] / 1e6,
                measured[(int) Math.ceil(measured.length * 0.95) - 1] / 1e6};
    }

    private static void row(String label, double[] medianAndP95) {
        System.out.printf("%-34s %10.2f %10.2f %14s%n", label, medianAndP95[0], medianAndP95[1],
                medianAndP95.length > 2 ? String.format("%.2f", medianAndP95[2]) : "");
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }
}

package org.diplotrack.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** The window tests' pictures, left in {@code target/screenshots/} to be looked at. */
public final class Screenshots {
    private static final Path FOLDER = Path.of("target", "screenshots");

    private Screenshots() {
    }

    /** Saves the scene as {@code target/screenshots/NAME.png}. */
    public static void save(Scene scene, String name) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png",
                Files.createDirectories(FOLDER).resolve(name + ".png").toFile());
    }
}

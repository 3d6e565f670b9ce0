package org.selfeval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class AppIconsTest {

    @Test
    void everySizeIsASquarePngOfThatSize() throws IOException {
        for (int size : AppIcons.SIZES) {
            try (InputStream in = AppIcons.class.getResourceAsStream(AppIcons.resource(size))) {
                assertNotNull(in, "missing " + AppIcons.resource(size));
                BufferedImage image = ImageIO.read(in);
                assertEquals(size, image.getWidth(), AppIcons.resource(size));
                assertEquals(size, image.getHeight(), AppIcons.resource(size));
                assertTrue(image.getColorModel().hasAlpha(), "icon needs transparency: " + size);
            }
        }
    }

    @Test
    void theSmallestIconStillShowsTheRedSeal() throws IOException {
        // 16 px comes from the simplified drawing: its lower right quarter is mostly the red seal.
        try (InputStream in = AppIcons.class.getResourceAsStream(AppIcons.resource(16))) {
            BufferedImage image = ImageIO.read(in);
            int red = 0;
            for (int y = 8; y < 16; y++) {
                for (int x = 8; x < 16; x++) {
                    int argb = image.getRGB(x, y);
                    int r = (argb >> 16) & 0xff;
                    int g = (argb >> 8) & 0xff;
                    if ((argb >>> 24) > 200 && r > 150 && g < 80) {
                        red++;
                    }
                }
            }
            assertTrue(red >= 20, "red pixels in the seal quarter: " + red);
        }
    }
}

package vn.danvan;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Small real pictures for uploads: the file store walks a JPEG or PNG to its end, so a few magic bytes no longer pass. */
public final class TestImages {

    private TestImages() {}

    /** A 16 × 12 PNG. */
    public static byte[] png() {
        return encode("png");
    }

    /** A 16 × 12 baseline JPEG. */
    public static byte[] jpeg() {
        return encode("jpg");
    }

    /**
     * The JPEG with an EXIF block right after its start, as a phone writes one: a big-endian TIFF whose only entry
     * is an ImageDescription holding {@code text} (where a phone would put the GPS position and the owner's name).
     */
    public static byte[] withExif(byte[] jpeg, String text) {
        byte[] words = (text + "\0").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var tiff = java.nio.ByteBuffer.allocate(8 + 2 + 12 + 4 + words.length);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8).putShort((short) 1);
        tiff.putShort((short) 0x010E).putShort((short) 2).putInt(words.length).putInt(8 + 2 + 12 + 4);
        tiff.putInt(0).put(words);
        byte[] body = tiff.array();
        int length = 2 + 6 + body.length;
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
        out.writeBytes(new byte[] {'E', 'x', 'i', 'f', 0, 0});
        out.writeBytes(body);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A picture of {@code width × height} with a colour gradient, so that its pixels can be compared after a change. */
    public static BufferedImage picture(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, new Color((x * 13) % 256, (y * 29) % 256, ((x + y) * 7) % 256).getRGB());
            }
        }
        return image;
    }

    private static byte[] encode(String format) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(picture(16, 12), format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

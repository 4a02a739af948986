package vn.danvan.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Test;
import vn.danvan.TestImages;

class ImageMetadataTests {

    static final String ARTIST = "Nguyen Van Tocao";
    static final String PLACE = "GPS 16.4637N 107.5909E";

    @Test
    void aPhonesJpegLosesItsPositionAuthorCommentsAndAppendedImagesButKeepsEveryPixelAndItsOrientation()
            throws Exception {
        byte[] plain = TestImages.jpeg();
        byte[] fromPhone = concat(
                Arrays.copyOf(plain, 2), // SOI
                segment(0xE1, concat(ascii("Exif\0\0"), tiffWithOrientation(6, ARTIST + " " + PLACE))),
                segment(0xE1, ascii("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>" + ARTIST + "</x:xmpmeta>")),
                segment(0xE2, ascii("MPF\0" + PLACE)),
                segment(0xED, ascii("Photoshop 3.0\0" + ARTIST)),
                segment(0xFE, ascii("chup tai nha " + PLACE)),
                Arrays.copyOfRange(plain, 2, plain.length),
                plain, // a second image appended after the end, as phones do for depth maps and thumbnails
                ascii(PLACE));

        byte[] stripped = stripJpeg(fromPhone);

        String text = new String(stripped, StandardCharsets.ISO_8859_1);
        assertThat(text)
                .doesNotContain(ARTIST)
                .doesNotContain(PLACE)
                .doesNotContain("xmpmeta")
                .doesNotContain("MPF");
        assertThat(pixels(ImageIO.read(new ByteArrayInputStream(stripped))))
                .isEqualTo(pixels(ImageIO.read(new ByteArrayInputStream(plain))));
        int exif = text.indexOf("Exif\0\0");
        assertThat(exif).as("the orientation is written back").isPositive();
        assertThat(ImageMetadata.orientationOf(Arrays.copyOfRange(stripped, exif, stripped.length), 6))
                .isEqualTo(6);
        assertThat(stripped.length).isLessThan(plain.length + 64);
    }

    @Test
    void aJpegWithoutMetadataComesOutByteForByteTheSame() throws Exception {
        byte[] plain = TestImages.jpeg(); // JFIF, tables, frame, one scan
        assertThat(stripJpeg(plain)).isEqualTo(plain);
    }

    @Test
    void aProgressiveJpegKeepsEveryScan() throws Exception {
        byte[] progressive = progressiveJpeg(TestImages.picture(64, 48));
        byte[] tagged = concat(
                Arrays.copyOf(progressive, 2),
                segment(0xFE, ascii(ARTIST)),
                Arrays.copyOfRange(progressive, 2, progressive.length));

        byte[] stripped = stripJpeg(tagged);

        assertThat(new String(stripped, StandardCharsets.ISO_8859_1)).doesNotContain(ARTIST);
        assertThat(pixels(ImageIO.read(new ByteArrayInputStream(stripped))))
                .isEqualTo(pixels(ImageIO.read(new ByteArrayInputStream(progressive))));
    }

    @Test
    void aPngLosesItsTextTimeAndExifChunksAndWhatFollowsItsEnd() throws Exception {
        byte[] plain = TestImages.png();
        int afterHeader = 8 + 12 + 13; // signature, IHDR
        byte[] tagged = concat(
                Arrays.copyOf(plain, afterHeader),
                chunk("tEXt", ascii("Author\0" + ARTIST)),
                chunk("iTXt", ascii("Comment\0\0\0\0\0" + PLACE)),
                chunk("eXIf", concat(ascii("MM\0*"), ascii(PLACE))),
                chunk("tIME", new byte[] {7, (byte) 0xEA, 11, 30, 12, 0, 0}),
                Arrays.copyOfRange(plain, afterHeader, plain.length),
                ascii(PLACE));

        var out = new ByteArrayOutputStream();
        ImageMetadata.stripPng(new ByteArrayInputStream(tagged), out);

        assertThat(out.toByteArray()).isEqualTo(plain);
    }

    @Test
    void aFileThatOnlyStartsLikeAPictureIsRefused() {
        byte[] fakeJpeg = new byte[2048];
        fakeJpeg[0] = (byte) 0xFF;
        fakeJpeg[1] = (byte) 0xD8;
        fakeJpeg[2] = (byte) 0xFF;
        byte[] plain = TestImages.jpeg();
        byte[] cut = Arrays.copyOf(plain, plain.length - 40);
        byte[] fakePng = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] png = TestImages.png();
        byte[] pngCut = Arrays.copyOf(png, png.length - 12); // without IEND

        assertThatThrownBy(() -> stripJpeg(fakeJpeg)).isInstanceOf(ImageMetadata.Damaged.class);
        assertThatThrownBy(() -> stripJpeg(cut)).isInstanceOf(ImageMetadata.Damaged.class);
        assertThatThrownBy(() -> ImageMetadata.stripPng(new ByteArrayInputStream(fakePng), new ByteArrayOutputStream()))
                .isInstanceOf(ImageMetadata.Damaged.class);
        assertThatThrownBy(() -> ImageMetadata.stripPng(new ByteArrayInputStream(pngCut), new ByteArrayOutputStream()))
                .isInstanceOf(ImageMetadata.Damaged.class);
    }

    static byte[] stripJpeg(byte[] jpeg) throws IOException, ImageMetadata.Damaged {
        var out = new ByteArrayOutputStream();
        ImageMetadata.stripJpeg(new ByteArrayInputStream(jpeg), out);
        return out.toByteArray();
    }

    /** A little-endian TIFF block: IFD0 with the orientation and an Artist string after it. */
    static byte[] tiffWithOrientation(int orientation, String artist) {
        byte[] words = ascii(artist + "\0");
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 24 + 4 + words.length).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) orientation)
                .putShort((short) 0);
        tiff.putShort((short) 0x013B).putShort((short) 2).putInt(words.length).putInt(8 + 2 + 24 + 4);
        tiff.putInt(0);
        tiff.put(words);
        return tiff.array();
    }

    static byte[] segment(int marker, byte[] body) {
        return concat(
                new byte[] {(byte) 0xFF, (byte) marker, (byte) ((body.length + 2) >> 8), (byte) (body.length + 2)},
                body);
    }

    static byte[] chunk(String type, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put(ascii(type)).put(data);
        var crc = new CRC32();
        crc.update(ascii(type));
        crc.update(data);
        chunk.putInt((int) crc.getValue());
        return chunk.array();
    }

    static byte[] progressiveJpeg(BufferedImage image) throws IOException {
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var param = writer.getDefaultWriteParam();
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        var bytes = new ByteArrayOutputStream();
        try (var out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        }
        writer.dispose();
        return bytes.toByteArray();
    }

    static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}

package vn.danvan.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * Takes out of a JPEG or PNG what could name or place the person who took it — EXIF (GPS position, camera serial,
 * owner's name, dates), XMP, IPTC/Photoshop blocks, comments, PNG text chunks, and the thumbnails and second images
 * some phones append after the picture — without decoding or re-encoding the picture itself, so nothing of the image
 * is lost. A denouncer's photo would otherwise carry the place it was taken (often their home) to every officer who
 * opens the case, whatever the seal on their identity and however coarsely the map places the case
 * (docs/security.md, "Uploaded files").
 *
 * <p>Kept: what the picture needs to look the same — JFIF, the ICC colour profile, Adobe's colour transform, the
 * tables, frames and scans; and a JPEG's orientation, written back as the only tag of a new EXIF block, so a phone's
 * portrait photo does not turn on its side. A file that cannot be walked to its end as its format says is refused
 * ({@link Damaged}). Both walks stream: a file is never held in memory whole.
 */
public final class ImageMetadata {

    /** A JPEG or PNG whose structure does not hold together. */
    public static final class Damaged extends Exception {
        Damaged(String why) {
            super(why, null, false, false);
        }
    }

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
    /** PNG chunks that carry words or dates rather than the picture (PNG 1.2 §4.2.3; eXIf, PNG 3rd edition). */
    private static final Set<String> PNG_DROPPED = Set.of("tEXt", "zTXt", "iTXt", "eXIf", "tIME");

    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int APP0 = 0xE0;
    private static final int APP1 = 0xE1;
    private static final int APP2 = 0xE2;
    private static final int APP14 = 0xEE;
    private static final int APP15 = 0xEF;
    private static final int COM = 0xFE;
    private static final int ORIENTATION_TAG = 0x0112;

    private ImageMetadata() {}

    /** Copies the JPEG without its metadata, its orientation kept, and stops at its end of image. */
    public static void stripJpeg(InputStream in, OutputStream out) throws IOException, Damaged {
        if (read(in) != 0xFF || read(in) != SOI) {
            throw new Damaged("no start of image");
        }
        out.write(0xFF);
        out.write(SOI);
        int orientation = 1;
        boolean frameSeen = false;
        int marker = nextMarker(in);
        while (marker != EOI) {
            if (marker == SOI || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                throw new Damaged("unexpected marker " + marker);
            }
            int length = (read(in) << 8) | read(in);
            if (length < 2) {
                throw new Damaged("segment length " + length);
            }
            byte[] body = in.readNBytes(length - 2);
            if (body.length != length - 2) {
                throw new Damaged("truncated segment");
            }
            if (marker == APP1 && !frameSeen && startsWith(body, "Exif\0\0")) {
                orientation = orientationOf(body, 6);
            }
            if (keep(marker, body)) {
                if (!frameSeen && marker != APP0 && !(marker == APP14 || marker == APP2)) {
                    frameSeen = true; // the first table or frame: the metadata blocks are behind us
                    if (orientation != 1) {
                        writeOrientation(out, orientation);
                    }
                }
                out.write(0xFF);
                out.write(marker);
                out.write(length >> 8);
                out.write(length & 0xFF);
                out.write(body);
            }
            marker = marker == SOS ? copyScan(in, out) : nextMarker(in);
        }
        out.write(0xFF);
        out.write(EOI); // whatever follows the end of the image (appended images and their EXIF) is left out
    }

    /** Copies the PNG without its text, time and EXIF chunks, and stops after its end chunk. */
    public static void stripPng(InputStream in, OutputStream out) throws IOException, Damaged {
        byte[] signature = in.readNBytes(PNG_SIGNATURE.length);
        if (!Arrays.equals(signature, PNG_SIGNATURE)) {
            throw new Damaged("no PNG signature");
        }
        out.write(signature);
        boolean first = true;
        byte[] buffer = new byte[64 * 1024];
        while (true) {
            byte[] header = in.readNBytes(8);
            if (header.length != 8) {
                throw new Damaged("truncated chunk");
            }
            long length = ((long) u16(header, 0) << 16) | u16(header, 2);
            String type = new String(header, 4, 4, StandardCharsets.ISO_8859_1);
            if (length > Integer.MAX_VALUE || !type.chars().allMatch(c -> c < 128 && Character.isLetter(c))) {
                throw new Damaged("not a chunk");
            }
            if (first != type.equals("IHDR")) {
                throw new Damaged("IHDR must come first, once");
            }
            first = false;
            boolean kept = !PNG_DROPPED.contains(type);
            if (kept) {
                out.write(header);
            }
            long left = length + 4; // the data and its CRC
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new Damaged("truncated chunk " + type);
                }
                if (kept) {
                    out.write(buffer, 0, n);
                }
                left -= n;
            }
            if (type.equals("IEND")) {
                return;
            }
        }
    }

    private static boolean keep(int marker, byte[] body) {
        if (marker == APP0 || marker == APP14) {
            return true; // JFIF; Adobe's colour transform, without which CMYK and YCCK pictures show wrong colours
        }
        if (marker == APP2) {
            return startsWith(body, "ICC_PROFILE\0"); // the colour profile; not MPF (appended images) or FlashPix
        }
        return !(marker >= APP0 && marker <= APP15) && marker != COM;
    }

    /** Copies a scan's entropy-coded data and answers the marker that ends it. */
    private static int copyScan(InputStream in, OutputStream out) throws IOException, Damaged {
        while (true) {
            int b = read(in);
            if (b != 0xFF) {
                out.write(b);
                continue;
            }
            int next = read(in);
            while (next == 0xFF) {
                next = read(in); // fill bytes before a marker
            }
            if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
                out.write(0xFF); // a stuffed zero or a restart marker: still the scan
                out.write(next);
                continue;
            }
            return next;
        }
    }

    private static int nextMarker(InputStream in) throws IOException, Damaged {
        if (read(in) != 0xFF) {
            throw new Damaged("marker expected");
        }
        int marker = read(in);
        while (marker == 0xFF) {
            marker = read(in);
        }
        return marker;
    }

    private static void writeOrientation(OutputStream out, int orientation) throws IOException {
        out.write(new byte[] {
            (byte) 0xFF,
            (byte) APP1,
            0,
            34, // marker, length
            'E',
            'x',
            'i',
            'f',
            0,
            0, // EXIF identifier
            'M',
            'M',
            0,
            42,
            0,
            0,
            0,
            8, // TIFF header, big-endian, IFD0 at 8
            0,
            1, // one entry
            0x01,
            0x12,
            0,
            3,
            0,
            0,
            0,
            1,
            0,
            (byte) orientation,
            0,
            0, // Orientation, SHORT, one value
            0,
            0,
            0,
            0 // no next IFD
        });
    }

    /** The EXIF orientation (1–8), or 1 when absent or unreadable: the block is dropped either way. */
    static int orientationOf(byte[] b, int tiff) {
        if (tiff + 8 > b.length) {
            return 1;
        }
        boolean little;
        if (b[tiff] == 'I' && b[tiff + 1] == 'I') {
            little = true;
        } else if (b[tiff] == 'M' && b[tiff + 1] == 'M') {
            little = false;
        } else {
            return 1;
        }
        long ifd = read32(b, tiff + 4, little);
        if (ifd < 8 || tiff + ifd + 2 > b.length) {
            return 1;
        }
        int entries = read16(b, tiff + (int) ifd, little);
        for (int i = 0; i < entries; i++) {
            int entry = tiff + (int) ifd + 2 + 12 * i;
            if (entry + 12 > b.length) {
                return 1;
            }
            if (read16(b, entry, little) == ORIENTATION_TAG && read16(b, entry + 2, little) == 3) {
                int value = read16(b, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int read(InputStream in) throws IOException, Damaged {
        int b = in.read();
        if (b < 0) {
            throw new Damaged("unexpected end of file");
        }
        return b;
    }

    private static boolean startsWith(byte[] b, String prefix) {
        byte[] wanted = prefix.getBytes(StandardCharsets.ISO_8859_1);
        return b.length >= wanted.length && Arrays.equals(b, 0, wanted.length, wanted, 0, wanted.length);
    }

    private static int u8(byte[] b, int i) {
        return b[i] & 0xFF;
    }

    private static int u16(byte[] b, int i) {
        return (u8(b, i) << 8) | u8(b, i + 1);
    }

    private static int read16(byte[] b, int i, boolean little) {
        return little ? (u8(b, i + 1) << 8) | u8(b, i) : u16(b, i);
    }

    private static long read32(byte[] b, int i, boolean little) {
        return little
                ? ((long) read16(b, i + 2, true) << 16) | read16(b, i, true)
                : ((long) u16(b, i) << 16) | u16(b, i + 2);
    }
}

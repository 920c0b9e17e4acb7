package org.ehcpqa.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Zip bombs dressed as Word documents, written byte by byte so that a few MB of test data can stand
 * for gigabytes without the test having to deflate gigabytes. Deflating a run of zeros after a sync
 * flush always yields the same bytes, so one compressed mebibyte is written over and over.
 */
final class ZipBombs {

    private static final int MIB = 1 << 20;

    private ZipBombs() {
    }

    /** A DOCX whose word/document.xml honestly declares {@code mebibytes} MiB of zeros. */
    static byte[] docxDeclaring(int mebibytes) {
        return docx(mebibytes, (long) mebibytes * MIB);
    }

    /** A DOCX whose word/document.xml claims to be small but inflates to {@code mebibytes} MiB. */
    static byte[] docxLyingAboutSize(int mebibytes) {
        return docx(mebibytes, 20_000);
    }

    private static byte[] docx(int mebibytes, long declaredSize) {
        RawZip zip = new RawZip();
        zip.add("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/word/document.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
        zip.add("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                Target="word/document.xml"/></Relationships>""");
        byte[][] zeros = deflatedZeros();
        ByteArrayOutputStream data = new ByteArrayOutputStream(mebibytes * zeros[1].length + 64);
        data.writeBytes(zeros[0]);
        for (int i = 1; i < mebibytes; i++) {
            data.writeBytes(zeros[1]);
        }
        data.writeBytes(zeros[2]);
        CRC32 crc = new CRC32();
        byte[] mebibyte = new byte[MIB];
        for (int i = 0; i < mebibytes; i++) {
            crc.update(mebibyte);
        }
        zip.addRaw("word/document.xml", data.toByteArray(), crc.getValue(), declaredSize);
        return zip.finish();
    }

    /** The first mebibyte, every later one, and the closing block, each as raw deflate bytes. */
    private static byte[][] deflatedZeros() {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        byte[] mebibyte = new byte[MIB];
        byte[] first = syncFlushed(deflater, mebibyte);
        byte[] next = syncFlushed(deflater, mebibyte);
        if (!Arrays.equals(next, syncFlushed(deflater, mebibyte))) {
            throw new IllegalStateException("deflate output of repeated zeros is not stable");
        }
        deflater.finish();
        byte[] end = drain(deflater, Deflater.NO_FLUSH);
        deflater.end();
        return new byte[][] {first, next, end};
    }

    private static byte[] syncFlushed(Deflater deflater, byte[] input) {
        deflater.setInput(input);
        return drain(deflater, Deflater.SYNC_FLUSH);
    }

    private static byte[] drain(Deflater deflater, int flush) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, flush);
            out.write(buffer, 0, n);
        } while (n == buffer.length || (flush == Deflater.NO_FLUSH && !deflater.finished()));
        return out.toByteArray();
    }

    /** Just enough of the ZIP format (no ZIP64, no data descriptors) for DEFLATE entries. */
    private static final class RawZip {
        private record Entry(String name, long crc, long compressedSize, long declaredSize, long offset) {
        }

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final List<Entry> entries = new ArrayList<>();

        void add(String name, String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            deflater.setInput(bytes);
            deflater.finish();
            byte[] data = drain(deflater, Deflater.NO_FLUSH);
            deflater.end();
            CRC32 crc = new CRC32();
            crc.update(bytes);
            addRaw(name, data, crc.getValue(), bytes.length);
        }

        void addRaw(String name, byte[] deflated, long crc, long declaredSize) {
            byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
            Entry entry = new Entry(name, crc, deflated.length, declaredSize, out.size());
            ByteBuffer header = little(30 + nameBytes.length);
            header.putInt(0x04034b50).putShort((short) 20).putShort((short) 0).putShort((short) 8)
                    .putShort((short) 0).putShort((short) 0x21)
                    .putInt((int) crc).putInt(deflated.length).putInt((int) declaredSize)
                    .putShort((short) nameBytes.length).putShort((short) 0).put(nameBytes);
            out.writeBytes(header.array());
            out.writeBytes(deflated);
            entries.add(entry);
        }

        byte[] finish() {
            long directoryOffset = out.size();
            for (Entry entry : entries) {
                byte[] nameBytes = entry.name().getBytes(StandardCharsets.UTF_8);
                ByteBuffer central = little(46 + nameBytes.length);
                central.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0)
                        .putShort((short) 8).putShort((short) 0).putShort((short) 0x21)
                        .putInt((int) entry.crc()).putInt((int) entry.compressedSize()).putInt((int) entry.declaredSize())
                        .putShort((short) nameBytes.length).putShort((short) 0).putShort((short) 0)
                        .putShort((short) 0).putShort((short) 0).putInt(0).putInt((int) entry.offset()).put(nameBytes);
                out.writeBytes(central.array());
            }
            long directorySize = out.size() - directoryOffset;
            ByteBuffer end = little(22);
            end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0)
                    .putShort((short) entries.size()).putShort((short) entries.size())
                    .putInt((int) directorySize).putInt((int) directoryOffset).putShort((short) 0);
            out.writeBytes(end.array());
            return out.toByteArray();
        }

        private static ByteBuffer little(int size) {
            return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        }
    }
}

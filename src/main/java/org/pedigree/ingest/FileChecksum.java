package org.pedigree.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.pedigree.model.Sha256;

/**
 * The checks {@link RecordReaders#read(RecordSource)} makes on a whole source — not empty, UTF-8 —
 * made on a file as a stream, with the same messages, together with its SHA-256 (which record
 * metadata keeps), so a file too big to hold in memory is read once for them.
 */
final class FileChecksum {
    private FileChecksum() {}

    /**
     * Reads the file once to check that it holds text in UTF-8, and returns its SHA-256.
     *
     * @throws InputProblem when it is empty or not UTF-8
     */
    static String of(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = Sha256.digest();
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
            CharBuffer chars = CharBuffer.allocate(1 << 16);
            long offset = 0;
            boolean blank = true;
            boolean end = false;
            while (!end) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = n < 0;
                if (n > 0) {
                    sha.update(bytes.array(), bytes.position(), n);
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, end);
                if (result.isError()) {
                    throw new InputProblem(file + ": is not UTF-8 (the first bad byte is at offset " + (offset + bytes.position())
                            + ") — save the file as UTF-8.");
                }
                chars.flip();
                while (blank && chars.hasRemaining()) {
                    blank = Character.isWhitespace(chars.get());
                }
                chars.clear();
                offset += bytes.position();
                bytes.compact();
            }
            if (blank) {
                throw new InputProblem(file + ": is empty — a record file describes at least one model or dataset.");
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new InputProblem(file + ": cannot be read — " + e.getMessage());
        }
    }
}

package org.pedigree.ingest;

import java.io.BufferedInputStream;
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
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.pedigree.model.InstanceIris;

/**
 * Reads the records of a TriG or N-Quads file too big to hold in memory as a stream: the parser's
 * quads are grouped by named graph and each record is given on as soon as its graph ends, so only
 * one record is in memory at a time. The checks and messages are those of {@link RdfRecordReader}
 * (empty, not UTF-8, syntax with line and column, triples outside the record graphs, graphs that
 * are not records), reported in the same order: a syntax error anywhere in the file comes first.
 * One more rule: each record's triples must be together in the file (as dumps and generators
 * write them); a record graph that comes back after another one is refused.
 */
final class QuadStreamReader {
    private final RdfRecordReader rdf;
    private final InstanceIris iris;

    QuadStreamReader(RdfRecordReader rdf, InstanceIris iris) {
        this.rdf = rdf;
        this.iris = iris;
    }

    /**
     * Reads the file once to check that it holds text in UTF-8, and returns its SHA-256.
     *
     * @throws InputProblem when it is empty or not UTF-8
     */
    static String checksum(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
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
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Gives every record of {@code file} to {@code each}, in file order; {@code sha256} is the file's checksum. */
    void read(Path file, String sha256, Consumer<IncomingRecord> each) {
        Grouping grouping = new Grouping(file.toString(), sha256, each);
        try (InputStream in = withoutByteOrderMark(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            RDFParser.source(in).lang(rdf.lang()).base(iris.base()).errorHandler(new RdfRecordReader.Strict(file.toString()))
                    .parse(grouping);
        } catch (IOException e) {
            throw new InputProblem(file + ": cannot be read — " + e.getMessage());
        } catch (Downstream e) {
            throw e.getCause();
        } catch (RuntimeException e) {
            throw rdf.syntaxProblem(file.toString(), e);
        }
        grouping.end();
    }

    private static InputStream withoutByteOrderMark(InputStream in) throws IOException {
        in.mark(3);
        byte[] start = in.readNBytes(3);
        if (!(start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF)) {
            in.reset();
        }
        return in;
    }

    /** The parser's output grouped into records, one named graph after the other. */
    private final class Grouping extends StreamRDFBase {
        private final String source;
        private final String sha256;
        private final Consumer<IncomingRecord> each;
        private final Set<String> ids = new HashSet<>();
        private final Graph defaultGraph = GraphFactory.createGraphMem();
        private Node name;
        private Graph graph;
        /** The first problem of a record; reported when the whole file has parsed, so a syntax error is found first. */
        private InputProblem problem;

        Grouping(String source, String sha256, Consumer<IncomingRecord> each) {
            this.source = source;
            this.sha256 = sha256;
            this.each = each;
        }

        @Override
        public void triple(Triple triple) {
            defaultGraph.add(triple);
        }

        @Override
        public void quad(Quad quad) {
            if (quad.isDefaultGraph()) {
                defaultGraph.add(quad.asTriple());
                return;
            }
            if (!quad.getGraph().equals(name)) {
                giveRecord();
                name = quad.getGraph();
                graph = GraphFactory.createGraphMem();
            }
            graph.add(quad.asTriple());
        }

        /** Gives on the record just ended. */
        private void giveRecord() {
            if (graph == null || problem != null) {
                return;
            }
            try {
                String id = rdf.recordId(source, name);
                if (!ids.add(id)) {
                    throw new InputProblem(source + ": the record graph " + name + " comes back after other graphs — in a file read "
                            + "as a stream (TriG or N-Quads over " + RecordFiles.STREAM_FROM_BYTES / (1 << 20) + " MiB) each record's "
                            + "triples must be together: sort the file by graph, or split it.");
                }
                RdfCrosswalk.normalise(graph);
                IncomingRecord record = new IncomingRecord(id, graph, source, rdf.format(), sha256);
                try {
                    each.accept(record);
                } catch (RuntimeException e) {
                    throw new Downstream(e);
                }
            } catch (InputProblem e) {
                problem = e;
            }
        }

        /** After the whole file has parsed: the last record, then the problems of the file as a whole. */
        void end() {
            giveRecord();
            RdfCrosswalk.normalise(defaultGraph);
            new RdfCrosswalk(iris).describe(defaultGraph);
            if (name != null && !defaultGraph.isEmpty()) {
                throw rdf.outsideNamedGraphs(source, defaultGraph.size());
            }
            if (problem != null) {
                throw problem;
            }
            if (name == null) {
                each.accept(rdf.single(source, defaultGraph, sha256));
            }
        }
    }

    /** A failure of whoever the records are given to, carried through the parser untouched. */
    private static final class Downstream extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Downstream(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }
}

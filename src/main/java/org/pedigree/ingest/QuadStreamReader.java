package org.pedigree.ingest;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
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
import org.pedigree.model.Sha256;

/**
 * Reads the records of a TriG or N-Quads file too big to hold in memory as a stream: the parser's
 * quads are grouped by named graph and each record is given on as soon as its graph ends, so only
 * one record is in memory at a time. The checks and messages are those of {@link RdfRecordReader}
 * (syntax with line and column, triples outside the record graphs, graphs that are not records;
 * {@link FileChecksum} checks the bytes first), reported in the same order: a syntax error anywhere
 * in the file comes first.
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
     * Gives every record of {@code file} to {@code each}, in file order; {@code sha256} is the
     * file's checksum, as the records keep it.
     *
     * @return the SHA-256 of the bytes read this time (a file changed since it was checked differs)
     */
    String read(Path file, String sha256, Consumer<IncomingRecord> each) {
        Grouping grouping = new Grouping(file.toString(), sha256, each);
        MessageDigest digest = Sha256.digest();
        try (InputStream raw = new DigestInputStream(Files.newInputStream(file), digest);
             InputStream in = withoutByteOrderMark(new BufferedInputStream(raw, 1 << 16))) {
            // The parser closes what it reads; the rest (if it stopped early) is still read for the checksum.
            RDFParser.source(new FilterInputStream(in) {
                        @Override
                        public void close() {
                            // closed below
                        }
                    }).lang(rdf.lang()).base(iris.base()).errorHandler(new RdfRecordReader.Strict(file.toString()))
                    .parse(grouping);
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new InputProblem(file + ": cannot be read — " + e.getMessage());
        } catch (Downstream e) {
            throw e.getCause();
        } catch (RuntimeException e) {
            throw rdf.syntaxProblem(file.toString(), e);
        }
        grouping.end();
        return HexFormat.of().formatHex(digest.digest());
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

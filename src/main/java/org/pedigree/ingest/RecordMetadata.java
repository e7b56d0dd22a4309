package org.pedigree.ingest;

import java.io.StringWriter;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.pedigree.model.InstanceIris;
import org.pedigree.vocab.PED;
import org.pedigree.vocab.PROV;
import org.pedigree.vocab.SCHEMA;

/**
 * The metadata and history of records, in the graph {@code meta/records}, as seen from inside
 * one write transaction: version numbers, who stored each version and from where, the status, and
 * the content of superseded versions (the current one is the record's named graph itself).
 */
final class RecordMetadata {
    private final InstanceIris iris;
    private final Model meta;

    RecordMetadata(DatasetGraph dsg, InstanceIris iris) {
        this.iris = iris;
        this.meta = ModelFactory.createModelForGraph(dsg.getGraph(NodeFactory.createURI(iris.recordMetadataGraph())));
    }

    boolean exists(String id) {
        return meta.contains(record(id), RDF.type, PED.LineageRecord);
    }

    boolean isRetired(String id) {
        return meta.contains(record(id), PED.recordStatus, PED.Retired);
    }

    /** The current version number, 0 for a record never stored. */
    int currentVersion(String id) {
        var statement = record(id).getProperty(PED.versionNumber);
        return statement == null ? 0 : statement.getInt();
    }

    /** The models (else datasets) the record describes. */
    Set<Resource> describes(String id) {
        return meta.listObjectsOfProperty(record(id), PED.describes).mapWith(n -> n.asResource()).toSet();
    }

    /**
     * Adds the next version of a record and makes it current; {@code superseded}, when not null,
     * is the content of the version it replaces, kept in that version's snapshot.
     *
     * @return the new version number
     */
    int addVersion(String id, Graph content, Graph superseded, String submitter, String format, String sourceName,
                   String sourceSha256, String now, boolean retired) {
        int n = currentVersion(id) + 1;
        if (superseded != null && n > 1) {
            meta.createResource(iris.recordVersion(id, n - 1)).addProperty(PED.snapshot, nTriples(superseded));
        }
        Resource record = record(id);
        Resource version = meta.createResource(iris.recordVersion(id, n));
        version.addProperty(RDF.type, PED.RecordVersion)
               .addProperty(DCTerms.isVersionOf, record)
               .addLiteral(PED.versionNumber, integer(n))
               .addProperty(DCTerms.created, dateTime(now))
               .addProperty(PED.submittedBy, submitter)
               .addProperty(PED.sourceFormat, format);
        if (sourceName != null) {
            version.addProperty(PED.sourceName, sourceName);
        }
        if (sourceSha256 != null) {
            version.addProperty(PED.sourceChecksum, sourceSha256);
        }
        if (n > 1) {
            version.addProperty(PROV.wasRevisionOf, meta.createResource(iris.recordVersion(id, n - 1)));
        }
        if (!exists(id)) {
            record.addProperty(RDF.type, PED.LineageRecord).addProperty(DCTerms.created, dateTime(now));
        }
        meta.removeAll(record, PED.versionNumber, null).removeAll(record, PED.currentVersion, null)
            .removeAll(record, DCTerms.modified, null).removeAll(record, PED.recordStatus, null);
        record.addLiteral(PED.versionNumber, integer(n))
              .addProperty(PED.currentVersion, version)
              .addProperty(DCTerms.modified, dateTime(now))
              .addProperty(PED.recordStatus, retired ? PED.Retired : PED.Current);
        if (!retired) {
            meta.removeAll(record, PED.describes, null);
            describedThings(content).forEach(thing -> meta.add(record, PED.describes, meta.createResource(thing)));
        }
        return n;
    }

    private Resource record(String id) {
        return meta.createResource(iris.record(id));
    }

    private Literal integer(int n) {
        return meta.createTypedLiteral(String.valueOf(n), XSDDatatype.XSDinteger);
    }

    private Literal dateTime(String instant) {
        return meta.createTypedLiteral(instant, XSDDatatype.XSDdateTime);
    }

    /** The models the record graph types as ped:Model, else its datasets. */
    private static Set<String> describedThings(Graph graph) {
        Set<String> models = subjectsOfType(graph, PED.Model.asNode());
        return models.isEmpty() ? subjectsOfType(graph, SCHEMA.Dataset.asNode()) : models;
    }

    private static Set<String> subjectsOfType(Graph graph, Node type) {
        Set<String> things = new HashSet<>();
        graph.find(Node.ANY, RDF.type.asNode(), type).forEach(t -> {
            if (t.getSubject().isURI()) {
                things.add(t.getSubject().getURI());
            }
        });
        return things;
    }

    private static String nTriples(Graph graph) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, graph, Lang.NTRIPLES);
        return out.toString();
    }
}
